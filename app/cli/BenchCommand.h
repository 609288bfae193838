#pragma once
// BenchCommand: `pgdenoise bench`: a quick timing on a synthetic phantom image of the pieces of
// the pipeline (noise synthesis, per-image a,b fit binned and exact, posterior, one network
// forward pass of a fresh network of the chosen width) on this machine; prints figures (median
// of repeats) and never judges them. The Google Benchmark binaries in bench/ go deeper.
#include "cli/Command.h"

#include <string>

namespace pgd {

class BenchCommand : public Command {
public:
  explicit BenchCommand(CLI::App& parent);
  void run(CliContext& context) override;

private:
  int m_size = 256;
  int m_width = 48;
  int m_repeats = 3;
  std::string m_device = "auto";
  std::string m_precision = "auto";
  std::string m_format = "table";
};

} // namespace pgd
