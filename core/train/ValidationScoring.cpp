#include "train/ValidationScoring.h"

#include "nn/Losses.h"
#include "train/NoiseEcho.h"
#include "train/TrainingLoss.h"
#include "train/ValidationNoise.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace pgd::training {

namespace {

constexpr int kValidationBatch = 8;
// Context predicted around each validation block of a blind-spot net: the denoiser's default tile
// margin, so a block is validated as the denoiser predicts it. Validating 64x64 blocks on their
// own missed a collapse of the whole-image mu on W2S (docs/TRAINING.md, "Choosing the
// checkpoint"): the network behaves differently on inputs much larger than its training crops.
constexpr int kValidationContext = kDefaultTileMargin;
// Window pixels predicted per validation at most (~1.5 s on 2 CPU cores). Large images and stacks
// have many blocks (a 2048x2048 image has 51, each with a 320x320 window); beyond this budget an
// evenly spaced subset of them is scored.
constexpr std::int64_t kValidationWindowPixels = std::int64_t(1) << 20;
constexpr std::uint64_t kValidationMaskSeed = 977;

Region contextWindow(const Region& r, const FrameShape& shape) {
  Region window{r.frame, std::max(0, r.y - kValidationContext),
                std::max(0, r.x - kValidationContext), 0, 0};
  window.height = std::min(shape.height, r.y + r.height + kValidationContext) - window.y;
  window.width = std::min(shape.width, r.x + r.width + kValidationContext) - window.x;
  return window;
}

// The network's output for the block `r` of the window `input` (shape [1, 1, H, W], placed at
// `window` in the frame) predicted in tiles of `tile` px whose cores split the block and whose
// inputs add kCropTileMargin of context on each side (clipped to the window, which reaches at
// least that far past the block wherever the frame does): the way the denoiser runs a model that
// records a contextTile (infer/TileGrid.h).
torch::Tensor predictInCropTiles(ModelImpl& impl, const torch::Tensor& input, const Region& window,
                                 const Region& r, int tile) {
  const int core = tile - 2 * kCropTileMargin;
  const int H = int(input.size(2)), W = int(input.size(3));
  const int by = r.y - window.y, bx = r.x - window.x;
  std::vector<torch::Tensor> rows;
  for (int cy = by; cy < by + r.height; cy += core) {
    std::vector<torch::Tensor> row;
    const int ch = std::min(core, by + r.height - cy);
    for (int cx = bx; cx < bx + r.width; cx += core) {
      const int cw = std::min(core, bx + r.width - cx);
      const int y0 = std::max(0, cy - kCropTileMargin), x0 = std::max(0, cx - kCropTileMargin);
      const int y1 = std::min(H, cy + ch + kCropTileMargin);
      const int x1 = std::min(W, cx + cw + kCropTileMargin);
      const auto out = impl.forwardAnySize(input.narrow(2, y0, y1 - y0).narrow(3, x0, x1 - x0));
      row.push_back(out.narrow(2, cy - y0, ch).narrow(3, cx - x0, cw));
    }
    rows.push_back(torch::cat(row, 3));
  }
  return torch::cat(rows, 2);
}

// Blind-spot losses: each block is predicted inside a window with kValidationContext pixels of
// context on every side (clipped to the frame), and once more in crop-sized tiles
// (predictInCropTiles); both are scored on the block's own pixels only, and the context that
// reads better by the checkpoint criterion (`byMuError`) gives the scores. A network that hides
// more than the pixel predicts from inputs with a little fixed white noise added
// (train/ValidationNoise.h), scored against the noisy image itself, and once more in the wide
// context with the noise-echo probe added for its echo (train/NoiseEcho.h).
ValidationScores blindSpotScores(ModelImpl& impl, LossKind kind, double lambda,
                                 const Frames& frames, const ValidationSplit& split, int cropSize,
                                 bool byMuError) {
  torch::NoGradGuard noGrad;
  const auto& regions = split.validationRegions();
  std::int64_t windowPixels = 0;
  for (const Region& r : regions) {
    const Region w = contextWindow(r, frames.shapes[std::size_t(r.frame)]);
    windowPixels += std::int64_t(w.height) * w.width;
  }
  const std::size_t stride = std::size_t(std::max<std::int64_t>(
      1, (windowPixels + kValidationWindowPixels - 1) / kValidationWindowPixels));
  const int tile = contextTileFor(cropSize);
  struct Sums {
    double loss = 0.0, squaredError = 0.0, weight = 0.0;
  };
  Sums wide, tiled;
  const auto score = [&](Sums& sums, const torch::Tensor& y, const torch::Tensor& out) {
    const auto mu = out.narrow(1, 0, 1);
    const auto s = out.narrow(1, 1, 1);
    const auto loss = kind == LossKind::Regularized
                          ? regularizedLossMap(y, mu, s, impl.blindSpot()->noiseAPrime(),
                                               impl.blindSpot()->noiseB(), lambda)
                          : uncalibratedLossMap(y, mu, s);
    const double pixels = static_cast<double>(y.numel());
    sums.loss += loss.mean().item<double>() * pixels;
    sums.squaredError += (mu - y).square().mean().item<double>() * pixels;
    sums.weight += pixels;
  };
  double echoNumerator = 0.0;
  double echoDenominator = 0.0;
  for (std::size_t i = 0; i < regions.size(); i += stride) {
    const Region& r = regions[i];
    const Region window = contextWindow(r, frames.shapes[std::size_t(r.frame)]);
    const auto x =
        extract(frames, window).view({1, 1, window.height, window.width}).to(impl.device());
    const auto block = [&](const torch::Tensor& t) {
      return t.narrow(2, r.y - window.y, r.height).narrow(3, r.x - window.x, r.width);
    };
    const int blindSpot = impl.info().architecture.blindSpot;
    const auto input = withValidationNoise(x, validationNoiseFraction(blindSpot), i);
    const auto out = impl.forwardAnySize(input);
    const auto y = block(x);
    if (blindSpot > 1) {
      const auto mu = block(out.narrow(1, 0, 1));
      const auto probe = noiseEchoProbe(x);
      const auto echoed = block(impl.forwardAnySize(input + probe).narrow(1, 0, 1));
      const auto z = block(probe).to(torch::kFloat64);
      echoNumerator += ((echoed - mu).to(torch::kFloat64) * z).sum().item<double>();
      echoDenominator += z.square().sum().item<double>();
    }
    score(wide, y, block(out));
    // A window no wider than one tile is a whole frame that small (a block and its context reach
    // past any tile), which the denoiser predicts in one piece too.
    const bool oneTile = window.height <= tile && window.width <= tile;
    score(tiled, y, oneTile ? block(out) : predictInCropTiles(impl, input, window, r, tile));
  }
  ValidationScores scores{wide.loss / wide.weight, wide.squaredError / wide.weight};
  scores.wideLoss = scores.loss;
  scores.tiledLoss = tiled.loss / tiled.weight;
  const double tiledMuError = tiled.squaredError / tiled.weight;
  const double gain = byMuError ? std::log(scores.muError) - std::log(tiledMuError)
                                : scores.loss - scores.tiledLoss;
  if (gain > kContextPreference) {
    scores.loss = scores.tiledLoss;
    scores.muError = tiledMuError;
    scores.contextTile = tile;
  }
  if (echoDenominator > 0.0)
    scores.noiseEcho = echoNumerator / echoDenominator;
  return scores;
}

} // namespace

