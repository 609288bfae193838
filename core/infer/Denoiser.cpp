#include "infer/Denoiser.h"

#include "infer/TileGrid.h"
#include "infer/TiledPrediction.h"
#include "job/Error.h"
#include "nn/DeviceMemory.h"
#include "nn/Losses.h"
#include "noise/Posterior.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace pgd {

Denoiser::Denoiser(const Model& model, DenoiseOptions options)
    : m_model(model), m_options(options) {}

NoiseFitOptions Denoiser::fitOptionsFor(const ImageStack& noisy) const {
  NoiseFitOptions fitOptions = m_options.fit;
  const ClipLevels clip = clipLevelsOf(noisy.metadata().sourceType, m_model.info().normalization);
  if (isInteger(noisy.metadata().sourceType)) {
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
  result.fitOptions = fitOptionsFor(noisy);
  return result;
}

FrameFit Denoiser::fitAndPosterior(const NoiseFitter& fitter, const float* y, const float* mu,
                                   float* s2, int w, int h, float* post, float* sd) const {
  const ModelInfo& info = m_model.info();
  const std::size_t n = std::size_t(w) * h;
  FrameFit fit;
  if (info.loss == LossKind::N2V) {
    std::copy_n(mu, n, post); // N2V predicts the clean value directly; no posterior step.
    fit.normalised.method = "none (N2V)";
  } else {
    if (info.loss == LossKind::Regularized && fitter.options().variant != FitVariant::Fixed) {
      fit.normalised.a = info.learnedNoise.a;
      fit.normalised.b = info.learnedNoise.b;
      fit.normalised.method = "learned (regularized)";
      fit.normalised.converged = true;
    } else {
      fit.normalised = fitter.fitFrame(y, mu, w, h);
    }
    if (info.loss == LossKind::Uncalibrated && m_options.calibrateVariance) {
      fit.varianceScale = fitVarianceScale(y, mu, s2, n, kUncalibratedVarianceFloor,
                                           fit.normalised.clipLow, fit.normalised.clipHigh)
                              .scale;
      applyVarianceScale(s2, n, fit.varianceScale, kUncalibratedVarianceFloor);
    }
    if (info.loss == LossKind::Regularized)
      priorToTotalVariance(mu, s2, n, {fit.normalised.a, fit.normalised.b});
    posteriorMean(y, mu, s2, n, {fit.normalised.a, fit.normalised.b}, post, sd);
  }
  fit.raw = info.normalization.toRaw({fit.normalised.a, fit.normalised.b});
  return fit;
}

DenoiseResult Denoiser::denoise(const ImageStack& noisy, ProgressSink& progress) const {
  if (noisy.empty())
    throw Error(ErrorKind::Input, "denoise: empty image");
  const ModelInfo& info = m_model.info();
  const Normalization& norm = info.normalization;
  const bool hasVariance = info.loss != LossKind::N2V;
  const int h = noisy.height(), w = noisy.width(), frames = noisy.frames();
  const std::size_t n = noisy.frameSize();

  TileGridOptions grid;
  grid.tileSize =
      m_options.tileSize > 0
          ? m_options.tileSize
          : tileSizeForMemory(inferenceMemoryBudget(m_model.device()), info.architecture.width);
  grid.margin = m_options.tileMargin > 0 ? m_options.tileMargin : kDefaultTileMargin;
  TiledPrediction tiled([this](const float* tile, int th, int tw, float* mu,
                               float* s2) { m_model.predict(tile, th, tw, mu, s2); },
                        grid, m_model.device());

  DenoiseResult result = allocateResult(noisy);
  const NoiseFitter fitter(result.fitOptions);
  std::vector<float> y(n), mu(n), s2(n), post(n), sd(result.uncertainty.empty() ? 0 : n);
  for (int f = 0; f < frames; ++f) {
    norm.toNormalised(noisy.frame(f), n, y.data());
    // Each frame's share of the bar: its tiles, then one more part for the fit and posterior.
    tiled.predictFrame(y.data(), h, w, mu.data(), hasVariance ? s2.data() : nullptr,
                       [&](std::size_t tile, std::size_t count) {
                         ProgressUpdate u;
                         u.fraction = (f + double(tile) / double(count + 1)) / frames;
                         u.stage = fmt::format("denoising frame {}/{}", f + 1, frames);
                         return progress.report(u);
                       });
    result.fits.push_back(fitAndPosterior(fitter, y.data(), mu.data(), s2.data(), w, h, post.data(),
                                          sd.empty() ? nullptr : sd.data()));
    norm.toRawValues(post.data(), n, result.posterior.frame(f));
    if (!result.mu.empty())
      norm.toRawValues(mu.data(), n, result.mu.frame(f));
    if (!result.uncertainty.empty())
      std::transform(sd.begin(), sd.end(), result.uncertainty.frame(f),
                     [&norm](float v) { return static_cast<float>(norm.scale * v); });
  }
  ProgressUpdate last;
  last.fraction = 1.0;
  last.stage = "denoised";
  progress.report(last);
  return result;
}

} // namespace pgd
