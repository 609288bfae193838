#pragma once
// TrainCommand: `pgdenoise train`: trains a blind-spot (or N2V) model on noisy images only, with
// a preset (quick for CPUs, paper for GPUs, auto), an optional time budget and step limit, and
// saves it into the model store (--name) or a model folder (--output). Ctrl-C stops training
// and still saves the best-validation model (stop reason "cancelled"; exit code 6).
#include "cli/Command.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pgd {

struct TrainingConfig;

class TrainCommand : public Command {
public:
  explicit TrainCommand(CLI::App& parent);
  void run(CliContext& context) override;

private:
  TrainingConfig makeConfig() const;

  std::vector<std::string> m_inputs;
  std::string m_name;
  std::string m_output;
  bool m_overwrite = false;
  bool m_fromScratch = false; // true: no warm start from the built-in base model
  std::string m_preset = "auto";
  std::string m_configFile;
  double m_minutes = -1.0;
  long m_steps = -1;
  std::string m_device;
  std::string m_precision; // empty: the config's (default auto)
  std::string m_loss;
  double m_lambda = -1.0;
  int m_width = -1;
  std::string m_blindSpot; // empty: the preset's or config's (auto for the presets)
  int m_crop = -1;
  int m_batch = -1;
  double m_learningRate = -1.0;
  double m_validationFraction = -1.0;
  int m_stepsPerEpoch = -1;
  int m_earlyStop = -1;
  int m_channel = -1; // -1: all channels
  std::int64_t m_seed = -1;
  double m_checkpointSeconds = 60.0;
  double m_dataBudgetMiB = 0.0; // 0: half the available memory
};

} // namespace pgd
