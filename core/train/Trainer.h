#pragma once
// Trainer: trains a Model on noisy images only (docs/ARCHITECTURE.md#training-schedule, held-out
// validation and automatic stop). Runs on the calling thread (the GUI's worker thread or the
// CLI's main thread); reports through ProgressSink and stops within one step when it returns
// false, keeping the best-validation weights (the returned model is then still usable, with
// info().stopReason == "cancelled").
#include "image/ImageStack.h"
#include "job/ProgressSink.h"
#include "nn/Model.h"
#include "train/TrainingConfig.h"

#include <functional>
#include <limits>
#include <vector>

namespace pgd {

// Which context a held-out score prefers (ValidationScores::contextTile): crop-sized tiles only
// when they beat the wide context by more than this (in the checkpoint criterion's units: the
// loss, or the log of the mu error), so a model is not sent through the slower tiled pass for a
// difference within rounding.
constexpr double kContextPreference = 1e-3;

struct ValidationScores {
  double loss = 0.0;    // the training loss on the held-out pixels
  double muError = 0.0; // MSE of mu against the noisy values there (NaN for N2V)
  // How much of a noise-like probe mu copies (train/NoiseEcho.h); NaN unless the network hides
  // more than the pixel.
  double noiseEcho = std::numeric_limits<double>::quiet_NaN();
  // Blind-spot networks are scored twice on the same held-out pixels: with the denoiser's wide
  // context around each block, and in tiles of the training crop's size (contextTileFor, nn/
  // Model.h). loss and muError above are those of the context the model is better in by the
  // checkpoint criterion, contextTile says which (0: wide; else the tile edge), and these two
  // keep both losses (NaN for N2V, which is scored on the blocks alone).
  int contextTile = 0;
  double wideLoss = std::numeric_limits<double>::quiet_NaN();
  double tiledLoss = std::numeric_limits<double>::quiet_NaN();
};

// Why a training run ended; TrainingResult::stopReason says it in words for people.
enum class StopReason { StepLimit, TimeBudget, Converged, Cancelled, Diverged, OutOfMemory };

struct TrainingResult {
  Model model;
  long steps = 0;
  double bestValidationLoss = 0.0; // validation loss of the returned (best) checkpoint
  // Held-out mu error of that checkpoint (NaN for N2V, or when no validation ran).
  double bestValidationMuError = std::numeric_limits<double>::quiet_NaN();
  long bestStep = 0;
  StopReason reason = StopReason::StepLimit;
  std::string stopReason; // "converged (no validation improvement for N evaluations)",
                          // "step limit", "time budget", "cancelled", "diverged (...)",
                          // "out of memory on <device> at step N"
  std::vector<double> trainLossHistory;         // one value per validation interval
  std::vector<double> validationLossHistory;    // same length
  std::vector<double> validationMuErrorHistory; // same length (NaN for N2V)
  std::vector<long> historySteps;
  // The noise echo at each validation (same length; NaN for one-pixel blind spots), and the
  // steps whose validation would have been a new best but were refused by the noise echo guard
  // (train/NoiseEcho.h): the prediction had started to copy the noise.
  std::vector<double> noiseEchoHistory;
  std::vector<long> echoRefusedSteps;
  // The step after which a warm start started again from random weights
  // (TrainingConfig::secondStartFromScratch); -1 when it did not.
  long restartStep = -1;
  // The echo the noise echo guard compared with at the end (NoiseEchoGuard::leastEcho); NaN
  // when it had none (one-pixel blind spots).
  double echoReference = std::numeric_limits<double>::quiet_NaN();
};

class Trainer {
public:
  explicit Trainer(TrainingConfig config);
  // Trains on the given stacks (raw units; normalisation is computed from them and stored).
  // Throws Error(Input) for unusable data (too small, constant), Error(Cancelled) never: a cancel
  // returns the best model so far with stopReason "cancelled", and a device that runs out of
  // memory during a step, a validation or an observer's prediction likewise returns the best
  // model so far (reason OutOfMemory). On CUDA the loop reads the loss (a device sync) only every
  // few steps and before each validation, copies batches from pinned memory, and lets cuDNN
  // pick its fastest kernels for the fixed crop shape.
  TrainingResult train(const std::vector<ImageStack>& data, ProgressSink& progress);

  // Optional warm start: the run starts from `base`'s weights instead of a random initialisation
  // and records `ref` as model.json's `base`. The run keeps its own normalisation, computed from
  // its data as always (the base's, e.g. a per-image one, is not adopted); everything else
  // (validation, automatic stop, checkpoints) runs as from scratch. train() throws Error(Usage)
  // when the base's network differs from config.network or the loss is N2V. `base` must outlive
  // train(); nullptr trains from scratch.
  void setBase(const Model* base, BaseModelRef ref) {
    m_base = base;
    m_baseRef = std::move(ref);
  }

  // Optional: called on the training thread after every validation with the step and the
  // current (not necessarily best) model, e.g. for live previews or quality-vs-time benchmarks.
  using ValidationObserver = std::function<void(long step, const Model& current)>;
  void setValidationObserver(ValidationObserver observer) { m_observer = std::move(observer); }

  // Optional: called on the training thread right after a validation that set a new best, at
  // most once per `minSeconds` of training, with the model holding exactly those best weights and
  // info() describing them (steps = that step, stopReason "checkpoint: ..."). The callee saves
  // it (crash-safe checkpoints, docs/TRAINING.md) and may set info().name; an exception it
  // throws is passed on and ends training.
  using CheckpointSink = std::function<void(Model& best)>;
  void setCheckpointSink(CheckpointSink sink, double minSeconds) {
    m_checkpoint = std::move(sink);
    m_checkpointSeconds = minSeconds;
  }

  // The validation loss of `model` on the held-out pixels this config's split picks from `data`
  // (the same pixels train() validates on, for the same data, config and seed).
  static double validationLoss(Model& model, const std::vector<ImageStack>& data,
                               const TrainingConfig& config);
  static ValidationScores validationScores(Model& model, const std::vector<ImageStack>& data,
                                           const TrainingConfig& config);

private:
  TrainingConfig m_config;
  const Model* m_base = nullptr;
  BaseModelRef m_baseRef;
  ValidationObserver m_observer;
  CheckpointSink m_checkpoint;
  double m_checkpointSeconds = 60.0;
};

} // namespace pgd
