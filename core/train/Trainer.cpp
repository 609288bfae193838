#include "train/Trainer.h"

#include "train/BlindSpotChoice.h"

#include "image/ImageProfile.h"
#include "job/Error.h"
#include "nn/Losses.h"
#include "nn/ModelImpl.h"
#include "nn/TorchErrors.h"
#include "nn/TorchRuntime.h"
#include "train/NoiseEcho.h"
#include "train/ValidationNoise.h"
#include "train/ValidationSplit.h"
#include "train/WeightAverage.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <limits>

#include <fmt/format.h>

namespace pgd {
namespace {

using Clock = std::chrono::steady_clock;
constexpr double kN2VMaskFraction = 0.02;
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
// Steps between reads of the training loss on a GPU: each read waits for the queued kernels.
// On the CPU every step's loss is read (it costs nothing there) before its update is applied.
constexpr int kCudaLossReadInterval = 20;
// Training steps a warm start times (after one untimed) to learn how many its budget affords,
// when that decides whether it shrinks the base (TrainingConfig::warmStartShrinkMinSteps).
constexpr int kTimedProbeSteps = 3;

// ModelInfo::lateValidationGain: the best validation loss before the last quarter of the
// validations minus the best overall; NaN with fewer than 4 validations.
double lateGain(const std::vector<double>& losses) {
  if (losses.size() < 4)
    return std::numeric_limits<double>::quiet_NaN();
  const auto best = [](auto begin, auto end) {
    double m = std::numeric_limits<double>::infinity();
    for (auto it = begin; it != end; ++it)
      if (std::isfinite(*it))
        m = std::min(m, *it);
    return m;
  };
  const auto lastQuarter = losses.end() - std::ptrdiff_t(losses.size() / 4);
  const double before = best(losses.begin(), lastQuarter);
  const double overall = best(losses.begin(), losses.end());
  return std::isfinite(before) ? before - overall : std::numeric_limits<double>::quiet_NaN();
}

struct Frames {
  std::vector<std::vector<float>> values; // normalised
  std::vector<FrameShape> shapes;
};

std::string sourceName(const ImageStack& stack, std::size_t index) {
  return stack.metadata().sourcePath.empty() ? fmt::format("image {}", index + 1)
                                             : stack.metadata().sourcePath;
}

Normalization combinedNormalization(const std::vector<ImageStack>& data) {
  Normalization n = Normalization::fromData(data.front());
  double lo = n.offset;
  double hi = n.offset + n.scale;
  for (std::size_t i = 1; i < data.size(); ++i) {
    const auto m = Normalization::fromData(data[i]);
    lo = std::min(lo, m.offset);
    hi = std::max(hi, m.offset + m.scale);
  }
  return {hi - lo > 0.0 ? hi - lo : 1.0, lo};
}

Frames prepareFrames(const std::vector<ImageStack>& data, const Normalization& norm) {
  Frames frames;
  for (std::size_t s = 0; s < data.size(); ++s) {
    const auto& stack = data[s];
    if (stack.empty())
      throw Error(ErrorKind::Input, sourceName(stack, s) + ": image is empty");
    if (const auto bad = stack.nonFiniteCount())
      throw Error(ErrorKind::Input,
                  fmt::format("{}: {} NaN or infinite values", sourceName(stack, s), bad));
    for (int f = 0; f < stack.frames(); ++f) {
      const float* src = stack.frame(f);
      const auto [lo, hi] = std::minmax_element(src, src + stack.frameSize());
      if (!(*hi > *lo))
        throw Error(ErrorKind::Input, fmt::format("{}: frame {} is constant ({}), nothing to learn",
                                                  sourceName(stack, s), f + 1, *lo));
      std::vector<float> v(stack.frameSize());
      norm.toNormalised(src, v.size(), v.data());
      frames.values.push_back(std::move(v));
      frames.shapes.push_back({stack.height(), stack.width()});
    }
  }
  return frames;
}

torch::Tensor extract(const Frames& frames, const Region& r) {
  auto t = torch::empty({r.height, r.width}, torch::kFloat32);
  float* dst = t.data_ptr<float>();
  const auto& src = frames.values[r.frame];
  const int w = frames.shapes[r.frame].width;
  for (int y = 0; y < r.height; ++y)
    std::copy_n(src.data() + static_cast<std::size_t>(r.y + y) * w + r.x, r.width,
                dst + static_cast<std::size_t>(y) * r.width);
  return t;
}

std::string nowIso8601() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

torch::Tensor batchLoss(ModelImpl& impl, LossKind kind, double lambda, const torch::Tensor& batch,
                        std::mt19937_64& maskRng) {
  const auto device = impl.device();
  if (kind == LossKind::N2V) {
    const auto manipulated = n2vManipulate(batch, kN2VMaskFraction, maskRng);
    const auto prediction = impl.forward(manipulated.input.to(device));
    return n2vLoss(batch.to(device), prediction, manipulated.mask.to(device));
  }
  const auto y = batch.to(device, /*non_blocking=*/batch.is_pinned());
  const auto out = impl.forward(y);
  const auto mu = out.narrow(1, 0, 1);
  const auto s = out.narrow(1, 1, 1);
  if (kind == LossKind::Regularized) {
    auto& net = impl.blindSpot();
    return regularizedLossMap(y, mu, s, net->noiseAPrime(), net->noiseB(), lambda).mean();
  }
  return uncalibratedLossMap(y, mu, s).mean();
}

// The mu-error criterion needs a blind-spot prediction; N2V's masked loss already is a held-out
// MSE, so N2V always selects by its loss.
bool selectsByMuError(const TrainingConfig& c) {
  return c.checkpointCriterion == "mu-error" && c.loss != LossKind::N2V;
}

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

// One optimisation run: owns the model, optimiser, data and split.
class TrainingRun {
public:
  TrainingRun(const TrainingConfig& config, const std::vector<ImageStack>& data, const Model* base,
              const BaseModelRef& baseRef)
      : m_config(config), m_rng(config.seed) {
    config.check();
    if (data.empty())
      throw Error(ErrorKind::Input, "training data: no images");
    m_norm = combinedNormalization(data);
    m_frames = prepareFrames(data, m_norm);
    m_split = ValidationSplit::make(m_frames.shapes, config.cropSize, config.validationFraction,
                                    config.seed);
    // A preset's blind spot is chosen from the raw images (0: train/BlindSpotChoice.h); model.json
    // and its training config record the size chosen.
    resolveBlindSpot(m_config, data);
    ModelInfo info;
    info.architecture = m_config.network;
    info.loss = config.loss;
    info.regularizerLambda = config.loss == LossKind::Regularized ? config.regularizerLambda : 0.0;
    info.normalization = m_norm;
    info.preset = config.preset;
    info.trainingConfigJson = m_config.toJson();
    info.dataSummary = summary(data);
    info.trainedOn = profileOf(data);
    if (base) {
      checkBase(*base, m_config);
      info.base = baseRef;
      m_warm = true;
    }
    m_model = std::make_unique<Model>(info, config.seed);
    // Before the optimiser and the weight average take their first copies of the weights.
    if (base && m_config.secondStartFromScratch)
      m_initialState = m_model->impl().snapshot();
    if (base)
      m_model->impl().restore(base->impl().snapshot());
    const auto device = TorchRuntime::resolveDevice(config.device);
    m_model->impl().moveTo(device == "cuda" ? torch::Device(torch::kCUDA)
                                            : torch::Device(torch::kCPU));
    // Training steps and validation alike; the loss, Adam and the weight average stay float32.
    m_model->impl().setPrecision(config.resolvedPrecision(device));
    if (device == "cuda")
      at::globalContext().setBenchmarkCuDNN(true); // one crop shape all run long
    startOptimiser();
  }

