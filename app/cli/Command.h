#pragma once
// Command: one `pgdenoise` subcommand. The constructor registers the subcommand and its options
// on the parent CLI11 app; run() executes it after a successful parse and reports problems by
// throwing pgd::Error (runCli maps the kind to the exit code). Main thread only.
#include "cli/CliContext.h"

#include <CLI/CLI.hpp>

namespace pgd {

class Command {
public:
  virtual ~Command() = default;
  Command(const Command&) = delete;
  Command& operator=(const Command&) = delete;

  bool selected() const { return m_app->parsed(); }
  // False for commands that keep the default Ctrl-C/SIGTERM behaviour (the GUI's event loop).
  virtual bool cancellable() const { return true; }
  virtual void run(CliContext& context) = 0;

protected:
  Command(CLI::App& parent, const std::string& name, const std::string& description,
          const std::string& examples);
  CLI::App& app() { return *m_app; }

private:
  CLI::App* m_app;
};

} // namespace pgd
