#include "cli/ExitCode.h"

namespace pgd {

ExitCode exitCodeFor(ErrorKind kind) {
  switch (kind) {
  case ErrorKind::Usage:
    return ExitCode::Usage;
  case ErrorKind::Input:
    return ExitCode::Input;
  case ErrorKind::Model:
    return ExitCode::Model;
  case ErrorKind::Output:
    return ExitCode::Output;
  case ErrorKind::Cancelled:
    return ExitCode::Cancelled;
  case ErrorKind::Internal:
    return ExitCode::Internal;
  }
  return ExitCode::Internal;
}

const char* exitCodeHelp() {
  return "Exit codes:\n"
         "  0  success\n"
         "  1  internal error (a bug; please report it), or the device ran out of memory\n"
         "  2  usage error (unknown option, missing or out-of-range value)\n"
         "  3  input error (missing, unreadable, corrupt or unsuitable image)\n"
         "  4  model error (missing, corrupt or incompatible model)\n"
         "  5  output error (cannot write, would overwrite, disk full)\n"
         "  6  cancelled (Ctrl-C; training keeps its best model)";
}

} // namespace pgd
