#pragma once
// TrainingConfig: every training setting, with presets and a JSON round trip (stored in
// model.json). Presets: "paper" (the paper's schedule, meant for a GPU), "quick" (CPU,
// minutes; chosen by measurement, see docs/), "auto" (paper on CUDA, quick on CPU).
#include "nn/ModelInfo.h"
#include "nn/Precision.h"
#include "train/NoiseEchoMargin.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace pgd {

struct TrainingConfig {
  std::string preset = "quick";
  NetworkSpec network{};
  LossKind loss = LossKind::Uncalibrated;
  double regularizerLambda = 1.0;
  int cropSize = 128;
  int batchSize = 4;
  double learningRate = 3e-4;
  long maxSteps = 15000;
  int stepsPerEpoch = 50;   // validation interval
  int plateauPatience = 10; // epochs without 1e-4 improvement before halving lr
  double plateauThreshold = 1e-4;
  int earlyStopPatience = 30; // epochs without improvement before stopping (0: never)
  double validationFraction = 0.05;
  // Exponential moving average of the weights (Polyak averaging; 0: off). Validation, the best
  // checkpoint and the returned model use the averaged weights, the optimiser keeps its own.
  // Averaging removes most of the step-to-step jitter of a small-batch run, which otherwise
  // makes the validation-selected checkpoint up to 2.5 dB worse than its neighbours
  // (docs/TRAINING.md, "Weight averaging").
  double weightAverageDecay = 0.0;
  // What picks the best checkpoint, the plateau halving and the automatic stop: "loss" (the
  // validation loss itself; every preset) or "mu-error" (blind-spot losses only: the held-out
  // MSE of mu against the noisy values, compared in log; Noise2Self's criterion). Both are
  // recorded at every validation; docs/TRAINING.md ("Choosing the checkpoint") says why the
  // presets keep the loss.
  std::string checkpointCriterion = "loss";
  // How far above the run's least noise echo a validation's echo may be and still count as an
  // improvement (blind spots above one pixel; train/NoiseEcho.h, docs/NOISE_FIT.md "The noise
  // echo"). Every preset keeps kNoiseEchoMargin; tests lower it to see refusals.
  double noiseEchoMargin = kNoiseEchoMargin;
  // A warm start multiplies every weight and bias of the base by this factor after validating
  // the base itself (step 0), before the first step; in (0, 1], 1 is off. Runs from scratch
  // ignore it. 0.7 lifts runs that reach convergence (-0.09 to +0.49 dB over eight images,
  // +0.13 on average) but costs up to 0.9 dB where a run stops after 1,500-3,000 steps, so the
  // quick preset shrinks only runs that can afford warmStartShrinkMinSteps (docs/BASE_MODEL.md,
  // "Shrinking the base"); the paper preset keeps 1.
  double warmStartShrink = 1.0;
  // The fewest steps a warm start must be able to afford for the shrink to apply: after
  // validating the base the run times a few training steps and shrinks only when the smaller of
  // maxSteps and (time budget left) / (measured seconds per step) reaches this. 0: every warm
  // start shrinks. The steps, not the budget, decide: the same 10 minutes buy 6,000 steps on a
  // free machine and 1,500 on a busy one (docs/BASE_MODEL.md, "The step rule").
  long warmStartShrinkMinSteps = 0;
  // A warm start that trains on from the base unshrunk (warmStartShrinkFor gives 1) draws the
  // network's 1x1 head afresh after step 0 and keeps the base's features: from the base as it
  // is, some images settle at once in the base's optimum (W2S 081 ch 2 stopped improving at step
  // 400). Off in every preset: in 2-minute runs it gained 0.15 dB on the two images where the
  // base as it is stalls and lost up to 0.09 dB on others (docs/BASE_MODEL.md, "A new head").
  // Blind-spot networks only; runs from scratch ignore it.
  bool warmStartResetHead = false;
  // A warm start whose automatic stop ends it (converged) with steps and time left starts once
  // more from random weights, with a fresh optimiser and its own patience, and the run returns
  // the checkpoint with the lowest validation loss of either start (docs/BASE_MODEL.md, "Second
  // start from scratch"). Off in every preset: the held-out loss picked a second start 0.19 dB
  // worse on W2S. Runs from scratch ignore it.
  bool secondStartFromScratch = false;
  double timeBudgetSeconds = 0.0; // 0: no budget
  std::uint64_t seed = 1;
  std::string device = "auto"; // "auto", "cpu", "cuda"
  // "auto", "float32" or "bfloat16" (nn/Precision.h). "auto" follows inference's rule: bfloat16 on
  // CPUs that do it natively, float32 elsewhere. There a training step is about 1.5x cheaper and
  // the automatic stop's result matched float32's on six real images (docs/TRAINING.md,
  // "Training precision: the six-image check").
  std::string precision = "auto";

  // The factor a warm start that can afford `affordableSteps` steps shrinks the base by:
  // warmStartShrink when that reaches warmStartShrinkMinSteps, else 1.
  double warmStartShrinkFor(double affordableSteps) const;
  // What a warm start does to the base after step 0, in words for a run's start line and logs:
  // "its weights times F after step 0 [if the run affords N steps[, else a new 1x1 head]]", or
  // "a new 1x1 head after step 0"; empty when it trains on from the base as it is. What a run
  // chose is its step-0 note (train/TrainingRun.cpp).
  std::string warmStartRule() const;

  // What the run computes in on `resolvedDevice` ("cpu" or "cuda"), by the rule above. Throws
  // Error(Usage) for unknown names.
  Precision resolvedPrecision(const std::string& resolvedDevice) const;

  // The preset `name` for a run on `device` ("auto", "cpu" or "cuda"; stored in the result).
  // "auto" is the paper schedule only when the run will use CUDA (the device resolved with
  // TorchRuntime's rule), the CPU preset otherwise, so `--device cpu` on a machine with a GPU
  // never gets the GPU schedule. Throws Error(Usage) on unknown names, and for "cuda" without
  // CUDA. (Named fromPreset: `preset` is the data member.)
  static TrainingConfig fromPreset(const std::string& name, const std::string& device = "auto");
  // The same with CUDA's availability given (tests inject it; the one above asks LibTorch).
  static TrainingConfig fromPreset(const std::string& name, const std::string& device,
                                   bool cudaAvailable);
  std::string toJson() const;
  static TrainingConfig fromJson(const std::string& json); // throws Error(Model) on bad JSON
  // Reads a settings file (the command line's --config, the workbench's "Load training
  // settings"): an unreadable file or bad JSON throws Error(Input) naming the file.
  static TrainingConfig fromFile(const std::filesystem::path& file);
  // Throws Error(Usage) for settings no run can use (non-positive batch, steps or crop, a loss
  // that does not fit the network, more than one input channel, an unknown device name). The
  // trainer checks before it starts; the workbench checks when settings are loaded.
  void check() const;
};

} // namespace pgd
