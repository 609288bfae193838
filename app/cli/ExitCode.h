#pragma once
// ExitCode: the stable process exit codes of `pgdenoise` (documented in --help and the man page)
// and the mapping from pgd::ErrorKind. Pure functions; safe from any thread.
#include "job/Error.h"

namespace pgd {

enum class ExitCode : int {
  Ok = 0,
  Internal = 1,
  Usage = 2,
  Input = 3,
  Model = 4,
  Output = 5,
  Cancelled = 6
};

ExitCode exitCodeFor(ErrorKind kind);
inline int toInt(ExitCode code) {
  return static_cast<int>(code);
}

// The exit-code table as shown in the --help epilog.
const char* exitCodeHelp();

} // namespace pgd
