#pragma once
// CliContext: what every subcommand gets: the result stream (stdout), the message stream
// (stderr: progress, notes, warnings), the progress style and the cancel flag raised by Ctrl-C.
// Lives on the CLI's main thread for one runCli() call.
#include "cli/ConsoleProgress.h"

#include <atomic>
#include <memory>
#include <ostream>
#include <string>

namespace pgd {

struct CliContext {
  std::ostream& out;
  std::ostream& err;
  ProgressStyle progressStyle = ProgressStyle::Lines;
  bool quiet = false;
  const std::atomic<bool>& cancel;

  std::unique_ptr<ConsoleProgress> progress(std::string task) const {
    return std::make_unique<ConsoleProgress>(err, progressStyle, cancel, std::move(task));
  }
  // An informational line on the message stream (suppressed by --quiet); with --progress=json
  // a JSON object {"message": ...} so that stderr stays one JSON object per line.
  void note(const std::string& line) const;
  // A warning line on the message stream (always shown; {"warning": ...} with --progress=json).
  void warn(const std::string& line) const;
};

} // namespace pgd
