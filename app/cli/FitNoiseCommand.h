#pragma once
// FitNoiseCommand: `pgdenoise fit-noise`: estimates the Poisson-Gaussian a,b of each image frame
// from a trained model's pseudo-clean estimate (the paper's test-time fit), from a clean reference
// image (ground-truth fit), or with Foi et al.'s single-image estimator; prints a table, CSV or
// JSON with a,b in normalised and raw units. With --shard K/N it fits only its share of the
// inputs (cli/ShardFlag.h).
#include "cli/Command.h"
#include "cli/FitFlags.h"
#include "cli/ShardFlag.h"

#include <string>
#include <vector>

namespace pgd {

class FitNoiseCommand : public Command {
public:
  explicit FitNoiseCommand(CLI::App& parent);
  void run(CliContext& context) override;

private:
  std::vector<std::string> m_inputs;
  std::string m_model;
  std::string m_clean;
  bool m_foi = false;
  std::string m_format = "table";
  std::string m_device = "auto";
  FitFlags m_fit;
  ShardFlag m_shard;
};

} // namespace pgd
