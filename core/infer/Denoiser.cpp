#include "infer/Denoiser.h"

#include "image/MemoryFrameSource.h"
#include "image/NormalizationSampling.h"
#include "infer/DihedralAverage.h"
#include "infer/StencilProbe.h"
#include "infer/TileGrid.h"
#include "infer/TiledPrediction.h"
#include "job/Error.h"
#include "nn/DeviceMemory.h"
#include "nn/Losses.h"
#include "noise/MeanCalibration.h"
#include "noise/Posterior.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace pgd {

namespace {

// Whether a frame's a,b come from the noise fit: not for N2V (no posterior), nor for a
// regularized model's learned a,b unless the fit's variant fixes them.
bool fitsNoise(LossKind loss, const NoiseFitOptions& o) {
  return loss == LossKind::Uncalibrated ||
         (loss == LossKind::Regularized && o.variant == FitVariant::Fixed);
}

// The fit of a frame whose pixels all read `value`: no noise to fit, flagged constantFrame.
FrameFit constantFrameFit(float value, const Normalization& norm) {
  FrameFit fit;
  fit.normalised = constantFrameResult(
      fmt::format("frame is constant ({}): nothing to denoise, written unchanged", value));
  fit.raw = norm.toRaw({fit.normalised.a, fit.normalised.b});
  return fit;
}

} // namespace

Denoiser::Denoiser(const Model& model, DenoiseOptions options)
    : m_model(model), m_options(options) {}

NoiseFitOptions Denoiser::fitOptionsFor(PixelType sourceType) const {
  return fitOptionsFor(sourceType, m_model.info().normalization);
}

Normalization Denoiser::normalizationFor(const ImageStack& noisy) const {
  return m_model.info().perImageNormalization ? percentileNormalizationOf(noisy)
                                              : m_model.info().normalization;
}

Normalization Denoiser::normalizationFor(FrameSource& source) const {
  return m_model.info().perImageNormalization ? percentileNormalizationOf(source)
                                              : m_model.info().normalization;
}

NoiseFitOptions Denoiser::fitOptionsFor(PixelType sourceType, const Normalization& norm) const {
  NoiseFitOptions fitOptions = m_options.fit;
  fitOptions.blindSpot = m_model.info().architecture.blindSpot;
  const ClipLevels clip = clipLevelsOf(sourceType, norm);
  if (isInteger(sourceType)) {
    fitOptions.clipLow = clip.low;
    fitOptions.clipHigh = clip.high;
  }
  return fitOptions;
}

DenoiseResult Denoiser::allocateResult(const ImageStack& noisy) const {
  const bool hasVariance = m_model.info().loss != LossKind::N2V;
  DenoiseResult result;
  result.posterior = ImageStack(noisy.frames(), noisy.height(), noisy.width());
  result.posterior.metadata() = noisy.metadata();
  result.posterior.metadata().warnings.clear();
  if (m_options.wantMu) {
    result.mu = ImageStack(noisy.frames(), noisy.height(), noisy.width());
    result.mu.metadata() = result.posterior.metadata();
  }
  if (m_options.wantUncertainty && hasVariance) {
    result.uncertainty = ImageStack(noisy.frames(), noisy.height(), noisy.width());
    result.uncertainty.metadata() = result.posterior.metadata();
    result.uncertainty.metadata().sourceType = PixelType::Float32;
  }
  result.normalization = normalizationFor(noisy);
  result.fitOptions = fitOptionsFor(noisy.metadata().sourceType, result.normalization);
  return result;
}

bool Denoiser::givesUncertainty() const {
  return m_options.wantUncertainty && m_model.info().loss != LossKind::N2V;
}