  TrainingResult run(ProgressSink& progress, const Trainer::ValidationObserver& observer,
                     const Trainer::CheckpointSink& checkpoint, double checkpointSeconds);

private:
  static void checkBase(const Model& base, const TrainingConfig& config) {
    const NetworkSpec& b = base.info().architecture;
    const NetworkSpec& c = config.network;
    if (config.loss == LossKind::N2V || b.kind != c.kind || b.width != c.width ||
        b.headWidth != c.headWidth || b.inChannels != c.inChannels || b.blindSpot != c.blindSpot)
      throw Error(ErrorKind::Usage,
                  fmt::format("base model {}: a {} network of width {} with a {}x{} blind spot, "
                              "but this run trains a {} network of width {} with a {}x{} blind "
                              "spot and the {} loss; train from scratch instead",
                              base.info().name, toString(b.kind), b.width, b.blindSpot, b.blindSpot,
                              toString(c.kind), c.width, c.blindSpot, c.blindSpot,
                              toString(config.loss)));
  }

  static std::string summary(const std::vector<ImageStack>& data) {
    std::string s;
    for (std::size_t i = 0; i < data.size(); ++i)
      s += fmt::format("{}{}: {} frame{} {}x{} {}", i ? "; " : "", sourceName(data[i], i),
                       data[i].frames(), data[i].frames() == 1 ? "" : "s", data[i].width(),
                       data[i].height(), toString(data[i].metadata().sourceType));
    return s;
  }

