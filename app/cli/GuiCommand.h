#pragma once
// GuiCommand: `pgdenoise gui [files...]`: opens the desktop workbench (when this build has it)
// with the given images loaded. Without the GUI (PGD_BUILD_GUI=OFF) it fails with a usage error.
#include "cli/Command.h"

#include <string>
#include <vector>

namespace pgd {

class GuiCommand : public Command {
public:
  explicit GuiCommand(CLI::App& parent);
  bool cancellable() const override { return false; }
  void run(CliContext& context) override;

private:
  std::vector<std::string> m_files;
  std::string m_lang;
  std::string m_screenshot;
  std::string m_tour;
  long m_tourSteps = 40;
};

} // namespace pgd
