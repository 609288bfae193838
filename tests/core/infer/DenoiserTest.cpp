#include "infer/Denoiser.h"
#include "infer/TileGrid.h"
#include "job/Error.h"
#include "sample/SamplePhantom.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>

using namespace pgd;

namespace {

Model lightModel(LossKind loss = LossKind::Uncalibrated) {
  ModelInfo info;
  info.architecture.width = 8;
  info.architecture.headWidth = 32;
  info.loss = loss;
  if (loss == LossKind::N2V)
    info.architecture.kind = NetworkKind::UNet;
  info.normalization = {1000.0, 100.0};
  return Model(info, 3);
}

ImageStack noisyPhantom(int frames, int h, int w) {
  PhantomOptions po;
  po.width = w;
  po.height = h;
  po.frames = frames;
  ImageStack clean = makeCleanPhantom(po);
  SynthesisOptions so;
  so.seed = 5;
  ImageStack noisy = addPoissonGaussianNoise(clean, {0.02, 0.0004}, so);
  for (auto& v : noisy.values())
    v = 100.0f + 1000.0f * v;
  noisy.metadata().sourceType = PixelType::Float32;
  return noisy;
}

// Options with the fit replaced by the noise the phantoms are made with (normalised units).
DenoiseOptions fixedFitOptions() {
  DenoiseOptions o;
  o.fit.variant = FitVariant::Fixed;
  o.fit.fixed = {0.02, 0.0004};
  return o;
}

double maxAbsDiff(const ImageStack& a, const ImageStack& b) {
  double m = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    m = std::max(m, double(std::abs(a.values()[i] - b.values()[i])));
  return m;
}

// Counts calls and cancels after `cancelAfter` reports.
class CountingProgress : public ProgressSink {
public:
  explicit CountingProgress(int cancelAfter = -1) : m_cancelAfter(cancelAfter) {}
  bool report(const ProgressUpdate& u) override {
    last = u.fraction;
    return m_cancelAfter < 0 || ++calls <= m_cancelAfter;
  }
  int calls = 0;
  double last = 0;

private:
  int m_cancelAfter;
};

} // namespace

TEST(Denoiser, TiledPredictionWithExactMarginEqualsWholeImage) {
  // Tall and narrow keeps the test fast while forcing many tiles along one axis; the margin
  // covers the network's full receptive field, so tiles must reproduce the whole-image pass.
  const Model model = lightModel();
  const ImageStack noisy = noisyPhantom(1, 1100, 64);
  DenoiseOptions whole = fixedFitOptions();
  whole.tileSize = 2048;
  DenoiseOptions tiled = whole;
  tiled.tileSize = 2 * kExactTileMargin + 64;
  tiled.tileMargin = kExactTileMargin;
  ASSERT_GT(makeTileGrid(1100, 64, {tiled.tileSize, tiled.tileMargin}).size(), 3u);
  NullProgress quiet;
  const DenoiseResult a = Denoiser(model, whole).denoise(noisy, quiet);
  const DenoiseResult b = Denoiser(model, tiled).denoise(noisy, quiet);
  // 1e-4 in normalised units is 0.1 in these raw units (scale 1000).
  EXPECT_LT(maxAbsDiff(a.mu, b.mu), 1000 * 1e-4);
  EXPECT_LT(maxAbsDiff(a.posterior, b.posterior), 1000 * 1e-4);
}

TEST(Denoiser, AModelThatRecordsAContextTileRunsInTilesOfThatSize) {
  // A model whose held-out loss was lower in crop-sized tiles (ModelInfo::contextTile) is run in
  // tiles of that edge with kCropTileMargin of context, unless the caller asks for other tiles.
  Model model = lightModel();
  const ImageStack noisy = noisyPhantom(1, 320, 96);
  const DenoiseOptions o = fixedFitOptions();
  NullProgress quiet;
  const DenoiseResult whole = Denoiser(model, o).denoise(noisy, quiet);
  DenoiseOptions explicitTiles = o;
  explicitTiles.tileSize = 128;
  explicitTiles.tileMargin = kCropTileMargin;
  const DenoiseResult tiles = Denoiser(model, explicitTiles).denoise(noisy, quiet);
  // The tiles see less context, so the network's mu differs from the whole-image pass.
  ASSERT_GT(maxAbsDiff(whole.mu, tiles.mu), 1e-3);

  model.info().contextTile = 128;
  const DenoiseResult recorded = Denoiser(model, o).denoise(noisy, quiet);
  EXPECT_EQ(maxAbsDiff(recorded.mu, tiles.mu), 0.0);
  EXPECT_EQ(maxAbsDiff(recorded.posterior, tiles.posterior), 0.0);
  // Tiles the caller names win over the recorded ones.
  DenoiseOptions big = o;
  big.tileSize = 2048;
  EXPECT_EQ(maxAbsDiff(Denoiser(model, big).denoise(noisy, quiet).mu, whole.mu), 0.0);
}

