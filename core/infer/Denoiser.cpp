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

DenoiseResult Denoiser::denoise(const ImageStack& noisy, ProgressSink& progress) const {
  if (noisy.empty())
    throw Error(ErrorKind::Input, "denoise: empty image");
  const ModelInfo& info = m_model.info();
  const Normalization& norm = info.normalization;
  const bool hasVariance = info.loss != LossKind::N2V;
  const int h = noisy.height(), w = noisy.width();
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

  NoiseFitOptions fitOptions = m_options.fit;
  const ImageMetadata& meta = noisy.metadata();
  if (isInteger(meta.sourceType)) {
    fitOptions.clipLow = norm.toNormalised(typeMin(meta.sourceType));
    fitOptions.clipHigh = norm.toNormalised(typeMax(meta.sourceType));
  }
  const NoiseFitter fitter(fitOptions);

  DenoiseResult result;
  result.posterior = ImageStack(noisy.frames(), h, w);
  result.posterior.metadata() = meta;
  result.posterior.metadata().warnings.clear();
  if (m_options.wantMu) {
    result.mu = ImageStack(noisy.frames(), h, w);
    result.mu.metadata() = result.posterior.metadata();
  }
  if (m_options.wantUncertainty && hasVariance) {
    result.uncertainty = ImageStack(noisy.frames(), h, w);
    result.uncertainty.metadata() = result.posterior.metadata();
    result.uncertainty.metadata().sourceType = PixelType::Float32;
  }

  std::vector<float> y(n), mu(n), s2(n), post(n), sd;
  const int frames = noisy.frames();
  for (int f = 0; f < frames; ++f) {
    const float* raw = noisy.frame(f);
    std::transform(raw, raw + n, y.begin(),
                   [&norm](float v) { return static_cast<float>(norm.toNormalised(v)); });
    // Each frame's share of the bar: its tiles, then one more part for the fit and posterior.
    tiled.predictFrame(y.data(), h, w, mu.data(), hasVariance ? s2.data() : nullptr,
                       [&](std::size_t tile, std::size_t count) {
                         ProgressUpdate u;
                         u.fraction = (f + double(tile) / double(count + 1)) / frames;
                         u.stage = fmt::format("denoising frame {}/{}", f + 1, frames);
                         return progress.report(u);
                       });

    FrameFit fit;
    if (!hasVariance) {
      post = mu; // N2V predicts the clean value directly; there is no posterior step.
      fit.normalised.method = "none (N2V)";
    } else {
      if (info.loss == LossKind::Regularized && fitOptions.variant != FitVariant::Fixed) {
        fit.normalised.a = info.learnedNoise.a;
        fit.normalised.b = info.learnedNoise.b;
        fit.normalised.method = "learned (regularized)";
        fit.normalised.converged = true;
      } else {
        fit.normalised = fitter.fitFrame(y.data(), mu.data(), w, h);
      }
      if (info.loss == LossKind::Uncalibrated && m_options.calibrateVariance) {
        fit.varianceScale =
            fitVarianceScale(y.data(), mu.data(), s2.data(), n, kUncalibratedVarianceFloor,
                             fit.normalised.clipLow, fit.normalised.clipHigh)
                .scale;
        applyVarianceScale(s2.data(), n, fit.varianceScale, kUncalibratedVarianceFloor);
      }
      if (info.loss == LossKind::Regularized)
        priorToTotalVariance(mu.data(), s2.data(), n, {fit.normalised.a, fit.normalised.b});
      if (!result.uncertainty.empty())
        sd.resize(n);
      posteriorMean(y.data(), mu.data(), s2.data(), n, {fit.normalised.a, fit.normalised.b},
                    post.data(), sd.empty() ? nullptr : sd.data());
    }
    fit.raw = norm.toRaw({fit.normalised.a, fit.normalised.b});
    result.fits.push_back(fit);

    float* outPost = result.posterior.frame(f);
    std::transform(post.begin(), post.end(), outPost,
                   [&norm](float v) { return static_cast<float>(norm.toRawValue(v)); });
    if (!result.mu.empty())
      std::transform(mu.begin(), mu.end(), result.mu.frame(f),
                     [&norm](float v) { return static_cast<float>(norm.toRawValue(v)); });
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
