#include "cli/Command.h"

namespace pgd {

Command::Command(CLI::App& parent, const std::string& name, const std::string& description,
                 const std::string& examples)
    : m_app(parent.add_subcommand(name, description)) {
  m_app->footer("Examples:\n" + examples + "\nExit codes: see `pgdenoise --help`.");
}

} // namespace pgd
