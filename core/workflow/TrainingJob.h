#pragma once
// TrainingJob: one training run as the command line and the workbench both do it (they only
// adapt it: arguments in and text out, or Qt signals). It owns everything around the Trainer:
// the model's name (store/ModelName.h), the checks of where it will be saved (an existing model,
// a writable store or folder), crash-safe checkpoints of the best model so far under the final
// name, the version stamp, and the final save. docs/ARCHITECTURE.md ("Training run") describes
// the flow. Runs on the calling thread (the CLI's main thread or the GUI's worker thread).
#include "image/ImageStack.h"
#include "job/ProgressSink.h"
#include "train/BlindSpotChoice.h"
#include "train/Trainer.h"
#include "train/TrainingConfig.h"

#include <filesystem>
#include <string>
#include <vector>

namespace pgd {

// Where a training job saves its model: a name in a model store, or a model folder.
struct ModelTarget {
  std::filesystem::path storeRoot; // the store (empty: ModelStore::defaultRoot())
  std::string name;                // the model's name; in the store it is the folder name
  std::filesystem::path folder;    // non-empty: save as this folder instead of in the store
  bool overwrite = false;          // replace an existing model of that name or folder
};

struct TrainingJobResult {
  TrainingResult training;     // the model (best weights), its history and why it stopped
  std::filesystem::path saved; // the model folder written
  // TrainingJob::startLine(): where the weights started, for the front ends to show.
  std::string start;
};

class TrainingJob {
public:
  // `checkpointSeconds`: save the best model so far at most this often while training (0: at
  // every new best), so a killed run leaves the last good one loadable under the final name.
  TrainingJob(TrainingConfig config, ModelTarget target, double checkpointSeconds = 60.0);

  // Checks the target before any work: the name rule, an existing model or non-empty folder
  // (unless overwrite), a folder that is not a model, a store or parent folder that cannot be
  // written. Creates the store folder when missing. Throws Error(Usage) or Error(Output).
  void checkTarget() const;

  // Trains on `data` (checkTarget() first), saves the result and returns it. A cancel or a
  // device that ran out of memory still saves the best model so far (see
  // TrainingResult::reason); errors in the data throw Error(Input) and leave nothing behind.
  TrainingJobResult run(const std::vector<ImageStack>& data, ProgressSink& progress);

  // Warm start (the default): start from the built-in base model (store/BuiltInModel.h) when
  // its network is the one this run trains (the quick preset's) and the loss is not N2V; other
  // runs train from scratch and TrainingJobResult::start says why. false: always from scratch.
  // A missing built-in model is an Error(Model) for a run that would use it.
  void setStartFromBase(bool startFromBase) { m_startFromBase = startFromBase; }
  bool startsFromBase() const { return m_startFromBase; }
  // Chooses the network's blind spot from the training images where the config leaves it to the
  // data (train/BlindSpotChoice.h); run() does it too. Call it before usesBase() and startLine()
  // so that they say what run() will do: a 5x5 blind spot trains from scratch, since the base
  // model hides one pixel. Returns the choice (frames 0 when the config already said).
  const BlindSpotChoice& chooseBlindSpot(const std::vector<ImageStack>& data);
  // Whether run() will start from the built-in base (the rule above), and that in one line.
  bool usesBase() const;
  std::string startLine() const;

  const TrainingConfig& config() const { return m_config; }
  const ModelTarget& target() const { return m_target; }
  // Called after every validation with the current model (live previews, benchmarks).
  void setValidationObserver(Trainer::ValidationObserver observer) {
    m_observer = std::move(observer);
  }

  // The name a model gets from its first training file when none is given ("model" if nothing
  // usable is left of the file's stem).
  static std::string defaultName(const std::filesystem::path& firstFile);

private:
  std::filesystem::path save(Model& model, bool replaceCheckpoint) const;

  TrainingConfig m_config;
  ModelTarget m_target;
  double m_checkpointSeconds;
  bool m_startFromBase = true;
  BlindSpotChoice m_blindSpotChoice;
  Trainer::ValidationObserver m_observer;
};

} // namespace pgd
