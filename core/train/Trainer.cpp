#include "train/Trainer.h"

#include "job/Error.h"
#include "nn/Losses.h"
#include "nn/ModelImpl.h"
#include "nn/TorchErrors.h"
#include "nn/TorchRuntime.h"
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
      for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = static_cast<float>(norm.toNormalised(src[i]));
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

void checkConfig(const TrainingConfig& c) {
  if (c.batchSize < 1 || c.maxSteps < 1 || c.stepsPerEpoch < 1 || !(c.learningRate > 0.0) ||
      c.cropSize < 1 || c.timeBudgetSeconds < 0.0 || !(c.weightAverageDecay >= 0.0) ||
      !(c.weightAverageDecay < 1.0))
    throw Error(ErrorKind::Usage, "training config: batch, steps, epoch length, crop and learning "
                                  "rate must be positive, weight averaging in [0, 1)");
  if (c.checkpointCriterion != "loss" && c.checkpointCriterion != "mu-error")
    throw Error(ErrorKind::Usage, "training config: checkpoint criterion " + c.checkpointCriterion +
                                      ": unknown (expected loss or mu-error)");
  if (c.network.inChannels != 1)
    throw Error(ErrorKind::Usage, "training config: network inChannels " +
                                      std::to_string(c.network.inChannels) +
                                      ": pgdenoise trains on one channel (expected 1)");
  if ((c.loss == LossKind::N2V) != (c.network.kind == NetworkKind::UNet))
    throw Error(ErrorKind::Usage,
                "training config: the n2v loss needs the unet network and the other losses the "
                "blind-spot network");
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

// Blind-spot losses: each block is predicted inside a window with kValidationContext pixels of
// context on every side (clipped to the frame), and scored on the block's own pixels only.
ValidationScores blindSpotScores(ModelImpl& impl, LossKind kind, double lambda,
                                 const Frames& frames, const ValidationSplit& split) {
  torch::NoGradGuard noGrad;
  const auto& regions = split.validationRegions();
  std::int64_t windowPixels = 0;
  for (const Region& r : regions) {
    const Region w = contextWindow(r, frames.shapes[std::size_t(r.frame)]);
    windowPixels += std::int64_t(w.height) * w.width;
  }
  const std::size_t stride = std::size_t(std::max<std::int64_t>(
      1, (windowPixels + kValidationWindowPixels - 1) / kValidationWindowPixels));
  double sum = 0.0;
  double squaredError = 0.0;
  double weight = 0.0;
  for (std::size_t i = 0; i < regions.size(); i += stride) {
    const Region& r = regions[i];
    const Region window = contextWindow(r, frames.shapes[std::size_t(r.frame)]);
    const auto x =
        extract(frames, window).view({1, 1, window.height, window.width}).to(impl.device());
    const auto block = [&](const torch::Tensor& t) {
      return t.narrow(2, r.y - window.y, r.height).narrow(3, r.x - window.x, r.width);
    };
    const auto out = impl.forwardAnySize(x);
    const auto y = block(x);
    const auto mu = block(out.narrow(1, 0, 1));
    const auto s = block(out.narrow(1, 1, 1));
    const auto loss = kind == LossKind::Regularized
                          ? regularizedLossMap(y, mu, s, impl.blindSpot()->noiseAPrime(),
                                               impl.blindSpot()->noiseB(), lambda)
                          : uncalibratedLossMap(y, mu, s);
    const double pixels = static_cast<double>(y.numel());
    sum += loss.mean().item<double>() * pixels;
    squaredError += (mu - y).square().mean().item<double>() * pixels;
    weight += pixels;
  }
  return {sum / weight, squaredError / weight};
}

ValidationScores validationScoresOf(ModelImpl& impl, LossKind kind, double lambda,
                                    const Frames& frames, const ValidationSplit& split) {
  if (kind != LossKind::N2V)
    return blindSpotScores(impl, kind, lambda, frames, split);
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
  TrainingRun(const TrainingConfig& config, const std::vector<ImageStack>& data)
      : m_config(config), m_rng(config.seed) {
    checkConfig(config);
    if (data.empty())
      throw Error(ErrorKind::Input, "training data: no images");
    m_norm = combinedNormalization(data);
    m_frames = prepareFrames(data, m_norm);
    m_split = ValidationSplit::make(m_frames.shapes, config.cropSize, config.validationFraction,
                                    config.seed);
    ModelInfo info;
    info.architecture = config.network;
    info.loss = config.loss;
    info.regularizerLambda = config.loss == LossKind::Regularized ? config.regularizerLambda : 0.0;
    info.normalization = m_norm;
    info.preset = config.preset;
    info.trainingConfigJson = config.toJson();
    info.dataSummary = summary(data);
    m_model = std::make_unique<Model>(info, config.seed);
    const auto device = TorchRuntime::resolveDevice(config.device);
    m_model->impl().moveTo(device == "cuda" ? torch::Device(torch::kCUDA)
                                            : torch::Device(torch::kCPU));
    if (device == "cuda")
      at::globalContext().setBenchmarkCuDNN(true); // one crop shape all run long
    m_optimizer = std::make_unique<torch::optim::Adam>(
        m_model->impl().module().parameters(), torch::optim::AdamOptions(config.learningRate));
    if (config.weightAverageDecay > 0.0)
      m_average =
          std::make_unique<WeightAverage>(m_model->impl().module(), config.weightAverageDecay);
  }

  TrainingResult run(ProgressSink& progress, const Trainer::ValidationObserver& observer,
                     const Trainer::CheckpointSink& checkpoint, double checkpointSeconds);

private:
  static std::string summary(const std::vector<ImageStack>& data) {
    std::string s;
    for (std::size_t i = 0; i < data.size(); ++i)
      s += fmt::format("{}{}: {} frames {}x{} {}", i ? "; " : "", sourceName(data[i], i),
                       data[i].frames(), data[i].width(), data[i].height(),
                       toString(data[i].metadata().sourceType));
    return s;
  }

  torch::Tensor trainingBatch();
  torch::Tensor lossOf(const torch::Tensor& batch, std::mt19937_64& maskRng);
  ValidationScores validate();
  void setLearningRate(double lr);
  double learningRate() const;

  TrainingConfig m_config;
  std::mt19937_64 m_rng;
  Normalization m_norm;
  Frames m_frames;
  ValidationSplit m_split;
  std::unique_ptr<Model> m_model;
  std::unique_ptr<torch::optim::Adam> m_optimizer;
  std::unique_ptr<WeightAverage> m_average; // null when averaging is off
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
  return validationScoresOf(m_model->impl(), m_config.loss, m_config.regularizerLambda, m_frames,
                            m_split);
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

TrainingResult TrainingRun::run(ProgressSink& progress, const Trainer::ValidationObserver& observer,
                                const Trainer::CheckpointSink& checkpoint,
                                double checkpointSeconds) {
  const auto start = Clock::now();
  const auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
  auto& impl = m_model->impl();
  impl.module().train();
  std::mt19937_64 maskRng(m_config.seed + 1);

  // `best` is the checkpoint criterion (the validation loss, or the log of the held-out mu
  // error); bestLoss the validation loss of that checkpoint, which model.json reports.
  const bool byMuError = selectsByMuError(m_config);
  double best = std::numeric_limits<double>::infinity();
  double bestLoss = std::numeric_limits<double>::quiet_NaN();
  double bestMuError = std::numeric_limits<double>::quiet_NaN();
  double plateauBest = best;
  long bestStep = 0;
  int plateauEpochs = 0;
  int stallEpochs = 0;
  std::vector<torch::Tensor> bestState;
  std::vector<double> trainHistory;
  std::vector<double> validationHistory;
  std::vector<double> muErrorHistory;
  std::vector<long> historySteps;
  double epochLossSum = 0.0;
  int epochLossCount = 0;
  double lastTrainLoss = std::numeric_limits<double>::quiet_NaN();
  std::string stopReason = "step limit";
  StopReason reason = StopReason::StepLimit;
  const std::string deviceName = m_model->device();
  const int lossReadInterval = impl.device().is_cuda() ? kCudaLossReadInterval : 1;
  torch::Tensor pendingLoss; // sum of the losses not read yet (device tensor)
  int pendingCount = 0;
  long step = 0;
  bool validatedLast = false;
  double lastCheckpoint = 0.0;

  // What model.json says about the weights currently in m_model.
  const auto describe = [&](long steps, const std::string& reason) {
    auto& info = m_model->info();
    info.steps = steps;
    info.finalTrainLoss = lastTrainLoss;
    info.bestValidationLoss = std::isfinite(bestLoss) ? bestLoss : 0.0;
    info.stopReason = reason;
    info.created = nowIso8601();
    info.device = m_model->device();
    info.trainingSeconds = elapsed();
    if (m_config.loss == LossKind::Regularized) {
      torch::NoGradGuard noGrad;
      auto& net = impl.blindSpot();
      info.learnedNoise.a = regularizedNoiseA(net->noiseAPrime()).item<double>();
      info.learnedNoise.b = net->noiseB().item<double>();
    }
  };

  const auto evaluate = [&]() {
    const ValidationScores scores = validate();
    const double v = byMuError ? std::log(scores.muError) : scores.loss;
    const double trainLoss = epochLossCount ? epochLossSum / epochLossCount : lastTrainLoss;
    trainHistory.push_back(trainLoss);
    validationHistory.push_back(scores.loss);
    muErrorHistory.push_back(scores.muError);
    historySteps.push_back(step);
    epochLossSum = 0.0;
    epochLossCount = 0;
    if (std::isfinite(v) && v < best) {
      stallEpochs = v < best - m_config.plateauThreshold ? 0 : stallEpochs + 1;
      best = v;
      bestLoss = scores.loss;
      bestMuError = scores.muError;
      bestStep = step;
      bestState = impl.snapshot();
    } else {
      ++stallEpochs;
    }
    if (v < plateauBest - m_config.plateauThreshold) {
      plateauBest = v;
      plateauEpochs = 0;
    } else if (++plateauEpochs >= m_config.plateauPatience) {
      setLearningRate(learningRate() / 2.0);
      plateauEpochs = 0;
    }
    return scores;
  };

  // Validation, observers, checkpoints and the result see the averaged weights (when averaging
  // is on); the optimiser steps on its own.
  const auto useAveraged = [&] {
    if (m_average)
      m_average->swapIn();
  };
  while (step < m_config.maxSteps) {
    try {
      if (m_average)
        m_average->swapOut();
      const auto batch = trainingBatch();
      m_optimizer->zero_grad();
      auto loss = translateTorchErrors(deviceName, fmt::format("training step {}", step + 1),
                                       [&] { return lossOf(batch, maskRng); });
      pendingLoss = pendingCount ? pendingLoss + loss.detach() : loss.detach();
      ++pendingCount;
      if (pendingCount >= lossReadInterval || (step + 1) % m_config.stepsPerEpoch == 0 ||
          step + 1 >= m_config.maxSteps) {
        const double mean = pendingLoss.item<double>() / pendingCount;
        if (!std::isfinite(mean)) {
          stopReason = "diverged (loss is not finite)";
          reason = StopReason::Diverged;
          break;
        }
        lastTrainLoss = mean;
        epochLossSum += mean * pendingCount;
        epochLossCount += pendingCount;
        pendingCount = 0;
      }
      translateTorchErrors(deviceName, fmt::format("training step {}", step + 1), [&] {
        loss.backward();
        m_optimizer->step();
      });
      ++step;
      if (m_average)
        m_average->update(step);
      validatedLast = false;

      ProgressUpdate update;
      update.step = step;
      update.totalSteps = m_config.maxSteps;
      update.trainLoss = lastTrainLoss;
      update.learningRate = learningRate();
      if (step % m_config.stepsPerEpoch == 0) {
        useAveraged();
        const ValidationScores scores = translateTorchErrors(
            deviceName, fmt::format("validating at step {}", step), [&] { return evaluate(); });
        update.validationLoss = scores.loss;
        update.validationMuError = scores.muError;
        update.isValidation = true;
        validatedLast = true;
      }
      const double t = elapsed();
      const double perStep = t / static_cast<double>(step);
      double left = perStep * static_cast<double>(m_config.maxSteps - step);
      double fraction = static_cast<double>(step) / static_cast<double>(m_config.maxSteps);
      if (m_config.timeBudgetSeconds > 0.0) {
        left = std::min(left, std::max(0.0, m_config.timeBudgetSeconds - t));
        fraction = std::max(fraction, t / m_config.timeBudgetSeconds);
      }
      update.fraction = std::min(1.0, fraction);
      update.stage = "training";
      update.secondsElapsed = t;
      update.secondsLeft = left;
      if (!progress.report(update)) {
        stopReason = "cancelled";
        reason = StopReason::Cancelled;
        break;
      }
      if (validatedLast && observer)
        observer(step, *m_model);
      if (validatedLast && checkpoint && bestStep == step &&
          elapsed() - lastCheckpoint >= checkpointSeconds) {
        describe(step, fmt::format("checkpoint: best so far at step {} (training still running "
                                   "or interrupted)",
                                   step));
        checkpoint(*m_model);
        lastCheckpoint = elapsed();
      }
      if (validatedLast && m_config.earlyStopPatience > 0 &&
          stallEpochs >= m_config.earlyStopPatience) {
        stopReason = fmt::format("converged (no validation improvement for {} evaluations)",
                                 m_config.earlyStopPatience);
        reason = StopReason::Converged;
        break;
      }
      if (m_config.timeBudgetSeconds > 0.0 && t >= m_config.timeBudgetSeconds) {
        stopReason = "time budget";
        reason = StopReason::TimeBudget;
        break;
      }
    } catch (const OutOfMemoryError& e) {
      // Keep what was learnt: the best checkpoint so far is restored below and returned.
      stopReason = fmt::format("out of memory on {} at step {}", e.device(), step);
      reason = StopReason::OutOfMemory;
      break;
    }
  }
  // A run that ended between evaluations gets one more unless the user is waiting on a cancel.
  useAveraged();
  // After running out of memory another pass would only fail again.
  if (!validatedLast && reason != StopReason::Cancelled && reason != StopReason::OutOfMemory &&
      step > 0) {
    try {
      translateTorchErrors(deviceName, "validating the last steps", [&] { return evaluate(); });
    } catch (const OutOfMemoryError& e) {
      stopReason = fmt::format("out of memory on {} at step {}", e.device(), step);
      reason = StopReason::OutOfMemory;
    }
  }
  if (!bestState.empty())
    impl.restore(bestState);
  impl.module().eval();

  describe(step, stopReason);
  const auto& info = m_model->info();
  ProgressUpdate done;
  done.fraction = 1.0;
  done.stage = "training finished: " + stopReason;
  done.step = step;
  done.totalSteps = m_config.maxSteps;
  done.trainLoss = lastTrainLoss;
  done.validationLoss = info.bestValidationLoss;
  done.validationMuError = bestMuError;
  done.secondsElapsed = info.trainingSeconds;
  done.secondsLeft = 0.0;
  if (reason != StopReason::Cancelled)
    progress.report(done);

  return TrainingResult{std::move(*m_model),
                        step,
                        bestLoss,
                        bestMuError,
                        bestStep,
                        reason,
                        stopReason,
                        std::move(trainHistory),
                        std::move(validationHistory),
                        std::move(muErrorHistory),
                        std::move(historySteps)};
}

} // namespace

Trainer::Trainer(TrainingConfig config) : m_config(std::move(config)) {}

TrainingResult Trainer::train(const std::vector<ImageStack>& data, ProgressSink& progress) {
  TrainingRun run(m_config, data);
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
  return validationScoresOf(model.impl(), config.loss, config.regularizerLambda, frames, split);
}

} // namespace pgd