  // Everything one run of the loop changes, reset at the start of run().
  struct LoopState {
    long step = 0;
    bool validatedLast = false;
    double lastCheckpoint = 0.0;
    double lastTrainLoss = std::numeric_limits<double>::quiet_NaN();
    double epochLossSum = 0.0;
    int epochLossCount = 0;
    torch::Tensor pendingLoss; // sum of the losses not read yet (device tensor)
    int pendingCount = 0;
    double best = std::numeric_limits<double>::infinity(); // the checkpoint criterion
    double bestLoss = std::numeric_limits<double>::quiet_NaN();
    double bestMuError = std::numeric_limits<double>::quiet_NaN();
    int bestContextTile = 0; // ModelInfo::contextTile of the best checkpoint
    double plateauBest = std::numeric_limits<double>::infinity();
    // The best criterion of the current start: the automatic stop counts from it, so a second
    // start gets its own patience while `best` stays the run's
    // (TrainingConfig::secondStartFromScratch).
    double startBest = std::numeric_limits<double>::infinity();
    long restartStep = -1; // the step the second start began after; -1: one start only
    NoiseEchoGuard echoGuard;
    long bestStep = 0;
    int plateauEpochs = 0;
    int stallEpochs = 0;
    std::vector<torch::Tensor> bestState;
    struct {
      std::vector<double> train, validation, muError, noiseEcho;
      std::vector<long> steps, echoRefused;
    } history;
    StopReason reason = StopReason::StepLimit;
    std::string stopReason = "step limit";
  };

  torch::Tensor trainingBatch();
  torch::Tensor lossOf(const torch::Tensor& batch, std::mt19937_64& maskRng);
  ValidationScores validate();
  void setLearningRate(double lr);
  double learningRate() const;
  double elapsed() const;
  void stop(StopReason reason, std::string text);
  // What model.json says about the weights currently in the model.
  void describe(long steps, const std::string& reason);
  // Validates, records the history, keeps the best snapshot, halves the rate on a plateau.
  ValidationScores evaluate();
  // One optimiser step; false when the loss diverged.
  bool optimiserStep(std::mt19937_64& maskRng);
  ProgressUpdate progressUpdate(const ValidationScores* scores) const;
  void useAveraged();
  // The starting weights' validation, the shrink decision, report and observer (warm starts);
  // false when cancelled.
  bool startingValidation(ProgressSink& progress, const Trainer::ValidationObserver& observer,
                          const std::mt19937_64& maskRng);
  // Sets m_shrink from the steps this run can afford (TrainingConfig::warmStartShrinkMinSteps)
  // and m_newHead (TrainingConfig::warmStartResetHead), and returns the note that tells the user;
  // empty when the config changes nothing of the base.
  std::string chooseStart(double validationSeconds, const std::mt19937_64& maskRng);
  std::string chooseShrink(double validationSeconds, const std::mt19937_64& maskRng);
  // Seconds per training step, timed on the batches steps 1.. will draw, forward and backward
  // only: no weight, optimiser state or random generator of the run changes.
  double timeTrainingSteps(std::mt19937_64 maskRng);
  // After step 0 (warm starts): multiplies the base's weights by m_shrink, or draws a new head
  // (m_newHead), and restarts the weight average from the weights step 1 starts from.
  void changeBase();
  // A fresh Adam at the configured rate and, with averaging on, a weight average starting from
  // the model's current weights (a run's start, and a second start).
  void startOptimiser();
  // Whether a warm start that has just converged starts again from random weights
  // (TrainingConfig::secondStartFromScratch).
  bool secondStartDue() const;
  // The random initial weights, a fresh optimiser, weight average, learning rate and patience;
  // the run's best checkpoint stays.
  void startAgain();
  // A step, its validation, report, observer, checkpoint and stop rules; false to stop.
  bool iteration(ProgressSink& progress, std::mt19937_64& maskRng,
                 const Trainer::ValidationObserver& observer,
                 const Trainer::CheckpointSink& checkpoint, double checkpointSeconds);
  // Last validation, best weights restored, model.json filled in, the final report.
  void finish(ProgressSink& progress);

