#include "RealImageEvaluator.h"

#include "MethodCatalog.h"
#include "baseline/ClassicalFilter.h"
#include "eval/Metrics.h"
#include "image/StackReader.h"
#include "infer/Denoiser.h"
#include "job/Error.h"
#include "noise/GroundTruthFit.h"
#include "noise/NoiseFitPlotData.h"

#include <ostream>

#include <fmt/format.h>

namespace pgd {
namespace {

// The clip levels the Denoiser uses for integer sources, so the ground-truth fit sees the same.
NoiseFitOptions fitOptionsFor(const ImageStack& noisy, const Normalization& norm) {
  NoiseFitOptions o;
  const ClipLevels clip = clipLevelsOf(noisy.metadata().sourceType, norm);
  o.clipLow = clip.low;
  o.clipHigh = clip.high;
  return o;
}

} // namespace

RealImageEvaluator::RealImageEvaluator(const EvalSettings& settings, const EvalTrainer& trainer,
                                       PlotManifest& plots, std::ostream& log)
    : m_settings(settings), m_trainer(trainer), m_plots(plots), m_log(log) {}

std::vector<ScoreRow> RealImageEvaluator::evaluate(const ImagePair& pair, bool withPlots) const {
  const ImageStack noisy = readFirstFrame(pair.noisy);
  const ImageStack clean = readFirstFrame(pair.clean);
  if (noisy.width() != clean.width() || noisy.height() != clean.height())
    throw Error(ErrorKind::Input, pair.label + ": noisy and clean images differ in size");
  m_log << fmt::format("{} / {}: {}x{} {} ({})\n", pair.set, pair.label, noisy.width(),
                       noisy.height(), toString(noisy.metadata().sourceType),
                       describe(pair.convention))
        << std::flush;

  std::vector<ScoreRow> rows;
  rows.reserve(32);
  const auto score = [&](const std::string& method, const ImageStack& result) -> ScoreRow& {
    const ImageScore s = scoreImage(result, clean, pair.convention);
    ScoreRow r;
    r.set = pair.set;
    r.image = pair.label;
    r.method = method;
    r.convention = toString(pair.convention);
    r.psnr = s.psnr;
    r.ssim = s.ssim;
    r.plainPsnr = s.plainPsnr;
    r.preset = m_settings.preset;
    r.device = "cpu";
    m_log << fmt::format("    {:<28} PSNR {:6.2f} dB  SSIM {:.4f}\n", MethodCatalog::label(method),
                         s.psnr, s.ssim)
          << std::flush;
    rows.push_back(r);
    return rows.back();
  };
  const auto withModel = [](ScoreRow& r, const TrainingResult& t) {
    r.trainSteps = t.steps;
    r.bestStep = t.bestStep;
    r.trainSeconds = t.model.info().trainingSeconds;
    r.stopReason = t.stopReason;
    r.device = t.model.device();
  };
  const auto withNoise = [](ScoreRow& r, const FrameFit& f, const std::string& source) {
    r.aNorm = f.normalised.a;
    r.bNorm = f.normalised.b;
    r.aRaw = f.raw.a;
    r.bRaw = f.raw.b;
    r.noiseSource = source;
  };

  score("noisy", noisy);
  score("median3x3", applyClassicalFilter(noisy, ClassicalFilterKind::Median3x3));
  score("curvature-flow", applyClassicalFilter(noisy, ClassicalFilterKind::CurvatureFlow));

  NullProgress quiet;
  const std::vector<ImageStack> data{noisy};

  const TrainingResult n2v = m_trainer.train(data, EvalModelKind::N2V, pair.label + " n2v");
  const DenoiseResult n2vOut =
      Denoiser(n2v.model, m_settings.denoiseOptions()).denoise(noisy, quiet);
  withModel(score("n2v", n2vOut.posterior), n2v);

  const TrainingResult ours =
      m_trainer.train(data, EvalModelKind::Uncalibrated, pair.label + " uncalibrated");
  DenoiseOptions options = m_settings.denoiseOptions();
  options.wantMu = true;
  const DenoiseResult oursOut = Denoiser(ours.model, options).denoise(noisy, quiet);
  withModel(score("ours-mu", oursOut.mu), ours);
  auto& post = score("ours-posterior", oursOut.posterior);
  withModel(post, ours);
  withNoise(post, oursOut.fits.front(), "auto: " + oursOut.fits.front().normalised.method + " fit");

  // The same model with one fit or posterior option changed: one row each.
  const auto variantRow = [&](const std::string& id, DenoiseOptions o, const std::string& source) {
    o.wantMu = false;
    const DenoiseResult out = Denoiser(ours.model, o).denoise(noisy, quiet);
    auto& row = score(id, out.posterior);
    withModel(row, ours);
    withNoise(row, out.fits.front(), source);
  };
  DenoiseOptions paperResidual = m_settings.denoiseOptions();
  paperResidual.fit.residual = FitResidual::PseudoClean;
  variantRow("ours-posterior-paper", paperResidual, "pseudo-clean fit");
  DenoiseOptions paperMask = m_settings.denoiseOptions();
  paperMask.fit.mask = FitMask::NoisyPercentile;
  variantRow("ours-posterior-papermask", paperMask, "paper mask");
  DenoiseOptions predictedS2 = m_settings.denoiseOptions();
  predictedS2.calibrateVariance = false;
  variantRow("ours-posterior-predicted-s2", predictedS2, "s2 as predicted");
  DenoiseOptions rawMean = m_settings.denoiseOptions();
  rawMean.calibrateMean = false;
  variantRow("ours-posterior-raw-mean", rawMean, "mu as predicted");

  // Ground-truth fit: the clean image (mapped onto the noisy frame's scale for W2S and bacteria) in
  // place of mu, in the model's normalised units.
  const Normalization& norm = ours.model.info().normalization;
  ImageStack reference = clean;
  if (pair.affineGroundTruth) {
    const AffineFit map = affineFit(clean.frame(0), noisy.frame(0), clean.frameSize());
    for (float& v : reference.values())
      v = static_cast<float>(map.scale * v + map.offset);
  }
  const ImageStack noisyN = norm.normalised(noisy);
  const ImageStack referenceN = norm.normalised(reference);
  const NoiseFitResult gtFit = GroundTruthFit(fitOptionsFor(noisy, norm))
                                   .fit(noisyN.frame(0), referenceN.frame(0), noisyN.frameSize());
  DenoiseOptions fixed = m_settings.denoiseOptions();
  fixed.wantMu = false;
  fixed.fit.variant = FitVariant::Fixed;
  fixed.fit.fixed = {gtFit.a, gtFit.b};
  const DenoiseResult gtOut = Denoiser(ours.model, fixed).denoise(noisy, quiet);
  auto& gtRow = score("gt-posterior", gtOut.posterior);
  withModel(gtRow, ours);
  withNoise(gtRow, gtOut.fits.front(), "ground-truth fit");

  if (m_settings.regularizedOn(pair.set))
    for (double lambda : m_settings.lambdas) {
      const TrainingResult reg =
          m_trainer.train(data, EvalModelKind::Regularized,
                          fmt::format("{} regularized lambda {:g}", pair.label, lambda), lambda);
      const DenoiseResult regOut = Denoiser(reg.model, options).denoise(noisy, quiet);
      withModel(score(MethodCatalog::regularizedId(lambda, false), regOut.mu), reg);
      auto& regRow = score(MethodCatalog::regularizedId(lambda, true), regOut.posterior);
      withModel(regRow, reg);
      withNoise(regRow, regOut.fits.front(), "learned");
    }

  if (withPlots) {
    const ImageStack muN = norm.normalised(oursOut.mu);
    NoiseFitPlotOptions plotOptions;
    plotOptions.fit = fitOptionsFor(noisy, norm);
    const NoiseFitPlotData plot = makeNoiseFitPlotData(noisyN, muN, plotOptions, norm, &referenceN);
    m_plots.addNoiseFit(pair.set, pair.label,
                        fmt::format("{}: noisy values at clean levels with the fitted "
                                    "Poisson-Gaussian densities (normalised units; model preset "
                                    "{}, {})",
                                    pair.label, m_settings.preset, ours.model.device()),
                        plot);
    const ImageStack shownNoisy = mapForComparison(noisy, clean, pair.convention);
    const ImageStack shownN2v = mapForComparison(n2vOut.posterior, clean, pair.convention);
    const ImageStack shownOurs = mapForComparison(oursOut.posterior, clean, pair.convention);
    m_plots.addGalleryRow(pair.label,
                          {{"noisy", &shownNoisy},
                           {"N2V", &shownN2v},
                           {"ours posterior", &shownOurs},
                           {"clean", &clean}},
                          clean);
  }
  return rows;
}

} // namespace pgd
