#pragma once
// EvalCommand: `pgdenoise eval`: PSNR and SSIM of images against a clean reference, with the
// data-range convention named next to every figure (255 for 8-bit data, max-min of the reference
// for other data: the PPN2V convention), optionally the affine-fitted PSNR.
#include "cli/Command.h"

#include <string>
#include <vector>

namespace pgd {

class EvalCommand : public Command {
public:
  explicit EvalCommand(CLI::App& parent);
  void run(CliContext& context) override;

private:
  std::vector<std::string> m_inputs;
  std::string m_reference;
  std::string m_range = "auto";
  bool m_affine = false;
  std::string m_format = "table";
};

} // namespace pgd
