#include "train/TrainingRun.h"

#include "train/BlindSpotChoice.h"

#include "image/ImageProfile.h"
#include "job/Error.h"
#include "job/UtcTime.h"
#include "nn/Losses.h"
#include "nn/ModelImpl.h"
#include "nn/TorchErrors.h"
#include "nn/TorchRuntime.h"
#include "train/TrainingLoss.h"
#include "train/ValidationScoring.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace pgd::training {

namespace {

using Clock = std::chrono::steady_clock;
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

} // namespace

TrainingRun::TrainingRun(const TrainingConfig& config, const std::vector<ImageStack>& data,
                         const Model* base, const BaseModelRef& baseRef)
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

void TrainingRun::checkBase(const Model& base, const TrainingConfig& config) {
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

std::string TrainingRun::summary(const std::vector<ImageStack>& data) {
  std::string s;
  for (std::size_t i = 0; i < data.size(); ++i)
    s += fmt::format("{}{}: {} frame{} {}x{} {}", i ? "; " : "", sourceName(data[i], i),
                     data[i].frames(), data[i].frames() == 1 ? "" : "s", data[i].width(),
                     data[i].height(), toString(data[i].metadata().sourceType));
  return s;
}

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
  info.created = utcTimeNow("%Y-%m-%dT%H:%M:%SZ");
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
  if (const std::string note = leftOutNote(m_frames); !note.empty()) {
    ProgressUpdate leftOut;
    leftOut.stage = "training";
    leftOut.note = note;
    progress.report(leftOut); // a cancel here is seen at the first step's report
  }
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

} // namespace pgd::training
