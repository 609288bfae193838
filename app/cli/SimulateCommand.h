#pragma once
// SimulateCommand: `pgdenoise simulate`: adds Poisson-Gaussian noise y = a*Poisson(x/a) +
// N(0, b) to a clean image (or to the built-in phantom) at given a,b (normalised or raw units) or
// at the paper's lambda/sigma levels, and writes the noisy image (and optionally the clean one).
#include "cli/Command.h"

#include <cstdint>
#include <string>

namespace pgd {

class SimulateCommand : public Command {
public:
  explicit SimulateCommand(CLI::App& parent);
  void run(CliContext& context) override;

private:
  std::string m_input;
  std::string m_output;
  std::string m_cleanOutput;
  bool m_phantom = false;
  int m_width = 512;
  int m_height = 512;
  int m_frames = 1;
  double m_rawScale = 4000.0;
  double m_rawOffset = 100.0;
  double m_a = -1.0;
  double m_b = -1.0;
  double m_lambda = -1.0;
  double m_sigma = -1.0;
  bool m_rawUnits = false;
  bool m_clip = false;
  std::uint64_t m_seed = 1;
  std::string m_dtype = "float32";
  bool m_overwrite = false;
};

} // namespace pgd