TEST(Denoiser, StacksGiveOneFitPerFrameAndKeepShapeAndMetadata) {
  const Model model = lightModel();
  ImageStack noisy = noisyPhantom(3, 64, 96);
  noisy.metadata().sourcePath = "in.tif";
  DenoiseOptions o;
  o.wantUncertainty = true;
  CountingProgress progress;
  const DenoiseResult r = Denoiser(model, o).denoise(noisy, progress);
  EXPECT_EQ(r.fits.size(), 3u);
  EXPECT_EQ(r.posterior.frames(), 3);
  EXPECT_EQ(r.posterior.width(), 96);
  EXPECT_EQ(r.posterior.metadata().sourcePath, "in.tif");
  EXPECT_EQ(r.mu.frames(), 3);
  EXPECT_EQ(r.uncertainty.frames(), 3);
  EXPECT_EQ(r.posterior.nonFiniteCount(), 0u);
  EXPECT_DOUBLE_EQ(progress.last, 1.0);
  for (const FrameFit& f : r.fits) {
    // Raw units follow the model's normalisation exactly.
    const NoiseParams raw = model.info().normalization.toRaw({f.normalised.a, f.normalised.b});
    EXPECT_DOUBLE_EQ(f.raw.a, raw.a);
    EXPECT_DOUBLE_EQ(f.raw.b, raw.b);
  }
}

// A frame of one value has no noise to fit: a stack's such frame is written unchanged (posterior
// and mu equal to it, uncertainty 0) and flagged, its neighbours are denoised as ever, and an
// image that is one such frame is refused with a one-line error naming the file.
TEST(Denoiser, WritesAConstantFrameOfAStackUnchangedAndRefusesAConstantImage) {
  const Model model = lightModel();
  ImageStack noisy = noisyPhantom(3, 64, 64);
  noisy.metadata().sourcePath = "in.tif";
  std::fill_n(noisy.frame(1), noisy.frameSize(), 500.0f);
  DenoiseOptions o;
  o.wantMu = true;
  o.wantUncertainty = true;
  CountingProgress progress;
  const DenoiseResult r = Denoiser(model, o).denoise(noisy, progress);
  ASSERT_EQ(r.fits.size(), 3u);
  for (std::size_t i = 0; i < noisy.frameSize(); ++i) {
    ASSERT_EQ(r.posterior.frame(1)[i], 500.0f);
    ASSERT_EQ(r.mu.frame(1)[i], 500.0f);
    ASSERT_EQ(r.uncertainty.frame(1)[i], 0.0f);
  }
  EXPECT_EQ(noiseFitFlags(r.fits[1].normalised), "constant-frame");
  ASSERT_EQ(r.fits[1].normalised.warnings.size(), 1u);
  EXPECT_EQ(r.fits[1].normalised.warnings[0],
            "frame is constant (500): nothing to denoise, written unchanged");
  // The other frames come out as they do from the stack without the constant frame.
  const DenoiseResult plain = Denoiser(model, o).denoise(noisyPhantom(3, 64, 64), progress);
  for (int f : {0, 2}) {
    EXPECT_FALSE(r.fits[std::size_t(f)].normalised.constantFrame);
    EXPECT_EQ(noiseFitFlags(r.fits[std::size_t(f)].normalised),
              noiseFitFlags(plain.fits[std::size_t(f)].normalised));
    EXPECT_TRUE(std::equal(r.posterior.frame(f), r.posterior.frame(f) + noisy.frameSize(),
                           plain.posterior.frame(f)));
  }
  EXPECT_DOUBLE_EQ(progress.last, 1.0);
  // A constant last frame leaves the stencil coupling the plots read as the fitted frames had it.
  ASSERT_TRUE(plain.fitOptions.stencilCoupling.measured());
  ImageStack endsFlat = noisyPhantom(3, 64, 64);
  std::fill_n(endsFlat.frame(2), endsFlat.frameSize(), 500.0f);
  const DenoiseResult last = Denoiser(model, o).denoise(endsFlat, progress);
  EXPECT_TRUE(last.fits[2].normalised.constantFrame);
  EXPECT_EQ(last.fitOptions.stencilCoupling.rmsWeight(),
            plain.fitOptions.stencilCoupling.rmsWeight());

  ImageStack flat(1, 64, 64, 7.0f);
  flat.metadata().sourcePath = "flat.tif";
  NullProgress quiet;
  try {
    (void)Denoiser(model).denoise(flat, quiet);
    FAIL() << "a constant image was denoised";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Input);
    EXPECT_STREQ(e.what(), "flat.tif: the image is constant (7), nothing to denoise");
  }
}

