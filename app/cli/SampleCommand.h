#pragma once
// SampleCommand: `pgdenoise sample [DIR]`: writes the bundled synthetic sample (a noisy 16-bit
// phantom stack, its clean version and the true a,b as JSON) into a folder; used by ./run.sh.
#include "cli/Command.h"

#include <string>

namespace pgd {

class SampleCommand : public Command {
public:
  explicit SampleCommand(CLI::App& parent);
  void run(CliContext& context) override;

private:
  std::string m_folder = "pgdenoise-sample";
  int m_size = 512;
  int m_frames = 4;
};

} // namespace pgd
