#pragma once
// TrainingRun: one optimisation run of Trainer::train (docs/ARCHITECTURE.md#training-schedule):
// owns the model, the optimiser, the weight average, the frames and the validation split, and
// runs the loop with its validations, automatic stop, warm-start rules and checkpoints. Lives and
// runs on the calling thread only.
#include "image/ImageStack.h"
#include "image/Normalization.h"
#include "job/ProgressSink.h"
#include "nn/Model.h"
#include "train/NoiseEcho.h"
#include "train/Trainer.h"
#include "train/TrainingConfig.h"
#include "train/TrainingFrames.h"
#include "train/ValidationSplit.h"
#include "train/WeightAverage.h"

#include <torch/torch.h>

#include <chrono>
#include <limits>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace pgd::training {

// One optimisation run: owns the model, optimiser, data and split.
class TrainingRun {
public:
  TrainingRun(const TrainingConfig& config, const std::vector<ImageStack>& data, const Model* base,
              const BaseModelRef& baseRef);

  TrainingResult run(ProgressSink& progress, const Trainer::ValidationObserver& observer,
                     const Trainer::CheckpointSink& checkpoint, double checkpointSeconds);

private:
  // Throws Error(Usage) when `base` is not the network this run trains.
  static void checkBase(const Model& base, const TrainingConfig& config);
  // model.json's dataSummary: each stack's source, frames, size and pixel type.
  static std::string summary(const std::vector<ImageStack>& data);

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
  std::chrono::steady_clock::time_point m_start;
  LoopState m_loop;
};

} // namespace pgd::training
