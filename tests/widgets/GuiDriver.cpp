// pgd_gui_driver: `pgdenoise gui ARGS...` for tests/gui/screenshots.sh (--tour DIR) and manual
// checks: the same option parser as the command line (app/cli/GuiCommand.cpp).
#include "cli/Cli.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  std::vector<std::string> args{"pgdenoise", "gui"};
  args.insert(args.end(), argv + 1, argv + argc);
  std::vector<char*> pointers;
  for (auto& arg : args)
    pointers.push_back(arg.data());
  pointers.push_back(nullptr);
  return pgd::runCli(static_cast<int>(args.size()), pointers.data(), std::cout, std::cerr);
}