  TrainingConfig m_config;
  std::mt19937_64 m_rng;
  Normalization m_norm;
  Frames m_frames;
  ValidationSplit m_split;
  std::unique_ptr<Model> m_model;
  std::unique_ptr<torch::optim::Adam> m_optimizer;
  std::unique_ptr<WeightAverage> m_average;  // null when averaging is off
  bool m_warm = false;                       // started from a base model's weights
  std::vector<torch::Tensor> m_initialState; // random weights for a second start (warm starts)
  double m_shrink = 1.0;                     // what step 1 starts from: the base times this
  bool m_newHead = false;                    // and with the 1x1 head drawn afresh
  Clock::time_point m_start;
  LoopState m_loop;
};

torch::Tensor TrainingRun::trainingBatch() {
  const int c = m_split.cropSize();
  // Pinned host memory lets the copy to a GPU run asynchronously.
  auto batch = torch::empty(
      {m_config.batchSize, 1, c, c},
      torch::TensorOptions(torch::kFloat32).pinned_memory(m_model->impl().device().is_cuda()));
  std::uniform_int_distribution<int> dihedral(0, 7);
  for (int b = 0; b < m_config.batchSize; ++b) {
    auto crop = extract(m_frames, m_split.sampleCrop(m_rng));
    const int k = dihedral(m_rng);
    crop = torch::rot90(crop, k % 4, {0, 1});
    if (k >= 4)
      crop = crop.flip({1});
    batch[b][0].copy_(crop);
  }
  return batch;
}

torch::Tensor TrainingRun::lossOf(const torch::Tensor& batch, std::mt19937_64& maskRng) {
  return batchLoss(m_model->impl(), m_config.loss, m_config.regularizerLambda, batch, maskRng);
}

ValidationScores TrainingRun::validate() {
  return validationScoresOf(m_model->impl(), m_config, m_frames, m_split);
}

void TrainingRun::setLearningRate(double lr) {
  for (auto& group : m_optimizer->param_groups())
    static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
}

double TrainingRun::learningRate() const {
  return static_cast<const torch::optim::AdamOptions&>(
             m_optimizer->param_groups().front().options())
      .lr();
}

double TrainingRun::elapsed() const {
  return std::chrono::duration<double>(Clock::now() - m_start).count();
}

void TrainingRun::stop(StopReason reason, std::string text) {
  m_loop.reason = reason;
  m_loop.stopReason = std::move(text);
}

void TrainingRun::describe(long steps, const std::string& reason) {
  auto& info = m_model->info();
  info.steps = steps;
  info.finalTrainLoss = m_loop.lastTrainLoss;
  // NaN (null in model.json) when no validation ran: never measured, not zero.
  info.bestValidationLoss = m_loop.bestLoss;
  info.stopReason = reason;
  info.created = nowIso8601();
  info.device = m_model->device();
  info.trainingSeconds = elapsed();
  info.lateValidationGain = lateGain(m_loop.history.validation);
  if (m_config.loss == LossKind::Regularized) {
    torch::NoGradGuard noGrad;
    auto& net = m_model->impl().blindSpot();
    info.learnedNoise.a = regularizedNoiseA(net->noiseAPrime()).item<double>();
    info.learnedNoise.b = net->noiseB().item<double>();
  }
}

ValidationScores TrainingRun::evaluate() {
  LoopState& l = m_loop;
  const ValidationScores scores = translateTorchErrors(
      m_model->device(), fmt::format("validating at step {}", l.step), [&] { return validate(); });
  // `best` is the checkpoint criterion (the validation loss, or the log of the held-out mu
  // error); bestLoss the validation loss of that checkpoint, which model.json reports.
  const double v = selectsByMuError(m_config) ? std::log(scores.muError) : scores.loss;
  // The model runs in the context its scores were read in (the observer's and the checkpoint
  // sink's model too); finish() sets the best checkpoint's.
  m_model->info().contextTile = scores.contextTile;
  l.history.train.push_back(l.epochLossCount ? l.epochLossSum / l.epochLossCount : l.lastTrainLoss);
  l.history.validation.push_back(scores.loss);
  l.history.muError.push_back(scores.muError);
  l.history.steps.push_back(l.step);
  l.history.noiseEcho.push_back(scores.noiseEcho);
  l.epochLossSum = 0.0;
  l.epochLossCount = 0;
  // A checkpoint that copies more of the noise than the run's least-copying one is no gain
  // however its loss reads (train/NoiseEcho.h).
  const bool lowest = std::isfinite(v) && v < l.best;
  const bool admitted = l.echoGuard.admits(scores.noiseEcho, scores.loss);
  if (lowest && !admitted)
    l.history.echoRefused.push_back(l.step);
  if (lowest && admitted) {
    l.best = v;
    l.bestLoss = scores.loss;
    l.bestMuError = scores.muError;
    l.bestContextTile = scores.contextTile;
    l.bestStep = l.step;
    l.bestState = m_model->impl().snapshot();
    // A second start's checkpoint (and all after it) no longer descends from the base.
    if (l.restartStep >= 0)
      m_model->info().base.reset();
  }
  if (std::isfinite(v) && v < l.startBest && admitted) {
    l.stallEpochs = v < l.startBest - m_config.plateauThreshold ? 0 : l.stallEpochs + 1;
    l.startBest = v;
  } else {
    ++l.stallEpochs;
  }
  if (v < l.plateauBest - m_config.plateauThreshold) {
    l.plateauBest = v;
    l.plateauEpochs = 0;
  } else if (++l.plateauEpochs >= m_config.plateauPatience) {
    setLearningRate(learningRate() / 2.0);
    l.plateauEpochs = 0;
  }
  return scores;
}

bool TrainingRun::optimiserStep(std::mt19937_64& maskRng) {
  LoopState& l = m_loop;
  const std::string device = m_model->device();
  if (m_average)
    m_average->swapOut();
  const auto batch = trainingBatch();
  m_optimizer->zero_grad();
  auto loss = translateTorchErrors(device, fmt::format("training step {}", l.step + 1),
                                   [&] { return lossOf(batch, maskRng); });
  // On a GPU reading the loss waits for the queued kernels: read it every few steps and before
  // each validation only (kCudaLossReadInterval); on the CPU every step, before its update.
  l.pendingLoss = l.pendingCount ? l.pendingLoss + loss.detach() : loss.detach();
  ++l.pendingCount;
  const int interval = m_model->impl().device().is_cuda() ? kCudaLossReadInterval : 1;
  if (l.pendingCount >= interval || (l.step + 1) % m_config.stepsPerEpoch == 0 ||
      l.step + 1 >= m_config.maxSteps) {
    const double mean = l.pendingLoss.item<double>() / l.pendingCount;
    if (!std::isfinite(mean)) {
      stop(StopReason::Diverged, "diverged (loss is not finite)");
      return false;
    }
    l.lastTrainLoss = mean;
    l.epochLossSum += mean * l.pendingCount;
    l.epochLossCount += l.pendingCount;
    l.pendingCount = 0;
  }
  translateTorchErrors(device, fmt::format("training step {}", l.step + 1), [&] {
    loss.backward();
    m_optimizer->step();
  });
  ++l.step;
  // A second start's average warms up as a first start's does.
  if (m_average)
    m_average->update(l.restartStep >= 0 ? l.step - l.restartStep : l.step);
  return true;
}

ProgressUpdate TrainingRun::progressUpdate(const ValidationScores* scores) const {
  const LoopState& l = m_loop;
  ProgressUpdate update;
  update.step = l.step;
  update.totalSteps = m_config.maxSteps;
  update.trainLoss = l.lastTrainLoss;
  update.learningRate = learningRate();
  if (scores) {
    update.validationLoss = scores->loss;
    update.validationMuError = scores->muError;
    update.noiseEcho = scores->noiseEcho;
    // evaluate() has just recorded this validation: refused if its step is the last refused one.
    update.echoRefused = !l.history.echoRefused.empty() && l.history.echoRefused.back() == l.step;
    update.isValidation = true;
  }
  const double t = elapsed();
  const double perStep = t / static_cast<double>(l.step);
  double left = perStep * static_cast<double>(m_config.maxSteps - l.step);
  double fraction = static_cast<double>(l.step) / static_cast<double>(m_config.maxSteps);
  if (m_config.timeBudgetSeconds > 0.0) {
    left = std::min(left, std::max(0.0, m_config.timeBudgetSeconds - t));
    const double timeFraction = t / m_config.timeBudgetSeconds;
    update.timeBudgetSeconds = m_config.timeBudgetSeconds;
    update.timeBound = timeFraction > fraction;
    fraction = std::max(fraction, timeFraction);
  }
  update.fraction = std::min(1.0, fraction);
  update.stage = l.restartStep >= 0 ? "training, second start from scratch" : "training";
  update.secondsElapsed = t;
  update.secondsLeft = left;
  return update;
}

void TrainingRun::useAveraged() {
  // Validation, observers, checkpoints and the result see the averaged weights (when averaging
  // is on); the optimiser steps on its own.
  if (m_average)
    m_average->swapIn();
}

std::string TrainingRun::chooseStart(double validationSeconds, const std::mt19937_64& maskRng) {
  std::string note = chooseShrink(validationSeconds, maskRng);
  m_newHead = m_config.warmStartResetHead && m_shrink == 1.0 && m_model->impl().isBlindSpot();
  if (!m_newHead)
    return note;
  return note.empty() ? "training starts from the base model's features with a new 1x1 head"
                      : note + "; its 1x1 head starts afresh";
}

std::string TrainingRun::chooseShrink(double validationSeconds, const std::mt19937_64& maskRng) {
  m_shrink = 1.0;
  if (m_config.warmStartShrink >= 1.0)
    return {};
  double affordable = static_cast<double>(m_config.maxSteps);
  const bool timed = m_config.warmStartShrinkMinSteps > 0 && m_config.timeBudgetSeconds > 0.0 &&
                     m_config.maxSteps >= m_config.warmStartShrinkMinSteps;
  if (timed) {
    // A validation every stepsPerEpoch steps costs about what step 0's did.
    const double perStep = timeTrainingSteps(maskRng) +
                           validationSeconds / static_cast<double>(m_config.stepsPerEpoch);
    const double left = std::max(0.0, m_config.timeBudgetSeconds - elapsed());
    affordable = std::min(affordable, left / std::max(perStep, 1e-9));
  }
  m_shrink = m_config.warmStartShrinkFor(affordable);
  const std::string steps =
      timed ? fmt::format("about {:.0f} steps", affordable)
            : fmt::format("{} step{}", m_config.maxSteps, m_config.maxSteps == 1 ? "" : "s");
  if (m_shrink < 1.0)
    return fmt::format("training starts from the base model's weights scaled by {:g}, as this run "
                       "can afford {}: the validation loss rises at first and falls from there",
                       m_shrink, steps);
  return fmt::format("training starts from the base model as it is: this run can afford {}, and "
                     "scaling its weights by {:g} helps only from {} steps",
                     steps, m_config.warmStartShrink, m_config.warmStartShrinkMinSteps);
}

double TrainingRun::timeTrainingSteps(std::mt19937_64 maskRng) {
  // Step 1 must draw the same crops as it would without this probe: the crop generator is put
  // back, the mask generator is a copy, no optimiser step runs and step 1 clears the gradients.
  const auto crops = m_rng;
  const std::string device = m_model->device();
  double seconds = 0.0;
  translateTorchErrors(device, "timing the training steps", [&] {
    for (int i = 0; i <= kTimedProbeSteps; ++i) {
      const auto start = Clock::now();
      lossOf(trainingBatch(), maskRng).backward();
      TorchRuntime::synchronize(device);
      if (i > 0) // the first step also allocates what the rest reuse
        seconds += std::chrono::duration<double>(Clock::now() - start).count();
    }
  });
  m_rng = crops;
  m_optimizer->zero_grad();
  return seconds / kTimedProbeSteps;
}

void TrainingRun::changeBase() {
  if (m_shrink == 1.0 && !m_newHead)
    return;
  if (m_average)
    m_average->swapOut();
  if (m_shrink != 1.0) {
    torch::NoGradGuard noGrad;
    for (auto& p : m_model->impl().module().parameters())
      p.mul_(m_shrink);
  }
  if (m_newHead) {
    // Its own draw, so that the head does not depend on what drew from the generator before.
    torch::manual_seed(m_config.seed + 2);
    m_model->impl().blindSpot()->resetHead();
  }
  // The average held the base as it was; the next validation must see the weights trained now.
  if (m_average)
    m_average =
        std::make_unique<WeightAverage>(m_model->impl().module(), m_config.weightAverageDecay);
}

void TrainingRun::startOptimiser() {
  auto& module = m_model->impl().module();
  m_optimizer = std::make_unique<torch::optim::Adam>(
      module.parameters(), torch::optim::AdamOptions(m_config.learningRate));
  if (m_config.weightAverageDecay > 0.0)
    m_average = std::make_unique<WeightAverage>(module, m_config.weightAverageDecay);
}

bool TrainingRun::secondStartDue() const {
  const LoopState& l = m_loop;
  return m_warm && m_config.secondStartFromScratch && l.restartStep < 0 &&
         l.reason == StopReason::Converged && l.step < m_config.maxSteps &&
         (m_config.timeBudgetSeconds <= 0.0 || elapsed() < m_config.timeBudgetSeconds);
}

void TrainingRun::startAgain() {
  LoopState& l = m_loop;
  if (m_average)
    m_average->swapOut();
  m_model->impl().restore(m_initialState);
  startOptimiser();
  l.restartStep = l.step;
  l.startBest = std::numeric_limits<double>::infinity();
  l.plateauBest = std::numeric_limits<double>::infinity();
  l.plateauEpochs = 0;
  l.stallEpochs = 0;
  stop(StopReason::StepLimit, "step limit");
}

bool TrainingRun::startingValidation(ProgressSink& progress,
                                     const Trainer::ValidationObserver& observer,
                                     const std::mt19937_64& maskRng) {
  LoopState& l = m_loop;
  useAveraged();
  const auto start = Clock::now();
  const ValidationScores scores = evaluate();
  const double validationSeconds = std::chrono::duration<double>(Clock::now() - start).count();
  l.validatedLast = true;
  ProgressUpdate update = progressUpdate(&scores);
  update.note = chooseStart(validationSeconds, maskRng);
  if (!progress.report(update)) {
    stop(StopReason::Cancelled, "cancelled");
    return false;
  }
  if (observer)
    observer(0, *m_model);
  return true;
}

bool TrainingRun::iteration(ProgressSink& progress, std::mt19937_64& maskRng,
                            const Trainer::ValidationObserver& observer,
                            const Trainer::CheckpointSink& checkpoint, double checkpointSeconds) {
  LoopState& l = m_loop;
  if (!optimiserStep(maskRng))
    return false;
  l.validatedLast = l.step % m_config.stepsPerEpoch == 0;
  ValidationScores scores;
  if (l.validatedLast) {
    useAveraged();
    scores = evaluate();
  }
  if (!progress.report(progressUpdate(l.validatedLast ? &scores : nullptr))) {
    stop(StopReason::Cancelled, "cancelled");
    return false;
  }
  if (l.validatedLast && observer)
    observer(l.step, *m_model);
  if (l.validatedLast && checkpoint && l.bestStep == l.step &&
      elapsed() - l.lastCheckpoint >= checkpointSeconds) {
    describe(l.step, fmt::format("checkpoint: best so far at step {} (training still running "
                                 "or interrupted)",
                                 l.step));
    checkpoint(*m_model);
    l.lastCheckpoint = elapsed();
  }
  if (l.validatedLast && m_config.earlyStopPatience > 0 &&
      l.stallEpochs >= m_config.earlyStopPatience) {
    stop(StopReason::Converged,
         fmt::format("converged (no validation improvement for {} evaluations)",
                     m_config.earlyStopPatience));
    return false;
  }
  if (m_config.timeBudgetSeconds > 0.0 && elapsed() >= m_config.timeBudgetSeconds) {
    stop(StopReason::TimeBudget, "time budget");
    return false;
  }
  return true;
}

TrainingResult TrainingRun::run(ProgressSink& progress, const Trainer::ValidationObserver& observer,
                                const Trainer::CheckpointSink& checkpoint,
                                double checkpointSeconds) {
  m_start = Clock::now();
  m_loop = LoopState{};
  LoopState& l = m_loop;
  l.echoGuard = NoiseEchoGuard(m_config.noiseEchoMargin);
  m_model->impl().module().train();
  std::mt19937_64 maskRng(m_config.seed + 1);
  try {
    // A warm start validates its starting weights first (step 0), so they are the first best
    // checkpoint: where training on the image only makes the base worse on the held-out pixels
    // (heavy noise on one image: docs/BASE_MODEL.md, "Step 0"), the run returns the base's
    // weights rather than the least bad of the damaged ones.
    // Where the config shrinks the base and the run can afford the steps that pays back, step 1
    // then starts from the base's weights shrunk (docs/BASE_MODEL.md, "Shrinking the base");
    // elsewhere, with warmStartResetHead, from the base's features and a new head
    // (docs/BASE_MODEL.md, "A new head"). Step 0 stays the base as it is.
    const bool started = !m_warm || startingValidation(progress, observer, maskRng);
    if (started && m_warm)
      changeBase();
    while (started && l.step < m_config.maxSteps &&
           iteration(progress, maskRng, observer, checkpoint, checkpointSeconds)) {
    }
    // A warm start that converged early may have settled in the base's optimum rather than the
    // image's (HowardLab bacteria: 0.8 dB below a run from scratch); with secondStartFromScratch
    // (no preset) the time left trains from scratch, and the validation loss picks
    // (docs/BASE_MODEL.md, "Second start from scratch").
    if (started && secondStartDue()) {
      startAgain();
      while (l.step < m_config.maxSteps &&
             iteration(progress, maskRng, observer, checkpoint, checkpointSeconds)) {
      }
    }
  } catch (const OutOfMemoryError& e) {
    // Keep what was learnt: the best checkpoint so far is restored below and returned.
    stop(StopReason::OutOfMemory,
         fmt::format("out of memory on {} at step {}", e.device(), l.step));
  }
  finish(progress);
  return TrainingResult{std::move(*m_model),
                        l.step,
                        l.bestLoss,
                        l.bestMuError,
                        l.bestStep,
                        l.reason,
                        l.stopReason,
                        std::move(l.history.train),
                        std::move(l.history.validation),
                        std::move(l.history.muError),
                        std::move(l.history.steps),
                        std::move(l.history.noiseEcho),
                        std::move(l.history.echoRefused),
                        l.restartStep,
                        std::isfinite(l.echoGuard.leastEcho())
                            ? l.echoGuard.leastEcho()
                            : std::numeric_limits<double>::quiet_NaN()};
}

void TrainingRun::finish(ProgressSink& progress) {
  LoopState& l = m_loop;
  useAveraged();
  // A run that ended between evaluations gets one more unless the user is waiting on a cancel;
  // after running out of memory another pass would only fail again.
  if (!l.validatedLast && l.reason != StopReason::Cancelled &&
      l.reason != StopReason::OutOfMemory && l.step > 0) {
    try {
      evaluate();
    } catch (const OutOfMemoryError& e) {
      stop(StopReason::OutOfMemory,
           fmt::format("out of memory on {} at step {}", e.device(), l.step));
    }
  }
  auto& impl = m_model->impl();
  if (!l.bestState.empty()) {
    impl.restore(l.bestState);
    m_model->info().contextTile = l.bestContextTile;
  }
  impl.module().eval();
  // A second start's checkpoint has no base left; one kept at step 0 is the base as it is.
  if (m_model->info().base) {
    m_model->info().base->shrink = l.bestStep == 0 ? 1.0 : m_shrink;
    m_model->info().base->newHead = l.bestStep != 0 && m_newHead;
  }
  if (l.restartStep >= 0)
    l.stopReason +=
        fmt::format("; second start from scratch after step {}: {}", l.restartStep,
                    l.bestStep > l.restartStep
                        ? fmt::format("kept (step {})", l.bestStep)
                        : fmt::format("not kept, the warm start's step {} is better", l.bestStep));

  describe(l.step, l.stopReason);
  const auto& info = m_model->info();
  ProgressUpdate done;
  done.fraction = 1.0;
  done.stage = "training finished: " + l.stopReason;
  done.step = l.step;
  done.totalSteps = m_config.maxSteps;
  done.trainLoss = l.lastTrainLoss;
  done.validationLoss = info.bestValidationLoss;
  done.validationMuError = l.bestMuError;
  done.secondsElapsed = info.trainingSeconds;
  done.secondsLeft = 0.0;
  if (l.reason != StopReason::Cancelled)
    progress.report(done);
}

} // namespace

Trainer::Trainer(TrainingConfig config) : m_config(std::move(config)) {}

TrainingResult Trainer::train(const std::vector<ImageStack>& data, ProgressSink& progress) {
  TrainingRun run(m_config, data, m_base, m_baseRef);
  return run.run(progress, m_observer, m_checkpoint, m_checkpointSeconds);
}

double Trainer::validationLoss(Model& model, const std::vector<ImageStack>& data,
                               const TrainingConfig& config) {
  return validationScores(model, data, config).loss;
}

ValidationScores Trainer::validationScores(Model& model, const std::vector<ImageStack>& data,
                                           const TrainingConfig& config) {
  if (data.empty())
    throw Error(ErrorKind::Input, "training data: no images");
  const auto frames = prepareFrames(data, model.info().normalization);
  const auto split =
      ValidationSplit::make(frames.shapes, config.cropSize, config.validationFraction, config.seed);
  return validationScoresOf(model.impl(), config, frames, split);
}

} // namespace pgd
