// End to end on CPU: train briefly on a synthetic Poisson-Gaussian stack, denoise it, and check
// that the posterior beats the noisy input and mu, and that the per-frame fit finds the noise.
#include "eval/Metrics.h"
#include "infer/Denoiser.h"
#include "nn/ModelImpl.h"
#include "noise/GroundTruthFit.h"
#include "sample/SamplePhantom.h"
#include "store/BuiltInModel.h"
#include "store/ModelStore.h"
#include "train/Trainer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <unistd.h>

using namespace pgd;

namespace {

struct Trained {
  ImageStack clean, noisy;
  std::unique_ptr<TrainingResult> result;
};

const Trained& trainedOnce() {
  static const Trained t = [] {
    Trained r;
    PhantomOptions po;
    po.width = po.height = 96;
    po.frames = 2;
    po.seed = 21;
    r.clean = makeCleanPhantom(po);
    // Smooth the scene (3x3 box, twice) so that a few hundred steps learn it well: the fit needs
    // a good pseudo-clean image, and thin filaments take far longer to learn than a unit test may.
    for (int pass = 0; pass < 2; ++pass)
      for (int f = 0; f < r.clean.frames(); ++f) {
        const ImageStack src = r.clean.frameCopy(f);
        for (int y = 0; y < po.height; ++y)
          for (int x = 0; x < po.width; ++x) {
            double sum = 0;
            int n = 0;
            for (int dy = -1; dy <= 1; ++dy)
              for (int dx = -1; dx <= 1; ++dx)
                if (y + dy >= 0 && y + dy < po.height && x + dx >= 0 && x + dx < po.width) {
                  sum += src.at(0, y + dy, x + dx);
                  ++n;
                }
            r.clean.at(f, y, x) = float(sum / n);
          }
      }
    SynthesisOptions so;
    so.seed = 4;
    r.noisy = addPoissonGaussianNoise(r.clean, NoiseParams::fromPaperLevels(30, 10), so);
    // 16-bit-like raw units so normalisation and raw-unit conversion are exercised.
    for (ImageStack* s : {&r.clean, &r.noisy})
      for (auto& v : s->values())
        v = 100.0f + 4000.0f * v;
    r.noisy.metadata().sourceType = PixelType::Float32;
    TrainingConfig c;
    c.network.width = 16;
    c.network.headWidth = 128;
    c.cropSize = 64;
    c.batchSize = 4;
    c.learningRate = 1e-3;
    c.maxSteps = 200;
    c.stepsPerEpoch = 50;
    c.earlyStopPatience = 0;
    c.device = "cpu";
    NullProgress quiet;
    // From the built-in base model, as `pgdenoise train` starts by default. From random weights
    // 200 steps were a lottery: with seeds 1-6, mu ended at 19.1-35.7 dB and three of six runs
    // failed the checks below; from the base all six ended at 34.7-36.8 dB and passed.
    static const Model base = loadBuiltInBase();
    Trainer trainer(c);
    trainer.setBase(&base, baseModelRef(kBuiltInBaseName, *builtInBaseFolder()));
    r.result = std::make_unique<TrainingResult>(trainer.train({r.noisy}, quiet));
    return r;
  }();
  return t;
}

NoiseParams truthRaw() {
  return Normalization{4000.0, 100.0}.toRaw(NoiseParams::fromPaperLevels(30, 10));
}

} // namespace

TEST(DenoisePipeline, PosteriorBeatsNoisyAndMuAfterShortTraining) {
  const Trained& t = trainedOnce();
  NullProgress quiet;
  const DenoiseResult r = Denoiser(t.result->model).denoise(t.noisy, quiet);
  // The same network with the true a,b (a calibrated camera): isolates the posterior step.
  DenoiseOptions calibrated;
  calibrated.fit.variant = FitVariant::Fixed;
  calibrated.fit.fixed = t.result->model.info().normalization.toNormalisedParams(truthRaw());
  const DenoiseResult c = Denoiser(t.result->model, calibrated).denoise(t.noisy, quiet);
  const double range = 4000.0;
  const double psnrNoisy = meanPsnr(t.noisy, t.clean, range);
  const double psnrMu = meanPsnr(r.mu, t.clean, range);
  const double psnrPost = meanPsnr(r.posterior, t.clean, range);
  const double psnrCalibrated = meanPsnr(c.posterior, t.clean, range);
  std::printf("PSNR noisy %.2f, mu %.2f, posterior %.2f, posterior with true a,b %.2f dB\n",
              psnrNoisy, psnrMu, psnrPost, psnrCalibrated);
  // Measured (2 cores, 200 steps from the base model, width 16, the auto residual): noisy 24.0,
  // mu 35.0, posterior 35.5, posterior with the true a,b 35.5 dB. After so short a training the
  // predicted variance s2 is not yet calibrated, so the posterior step itself may trail mu here
  // (with the true a,b too); the evaluation (docs/RESULTS.md) measures it after longer training.
  // What the fit owns: its a,b must cost next to nothing against the true ones.
  EXPECT_GT(psnrPost, psnrNoisy + 3.0);
  EXPECT_GT(psnrCalibrated, psnrNoisy + 3.0);
  EXPECT_GT(psnrPost, psnrCalibrated - 0.2);
  EXPECT_GT(psnrPost, psnrMu - 0.6);
}

