#include "cli/Cli.h"

#include "cli/BenchCommand.h"
#include "cli/DenoiseCommand.h"
#include "cli/EvalCommand.h"
#include "cli/ExitCode.h"
#include "cli/FitNoiseCommand.h"
#include "cli/GuiCommand.h"
#include "cli/InterruptGuard.h"
#include "cli/ModelsCommand.h"
#include "cli/SampleCommand.h"
#include "cli/SimulateCommand.h"
#include "cli/TrainCommand.h"
#include "cli/VersionInfo.h"
#include "job/Error.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <new>
#include <optional>
#include <unistd.h>
#include <vector>

namespace pgd {
namespace {

std::string oneLine(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r')
      c = ' ';
  while (!text.empty() && text.back() == ' ')
    text.pop_back();
  return text;
}

ProgressStyle resolveStyle(const std::string& name, bool quiet, const std::ostream& err) {
  if (quiet || name == "none")
    return ProgressStyle::None;
  if (name == "json")
    return ProgressStyle::Json;
  if (name == "lines")
    return ProgressStyle::Lines;
  if (name == "bar")
    return ProgressStyle::Bar;
  const bool terminal = &err == &std::cerr && ::isatty(STDERR_FILENO) == 1;
  return terminal ? ProgressStyle::Bar : ProgressStyle::Lines;
}

int reportError(std::ostream& err, ExitCode code, const std::string& message) {
  if (code == ExitCode::Cancelled)
    err << "pgdenoise: cancelled: " << oneLine(message) << "\n";
  else
    err << "pgdenoise: error: " << oneLine(message) << "\n";
  err.flush();
  return toInt(code);
}

// Flushes the results; a failed write (a full disk, a closed pipe) is an output error, not a
// silent success.
int finishOutput(std::ostream& out, std::ostream& err) {
  out.flush();
  if (!out)
    return reportError(err, ExitCode::Output, "standard output: write failed (disk full?)");
  return toInt(ExitCode::Ok);
}

} // namespace

int runCli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"pgdenoise: self-supervised Poisson-Gaussian denoising for fluorescence "
               "microscopy (Khademi et al., WACV 2021). Train a blind-spot network on your "
               "noisy images, then denoise them; no clean data needed.",
               "pgdenoise"};
  app.footer(std::string("Run `pgdenoise <command> --help` for a command's options and "
                         "examples.\nProgress and messages go to stderr, results to stdout.\n\n") +
             exitCodeHelp());
  app.require_subcommand(0, 1);
  app.fallthrough();
  bool showVersion = false;
  bool quiet = false;
  std::string progress = "auto";
  app.add_flag("--version", showVersion, "Print the version, library versions and device");
  app.add_option("--progress", progress,
                 "Progress display: auto (bar on a terminal, else lines), bar, lines, json "
                 "(one JSON object per line on stderr), none")
      ->check(CLI::IsMember({"auto", "bar", "lines", "json", "none"}))
      ->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "No progress and no informational messages");

  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(std::make_unique<TrainCommand>(app));
  commands.push_back(std::make_unique<DenoiseCommand>(app));
  commands.push_back(std::make_unique<FitNoiseCommand>(app));
  commands.push_back(std::make_unique<SimulateCommand>(app));
  commands.push_back(std::make_unique<EvalCommand>(app));
  commands.push_back(std::make_unique<ModelsCommand>(app));
  commands.push_back(std::make_unique<BenchCommand>(app));
  commands.push_back(std::make_unique<SampleCommand>(app));
  commands.push_back(std::make_unique<GuiCommand>(app));

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e, out, err);
  } catch (const CLI::ParseError& e) {
    return reportError(err, ExitCode::Usage, std::string(e.what()) + " (see `pgdenoise --help`)");
  }

  if (showVersion) {
    printVersion(out);
    return finishOutput(out, err);
  }

  std::optional<InterruptGuard> interrupt;
  CliContext context{out, err, resolveStyle(progress, quiet, err), quiet, InterruptGuard::flag()};
  try {
    for (auto& command : commands)
      if (command->selected()) {
        if (command->cancellable())
          interrupt.emplace(quiet);
        command->run(context);
        return finishOutput(out, err);
      }
    return reportError(err, ExitCode::Usage,
                       "no command given (see `pgdenoise --help` for the list)");
  } catch (const Error& e) {
    return reportError(err, exitCodeFor(e.kind()), e.what());
  } catch (const CLI::ParseError& e) {
    return reportError(err, ExitCode::Usage, e.what());
  } catch (const std::bad_alloc&) {
    return reportError(err, ExitCode::Internal, "out of memory");
  } catch (const std::exception& e) {
    return reportError(err, ExitCode::Internal, unexpectedErrorMessage(e));
  }
}

} // namespace pgd