TEST(Denoiser, FixedNoiseParametersAreUsedAsGiven) {
  const Model model = lightModel();
  const ImageStack noisy = noisyPhantom(1, 64, 64);
  const DenoiseOptions o = fixedFitOptions();
  NullProgress quiet;
  const DenoiseResult r = Denoiser(model, o).denoise(noisy, quiet);
  EXPECT_DOUBLE_EQ(r.fits[0].normalised.a, 0.02);
  EXPECT_DOUBLE_EQ(r.fits[0].normalised.b, 0.0004);
}

TEST(Denoiser, CancelStopsWithCancelledError) {
  const Model model = lightModel();
  const ImageStack noisy = noisyPhantom(4, 64, 64);
  CountingProgress cancelSoon(2);
  try {
    (void)Denoiser(model).denoise(noisy, cancelSoon);
    FAIL() << "cancel was ignored";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Cancelled);
  }
  EXPECT_LE(cancelSoon.calls, 3);
}

TEST(Denoiser, N2VModelsReturnTheirPredictionWithoutPosterior) {
  const Model model = lightModel(LossKind::N2V);
  const ImageStack noisy = noisyPhantom(1, 64, 64);
  NullProgress quiet;
  const DenoiseResult r = Denoiser(model).denoise(noisy, quiet);
  EXPECT_EQ(r.posterior.values(), r.mu.values());
}

TEST(Denoiser, RegularizedModelsUseTheirVarianceAsThePrior) {
  // The regularized loss trains s2 as the prior variance p; the posterior must use p = s2 with
  // the learned noise n = a*mu + b, not s2 - n (which is right only for the uncalibrated loss).
  Model model = lightModel(LossKind::Regularized);
  model.info().learnedNoise = {0.02, 0.0004};
  const ImageStack noisy = noisyPhantom(1, 64, 64);
  NullProgress quiet;
  DenoiseOptions o;
  o.calibrateMean = false; // the prior mean as predicted, to compare with the formula below
  const DenoiseResult r = Denoiser(model, o).denoise(noisy, quiet);
  EXPECT_EQ(r.fits[0].normalised.method, "learned (regularized)");

  const Normalization& norm = model.info().normalization;
  std::vector<float> y(noisy.values());
  for (float& v : y)
    v = static_cast<float>(norm.toNormalised(v));
  std::vector<float> mu(y.size()), s2(y.size());
  model.predict(y.data(), 64, 64, mu.data(), s2.data());
  double worst = 0.0;
  for (std::size_t i = 0; i < y.size(); ++i) {
    const double n = std::max(1e-3, 0.02 * mu[i] + 0.0004);
    const double p = std::max(1e-4, double(s2[i]));
    const double x = (y[i] * p + n * mu[i]) / (p + n);
    worst = std::max(worst, std::abs(norm.toRawValue(x) - r.posterior.values()[i]));
  }
  EXPECT_LT(worst, 1000 * 1e-5); // raw units, scale 1000
}