FrameFit Denoiser::fitAndPosterior(const NoiseFitter& fitter, const Normalization& norm,
                                   const float* y, const float* mu, float* s2, int w, int h,
                                   float* post, float* sd) const {
  const ModelInfo& info = m_model.info();
  const std::size_t n = std::size_t(w) * h;
  FrameFit fit;
  if (info.loss == LossKind::N2V) {
    std::copy_n(mu, n, post); // N2V predicts the clean value directly; no posterior step.
    fit.normalised.method = "none (N2V)";
  } else {
    if (fitsNoise(info.loss, fitter.options())) {
      fit.normalised = fitter.fitFrame(y, mu, w, h);
    } else {
      fit.normalised.a = info.learnedNoise.a;
      fit.normalised.b = info.learnedNoise.b;
      fit.normalised.method = "learned (regularized)";
      fit.normalised.converged = true;
    }
    if (info.loss == LossKind::Uncalibrated && m_options.calibrateVariance) {
      fit.varianceScale = fitVarianceScale(y, mu, s2, n, kUncalibratedVarianceFloor,
                                           fit.normalised.clipLow, fit.normalised.clipHigh)
                              .scale;
      applyVarianceScale(s2, n, fit.varianceScale, kUncalibratedVarianceFloor);
    }
    if (info.loss == LossKind::Regularized)
      priorToTotalVariance(mu, s2, n, {fit.normalised.a, fit.normalised.b});
    // The prior mean at the level mu stands for on this frame (noise/MeanCalibration.h). Only a
    // clip level that holds pixels (0.05% of them, the fit's own detection threshold) keeps the
    // levels next to it out: an 8-bit frame whose darkest pixels sit well above 0 is calibrated
    // down to its darkest level (on FMD confocal BPAE B, where no pixel is 0, the guard would
    // leave out half the frame's levels).
    const float* prior = mu;
    std::vector<float> calibrated;
    if (m_options.calibrateMean) {
      constexpr double kClippedShare = 5e-4;
      const NoiseFitResult& f = fit.normalised;
      const LevelCalibration c = meanCalibration(
          y, mu, n, f.clippedLowFraction >= kClippedShare ? f.clipLow : -kNoClipLevel,
          f.clippedHighFraction >= kClippedShare ? f.clipHigh : kNoClipLevel);
      if (!c.identity()) {
        calibrated.assign(mu, mu + n);
        applyMeanCalibration(c, calibrated.data(), n);
        prior = calibrated.data();
      }
    }
    posteriorMean(y, prior, s2, n, {fit.normalised.a, fit.normalised.b}, post, sd);
  }
  fit.raw = norm.toRaw({fit.normalised.a, fit.normalised.b});
  fit.stencilCoupling = fitter.options().stencilCoupling;
  return fit;
}

DenoiseResult Denoiser::denoise(const ImageStack& noisy, ProgressSink& progress) const {
  if (noisy.empty())
    throw Error(ErrorKind::Input, "denoise: empty image");
  DenoiseResult result = allocateResult(noisy);
  MemoryFrameSource source(noisy);
  const std::size_t n = noisy.frameSize();
  denoiseFrames(
      source,
      [&](const DenoisedFrame& d) {
        std::copy_n(d.posterior, n, result.posterior.frame(d.index));
        if (!result.mu.empty())
          std::copy_n(d.mu, n, result.mu.frame(d.index));
        if (!result.uncertainty.empty())
          std::copy_n(d.uncertainty, n, result.uncertainty.frame(d.index));
        result.fits.push_back(d.fit);
        // The plots read the local differences as the fit did (noise/NoiseFitPlotData.h); a
        // constant frame was not fitted and measured nothing.
        if (!d.fit.normalised.constantFrame)
          result.fitOptions.stencilCoupling = d.fit.stencilCoupling;
      },
      progress);
  return result;
}