TEST(DenoisePipeline, PerFrameFitLandsNearTheTruth) {
  const Trained& t = trainedOnce();
  NullProgress quiet;
  const DenoiseResult r = Denoiser(t.result->model).denoise(t.noisy, quiet);
  const NoiseParams truth = truthRaw();
  ASSERT_EQ(r.fits.size(), 2u);
  for (const FrameFit& f : r.fits) {
    std::printf("fit a_raw %.3f (true %.3f), b_raw %.1f (true %.1f)\n", f.raw.a, truth.a, f.raw.b,
                truth.b);
    // The total noise variance over the image's range is what the posterior uses. After 200
    // steps from the base it lands within ~30% of the truth (measured 1.0-1.3x over seeds 1-6:
    // mu's remaining edge bias adds to the residuals); a broken fit or normalisation is off by far
    // more.
    for (double x : {600.0, 2100.0, 3600.0}) {
      const double ratio = (f.raw.a * x + f.raw.b) / (truth.a * x + truth.b);
      EXPECT_GT(ratio, 0.8) << "at " << x;
      EXPECT_LT(ratio, 1.6) << "at " << x;
    }
    EXPECT_GT(f.raw.a, 0.0);
  }
}

// A network whose variance is off by a constant factor (its s head scaled by 1.2, so s2 by 1.44)
// gets that factor back from the per-frame variance scale, and its posterior matches the
// original's; with the variance as predicted it lets more noise through.
TEST(DenoisePipeline, VarianceScaleCorrectsAMiscalibratedNetwork) {
  const Trained& t = trainedOnce();
  namespace fs = std::filesystem;
  const fs::path folder =
      fs::temp_directory_path() / ("pgd-variance-scale-" + std::to_string(::getpid()));
  ModelStore::saveFolder(t.result->model, folder);
  Model inflated = ModelStore::loadFolder(folder);
  fs::remove_all(folder);
  {
    torch::NoGradGuard noGrad;
    for (auto& p : inflated.impl().module().named_parameters())
      if (p.key().rfind("head_s.", 0) == 0)
        p.value().mul_(1.2);
  }
  NullProgress quiet;
  DenoiseOptions asPredicted;
  asPredicted.calibrateVariance = false;
  const DenoiseResult base = Denoiser(t.result->model).denoise(t.noisy, quiet);
  const DenoiseResult fixed = Denoiser(inflated).denoise(t.noisy, quiet);
  const DenoiseResult raw = Denoiser(inflated, asPredicted).denoise(t.noisy, quiet);
  ASSERT_EQ(fixed.fits.size(), 2u);
  for (std::size_t f = 0; f < 2; ++f) {
    EXPECT_DOUBLE_EQ(raw.fits[f].varianceScale, 1.0);
    // v = s2 + 1e-3 is what gets scaled (and the pixels above the floor change with s2), so
    // the recovered factor is near, not exactly, 1.44: measured 1.36.
    const double recovered = base.fits[f].varianceScale / fixed.fits[f].varianceScale;
    EXPECT_GT(recovered, 1.25) << "frame " << f;
    EXPECT_LT(recovered, 1.5) << "frame " << f;
  }
  const double range = 4000.0;
  const double psnrBase = meanPsnr(base.posterior, t.clean, range);
  const double psnrFixed = meanPsnr(fixed.posterior, t.clean, range);
  const double psnrRaw = meanPsnr(raw.posterior, t.clean, range);
  std::printf("posterior PSNR: original %.3f, inflated s2 rescaled %.3f, as predicted %.3f dB\n",
              psnrBase, psnrFixed, psnrRaw);
  EXPECT_NEAR(psnrFixed, psnrBase, 0.15); // measured 0.03 (2 threads) and 0.09 dB (1 thread)
  EXPECT_LT(psnrRaw, psnrFixed - 0.5);    // measured 1.2 and 1.9 dB below
}
