#include "infer/Denoiser.h"

#include "infer/TileGrid.h"
#include "job/Error.h"
#include "nn/Losses.h"
#include "noise/Posterior.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace pgd {
namespace {

// Copies the input window of `tile` out of a frame.
void cropWindow(const float* frame, int width, const Tile& t, std::vector<float>& out) {
  out.resize(std::size_t(t.inH) * t.inW);
  for (int y = 0; y < t.inH; ++y)
    std::copy_n(frame + std::size_t(t.inY + y) * width + t.inX, t.inW,
                out.data() + std::size_t(y) * t.inW);
}

// Writes the core window of a tile's prediction back into a full frame.
void pasteCore(const std::vector<float>& tileOut, const Tile& t, int width, float* frame) {
  const int dy = t.coreY - t.inY, dx = t.coreX - t.inX;
  for (int y = 0; y < t.coreH; ++y)
    std::copy_n(tileOut.data() + std::size_t(dy + y) * t.inW + dx, t.coreW,
                frame + std::size_t(t.coreY + y) * width + t.coreX);
}

} // namespace

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
  grid.tileSize = m_options.tileSize > 0
                      ? m_options.tileSize
                      : tileSizeForMemory(inferenceMemoryBudget(), info.architecture.width);
  grid.margin = m_options.tileMargin > 0 ? m_options.tileMargin : kDefaultTileMargin;
  const std::vector<Tile> tiles = makeTileGrid(h, w, grid);

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

  std::vector<float> y(n), mu(n), s2(n), window, tileMu, tileS2, post(n), sd;
  const std::size_t steps = std::size_t(noisy.frames()) * (tiles.size() + 1);
  std::size_t done = 0;
  for (int f = 0; f < noisy.frames(); ++f) {
    const float* raw = noisy.frame(f);
    std::transform(raw, raw + n, y.begin(),
                   [&norm](float v) { return static_cast<float>(norm.toNormalised(v)); });
    for (const Tile& t : tiles) {
      ProgressUpdate u;
      u.fraction = double(done++) / double(steps);
      u.stage = fmt::format("denoising frame {}/{}", f + 1, noisy.frames());
      if (!progress.report(u))
        throw Error(ErrorKind::Cancelled, "denoising cancelled");
      cropWindow(y.data(), w, t, window);
      tileMu.resize(window.size());
      tileS2.resize(window.size());
      m_model.predict(window.data(), t.inH, t.inW, tileMu.data(),
                      hasVariance ? tileS2.data() : nullptr);
      pasteCore(tileMu, t, w, mu.data());
      if (hasVariance)
        pasteCore(tileS2, t, w, s2.data());
    }

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
    ++done;
  }
  ProgressUpdate last;
  last.fraction = 1.0;
  last.stage = "denoised";
  progress.report(last);
  return result;
}

} // namespace pgd