// The mu-error criterion needs a blind-spot prediction; N2V's masked loss already is a held-out
// MSE, so N2V always selects by its loss.
bool selectsByMuError(const TrainingConfig& c) {
  return c.checkpointCriterion == "mu-error" && c.loss != LossKind::N2V;
}

ValidationScores validationScoresOf(ModelImpl& impl, const TrainingConfig& config,
                                    const Frames& frames, const ValidationSplit& split) {
  const LossKind kind = config.loss;
  const double lambda = config.regularizerLambda;
  if (kind != LossKind::N2V)
    return blindSpotScores(impl, kind, lambda, frames, split, config.cropSize,
                           selectsByMuError(config));
  // N2V: its masked loss on the blocks themselves (its small U-Net has no such context effect).
  torch::NoGradGuard noGrad;
  std::mt19937_64 maskRng(kValidationMaskSeed);
  const auto& regions = split.validationRegions();
  double sum = 0.0;
  double weight = 0.0;
  for (std::size_t start = 0; start < regions.size(); start += kValidationBatch) {
    const auto end = std::min(regions.size(), start + kValidationBatch);
    std::vector<torch::Tensor> crops;
    for (auto i = start; i < end; ++i)
      crops.push_back(extract(frames, regions[i]).unsqueeze(0));
    const auto batch = torch::stack(crops);
    const double pixels = static_cast<double>(batch.numel());
    sum += batchLoss(impl, kind, lambda, batch, maskRng).item<double>() * pixels;
    weight += pixels;
  }
  return {sum / weight, std::numeric_limits<double>::quiet_NaN()};
}

} // namespace pgd::training