// DenoiseOptions::calibrateMean: an untrained network's mu is nowhere near the phantom's levels;
// the posterior built on E[y | mu] measured on the frame is closer to the clean image and keeps
// the noisy frame's mean, while the --mu output stays the network's own.
TEST(Denoiser, CalibratedPriorMeanBringsAnUntrainedMeanToTheFramesLevels) {
  const Model model = lightModel();
  PhantomOptions po;
  po.width = po.height = 128;
  po.frames = 1;
  ImageStack clean = makeCleanPhantom(po);
  for (auto& v : clean.values())
    v = 100.0f + 1000.0f * v;
  const ImageStack noisy = noisyPhantom(1, 128, 128);
  NullProgress quiet;
  DenoiseOptions raw;
  raw.calibrateMean = false;
  const DenoiseResult calibrated = Denoiser(model).denoise(noisy, quiet);
  const DenoiseResult asPredicted = Denoiser(model, raw).denoise(noisy, quiet);
  const auto mse = [&clean](const ImageStack& s) {
    double e = 0.0;
    for (std::size_t i = 0; i < s.size(); ++i)
      e += std::pow(double(s.values()[i]) - clean.values()[i], 2.0);
    return e / double(s.size());
  };
  const auto mean = [](const ImageStack& s) {
    double m = 0.0;
    for (float v : s.values())
      m += v;
    return m / double(s.size());
  };
  // The untrained mu's mean is far below the frame's (about -150 against 163 raw); its weight in
  // the posterior is small, but it pulls the posterior's mean down by about 5.
  EXPECT_LT(mse(calibrated.posterior), 0.97 * mse(asPredicted.posterior));
  EXPECT_LT(std::abs(mean(calibrated.posterior) - mean(noisy)),
            0.1 * std::abs(mean(asPredicted.posterior) - mean(noisy)));
  EXPECT_EQ(calibrated.mu.values(), asPredicted.mu.values());
}

TEST(Denoiser, AveragedTransformsKeepTheBlindSpotAndAverageTheFlippedPredictions) {
  const Model model = lightModel();
  const int h = 64, w = 96;
  const ImageStack noisy = noisyPhantom(1, h, w);
  DenoiseOptions one = fixedFitOptions();
  DenoiseOptions two = one;
  two.testTimeTransforms = 2;
  DenoiseOptions eight = one;
  eight.testTimeTransforms = 8;
  NullProgress quiet;
  const DenoiseResult plain = Denoiser(model, one).denoise(noisy, quiet);
  const DenoiseResult averaged2 = Denoiser(model, two).denoise(noisy, quiet);
  const DenoiseResult averaged8 = Denoiser(model, eight).denoise(noisy, quiet);

  // Two transforms: the mean of the prediction and the mirrored prediction of the mirrored image.
  ImageStack mirrored = noisy;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      mirrored.values()[std::size_t(y) * w + x] = noisy.values()[std::size_t(y) * w + w - 1 - x];
  const DenoiseResult ofMirrored = Denoiser(model, one).denoise(mirrored, quiet);
  double worst = 0, moved = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const float expected = 0.5f * (plain.mu.values()[std::size_t(y) * w + x] +
                                     ofMirrored.mu.values()[std::size_t(y) * w + w - 1 - x]);
      worst = std::max(worst,
                       double(std::abs(averaged2.mu.values()[std::size_t(y) * w + x] - expected)));
    }
  EXPECT_LT(worst, 1000 * 1e-5);                              // raw units, scale 1000
  EXPECT_GT(maxAbsDiff(plain.mu, averaged8.mu), 1000 * 1e-4); // an untrained net is not symmetric

  // The blind spot survives the average: a pixel's own value never reaches its mu.
  ImageStack poked = noisy;
  const std::size_t at = std::size_t(30) * w + 40;
  poked.values()[at] += 5000.0f;
  const DenoiseResult afterPoke = Denoiser(model, eight).denoise(poked, quiet);
  EXPECT_NEAR(afterPoke.mu.values()[at], averaged8.mu.values()[at], 1000 * 1e-5);
  for (std::size_t i = 0; i < afterPoke.mu.size(); ++i)
    moved = std::max(moved, double(std::abs(afterPoke.mu.values()[i] - averaged8.mu.values()[i])));
  EXPECT_GT(moved, 1.0); // its neighbours do see it
}