void Denoiser::denoiseFrames(FrameSource& source, const DenoisedFrameSink& sink,
                             ProgressSink& progress) const {
  if (source.frames() == 0 || source.frameSize() == 0)
    throw Error(ErrorKind::Input, "denoise: empty image");
  const ModelInfo& info = m_model.info();
  // A per-image model reads the file once more here for its percentiles (one frame at a time).
  const Normalization norm = normalizationFor(source);
  const bool hasVariance = info.loss != LossKind::N2V;
  const int h = source.height(), w = source.width(), frames = source.frames();
  const std::size_t n = source.frameSize();

  TileGridOptions grid;
  grid.tileSize = m_options.tileSize > 0
                      ? m_options.tileSize
                      : tileSizeForMemory(inferenceMemoryBudget(m_model.device()),
                                          info.architecture.width, m_model.precision());
  // A model whose held-out loss was lower in crop-sized tiles runs in them (nn/ModelInfo.h).
  const bool cropTiles = info.contextTile > 0;
  if (cropTiles && m_options.tileSize <= 0)
    grid.tileSize = std::min(grid.tileSize, info.contextTile);
  grid.margin = m_options.tileMargin > 0 ? m_options.tileMargin
                : cropTiles              ? kCropTileMargin
                                         : kDefaultTileMargin;
  const TilePredictor predictor =
      averageOverDihedral([this](const float* tile, int th, int tw, float* mu,
                                 float* s2) { m_model.predict(tile, th, tw, mu, s2); },
                          m_options.testTimeTransforms);
  TiledPrediction tiled(predictor, grid, m_model.device());

  const NoiseFitter fitter(fitOptionsFor(source.metadata().sourceType, norm));
  // The local residual's fit takes out what grouping by mu selects, from mu's coupling to the
  // stencil measured on this network (infer/StencilProbe.h): four or five more network passes
  // over a crop of at most 512^2 pixels of the first frame; the coupling is the network's, so the
  // stack's other frames reuse it.
  const NoiseFitOptions& fo = fitter.options();
  const bool probe = fitsNoise(info.loss, fo) && fo.residual != FitResidual::PseudoClean &&
                     fo.curvatureCorrection && !fo.stencilCoupling.measured();
  std::optional<NoiseFitter> probed;
  const bool wantSd = givesUncertainty();
  // During the tile pass, which sets the process's peak memory (docs/TRAINING.md, "CPU fast
  // path"), only three frames are alive: the input (read and normalised in place) and the
  // network's mu and s2. The posterior and its standard deviation exist from the fit to the sink;
  // mu, the posterior and the deviation go back to raw units in place.
  std::vector<float> y(n), mu(n), s2(hasVariance ? n : 0);
  for (int f = 0; f < frames; ++f) {
    source.read(f, y.data());
    // A frame of one value holds no noise to fit and nothing to denoise: an image that is one
    // such frame is refused, a stack's such frame is written unchanged and flagged.
    if (const auto value = constantValue(y.data(), y.size())) {
      const std::string& path = source.metadata().sourcePath;
      if (frames == 1)
        throw ConstantImageError(*value,
                                 fmt::format("{}: the image is constant ({}), nothing to denoise",
                                             path.empty() ? "image" : path, *value));
      DenoisedFrame out;
      out.index = f;
      out.frames = frames;
      out.fit = constantFrameFit(*value, norm);
      out.posterior = y.data();
      out.mu = m_options.wantMu ? y.data() : nullptr;
      const std::vector<float> zeros(wantSd ? n : 0, 0.0f);
      out.uncertainty = wantSd ? zeros.data() : nullptr;
      ProgressUpdate u;
      u.fraction = double(f + 1) / frames;
      u.stage = fmt::format("denoising frame {}/{}", f + 1, frames);
      if (!progress.report(u))
        throw Error(ErrorKind::Cancelled, "denoising cancelled");
      sink(out);
      continue;
    }
    norm.toNormalised(y.data(), n, y.data());
    // Each frame's share of the bar: its tiles, then one more part for the fit and posterior.
    tiled.predictFrame(y.data(), h, w, mu.data(), s2.empty() ? nullptr : s2.data(),
                       [&](std::size_t tile, std::size_t count) {
                         ProgressUpdate u;
                         u.fraction = (f + double(tile) / double(count + 1)) / frames;
                         u.stage = fmt::format("denoising frame {}/{}", f + 1, frames);
                         return progress.report(u);
                       });
    std::vector<float> post(n), sd(wantSd ? n : 0);
    DenoisedFrame out;
    out.index = f;
    out.frames = frames;
    if (probe && !probed) {
      NoiseFitOptions o = fo;
      // In the tiles the frame itself is predicted in: a network whose tiles are crop-sized
      // (ModelInfo::contextTile) answers differently over a whole crop.
      o.stencilCoupling = measureStencilCoupling(
          [&tiled](const float* frame, int th, int tw, float* m, float* v) {
            tiled.predictFrame(frame, th, tw, m, v, [](std::size_t, std::size_t) { return true; });
          },
          y.data(), w, h, {}, mu.data());
      probed.emplace(o);
    }
    out.fit = fitAndPosterior(probed ? *probed : fitter, norm, y.data(), mu.data(), s2.data(), w, h,
                              post.data(), sd.empty() ? nullptr : sd.data());
    norm.toRawValues(post.data(), n, post.data());
    out.posterior = post.data();
    if (m_options.wantMu) {
      norm.toRawValues(mu.data(), n, mu.data());
      out.mu = mu.data();
    }
    if (!sd.empty()) {
      std::transform(sd.begin(), sd.end(), sd.begin(),
                     [&norm](float v) { return static_cast<float>(norm.scale * v); });
      out.uncertainty = sd.data();
    }
    sink(out);
  }
  ProgressUpdate last;
  last.fraction = 1.0;
  last.stage = "denoised";
  progress.report(last);
}

} // namespace pgd
