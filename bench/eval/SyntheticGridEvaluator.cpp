#include "SyntheticGridEvaluator.h"

#include "EvalSettings.h"
#include "PsnrConvention.h"
#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "infer/Denoiser.h"
#include "noise/FoiEstimator.h"
#include "noise/GroundTruthFit.h"
#include "noise/PoissonGaussianNoise.h"
#include "store/ModelStore.h"

#include <algorithm>
#include <ostream>

#include <fmt/format.h>

namespace pgd {
namespace {

bool selected(const EvalSettings& s, double lambda, double sigma) {
  return std::any_of(s.syntheticModelCells.begin(), s.syntheticModelCells.end(),
                     [&](const auto& c) { return c.first == lambda && c.second == sigma; });
}

// Writes a trained cell's images and model (EvalSettings::keepSynthetic).
void keepCell(const std::filesystem::path& folder, const std::string& image,
              const ImageStack& clean, const ImageStack& noisy, const Model& model) {
  std::filesystem::create_directories(folder);
  WriteOptions overwrite;
  overwrite.overwrite = true;
  writeImageStack(clean, folder / (image + "_clean.tif"), overwrite);
  writeImageStack(noisy, folder / (image + "_noisy.tif"), overwrite);
  ModelStore::saveFolderAtomically(model, folder / (image + "_model"));
}

} // namespace

SyntheticGridEvaluator::SyntheticGridEvaluator(const EvalSettings& settings,
                                               const EvalTrainer& trainer, PlotManifest& plots,
                                               std::ostream& log)
    : m_settings(settings), m_trainer(trainer), m_plots(plots), m_log(log) {}

std::vector<SyntheticCell> SyntheticGridEvaluator::evaluate(std::vector<ScoreRow>& rows) const {
  ImageStack raw = readImageStack(m_settings.dataDir / m_settings.syntheticImage);
  if (raw.frames() > 1)
    raw = raw.frameCopy(0);
  // [0,1] units: the paper's; float so the noisy data keep negative and >1 values.
  const double scale = raw.metadata().sourceType == PixelType::UInt8 ? 255.0 : raw.minMax().second;
  ImageStack clean = raw;
  for (float& v : clean.values())
    v = static_cast<float>(v / scale);
  clean.metadata().sourceType = PixelType::Float32;
  m_log << fmt::format("synthetic: clean image {} ({}x{}, divided by {:g})\n",
                       m_settings.syntheticImage, clean.width(), clean.height(), scale)
        << std::flush;

  std::vector<SyntheticCell> cells;
  NullProgress quiet;
  for (const auto& [lambda, sigma] : paperGrid()) {
    SyntheticCell cell;
    cell.lambda = lambda;
    cell.sigma = sigma;
    cell.truth = NoiseParams::fromPaperLevels(lambda, sigma);
    SynthesisOptions synthesis;
    synthesis.seed = m_settings.seed * 1000 + std::uint64_t(lambda) * 100 + std::uint64_t(sigma);
    const ImageStack noisy = addPoissonGaussianNoise(clean, cell.truth, synthesis);
    const std::string image = fmt::format("lambda{:g}_sigma{:g}", lambda, sigma);

    const auto gt = GroundTruthFit().fit(noisy.frame(0), clean.frame(0), clean.frameSize());
    cell.groundTruth = {gt.a, gt.b};
    const auto foi = FoiEstimator().estimate(noisy.frame(0), noisy.width(), noisy.height());
    cell.foi = {foi.a, foi.b};
    const auto scoreRow = [&](const std::string& method, const ImageStack& result) -> ScoreRow& {
      const ImageScore s = scoreImage(result, clean, PsnrConvention::Unit);
      ScoreRow r;
      r.set = "synthetic";
      r.image = image;
      r.method = method;
      r.convention = toString(PsnrConvention::Unit);
      r.psnr = s.psnr;
      r.ssim = s.ssim;
      r.plainPsnr = s.plainPsnr;
      r.preset = m_settings.preset;
      r.device = "cpu";
      rows.push_back(r);
      return rows.back();
    };
    cell.psnrNoisy = scoreRow("noisy", noisy).psnr;
    m_log << fmt::format("  {}: truth a {:.5f} b {:.6f} | GT fit a {:.5f} b {:.6f} | Foi a {:.5f} "
                         "b {:.6f} | noisy {:.2f} dB\n",
                         image, cell.truth.a, cell.truth.b, gt.a, gt.b, foi.a, foi.b,
                         cell.psnrNoisy)
          << std::flush;

    if (selected(m_settings, lambda, sigma)) {
      const std::vector<ImageStack> data{noisy};
      const TrainingResult ours =
          m_trainer.train(data, EvalModelKind::Uncalibrated, image + " uncalibrated");
      if (m_settings.keepSynthetic)
        keepCell(m_settings.outDir / "synthetic-cells", image, clean, noisy, ours.model);
      DenoiseOptions options = m_settings.denoiseOptions();
      options.wantMu = true;
      const DenoiseResult out = Denoiser(ours.model, options).denoise(noisy, quiet);
      const FrameFit& fit = out.fits.front();
      cell.hasOurs = true;
      cell.ours = fit.raw;
      const auto modelRow = [&](ScoreRow& r) {
        r.trainSteps = ours.steps;
        r.bestStep = ours.bestStep;
        r.trainSeconds = ours.model.info().trainingSeconds;
        r.stopReason = ours.stopReason;
        r.device = ours.model.device();
        return &r;
      };
      // A posterior row of this model with the a,b it used (normalised and [0,1] units).
      const auto posteriorRow = [&](const std::string& method, const ImageStack& result,
                                    NoiseParams normalised, NoiseParams raw,
                                    const std::string& source) {
        ScoreRow* r = modelRow(scoreRow(method, result));
        r->aNorm = normalised.a;
        r->bNorm = normalised.b;
        r->aRaw = raw.a;
        r->bRaw = raw.b;
        r->noiseSource = source;
        return r->psnr;
      };
      cell.psnrMu = modelRow(scoreRow("ours-mu", out.mu))->psnr;
      cell.psnrPosterior =
          posteriorRow("ours-posterior", out.posterior, {fit.normalised.a, fit.normalised.b},
                       fit.raw, "auto: " + fit.normalised.method + " fit");

      DenoiseOptions paper = m_settings.denoiseOptions();
      paper.wantMu = false;
      paper.fit.residual = FitResidual::PseudoClean;
      const DenoiseResult paperOut = Denoiser(ours.model, paper).denoise(noisy, quiet);
      const FrameFit& paperFit = paperOut.fits.front();
      cell.oursPaper = paperFit.raw;
      cell.psnrPosteriorPaper = posteriorRow("ours-posterior-paper", paperOut.posterior,
                                             {paperFit.normalised.a, paperFit.normalised.b},
                                             paperFit.raw, "pseudo-clean fit");

      DenoiseOptions fixed = m_settings.denoiseOptions();
      fixed.wantMu = false;
      fixed.fit.variant = FitVariant::Fixed;
      fixed.fit.fixed = ours.model.info().normalization.toNormalisedParams(cell.groundTruth);
      const DenoiseResult gtOut = Denoiser(ours.model, fixed).denoise(noisy, quiet);
      cell.psnrGroundTruth = posteriorRow("gt-posterior", gtOut.posterior, fixed.fit.fixed,
                                          cell.groundTruth, "ground-truth fit");
      m_log
          << fmt::format(
                 "  {}: ours a {:.5f} b {:.6f} | paper residual a {:.5f} b {:.6f} | mu {:.2f} dB, "
                 "posterior {:.2f} dB, paper-residual posterior {:.2f} dB, "
                 "GT-fit posterior {:.2f} dB\n",
                 image, cell.ours.a, cell.ours.b, cell.oursPaper.a, cell.oursPaper.b, cell.psnrMu,
                 cell.psnrPosterior, cell.psnrPosteriorPaper, cell.psnrGroundTruth)
          << std::flush;

      if (m_settings.n2vOnSynthetic) {
        const TrainingResult n2v = m_trainer.train(data, EvalModelKind::N2V, image + " n2v");
        const DenoiseResult n2vOut =
            Denoiser(n2v.model, m_settings.denoiseOptions()).denoise(noisy, quiet);
        ScoreRow& r = scoreRow("n2v", n2vOut.posterior);
        r.trainSteps = n2v.steps;
        r.bestStep = n2v.bestStep;
        r.trainSeconds = n2v.model.info().trainingSeconds;
        r.stopReason = n2v.stopReason;
        r.device = n2v.model.device();
        cell.psnrN2v = r.psnr;
      }
    }
    EstimatePoint point;
    point.lambda = lambda;
    point.sigma = sigma;
    point.truth = cell.truth;
    point.groundTruth = cell.groundTruth;
    point.foi = cell.foi;
    point.hasOurs = cell.hasOurs;
    point.ours = cell.ours;
    point.oursPaper = cell.oursPaper;
    m_plots.addEstimate(point);
    cells.push_back(cell);
  }
  return cells;
}

} // namespace pgd
