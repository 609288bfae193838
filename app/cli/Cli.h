#pragma once
// runCli: the whole `pgdenoise` command line as a library call, so tests can run it in-process.
// Parses argv with CLI11, runs one subcommand (train, denoise, fit-noise, simulate, eval, models,
// bench, sample, gui) and returns the process exit code (see ExitCode.h). Results go to `out`;
// progress, notes, warnings and errors to `err`, every error as one line
// "pgdenoise: error: <file>: <what>". While it runs, Ctrl-C (SIGINT) cancels the running job
// cleanly instead of killing the process. Call from the main thread, one call at a time.
#include <ostream>

namespace pgd {

int runCli(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace pgd
