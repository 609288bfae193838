#pragma once
// Error: the one exception type core throws for problems a user can act on. Each carries a kind
// that the CLI maps to an exit code and the GUI shows as a one-line message. Any thread may throw
// and catch it; workers convert it to ErrorInfo values before crossing threads.
#include <stdexcept>
#include <string>

namespace pgd {

enum class ErrorKind {
  Usage,     // bad arguments or out-of-range values
  Input,     // unreadable, unsupported or invalid input data
  Model,     // missing, corrupt or incompatible model
  Output,    // cannot write output (permissions, full disk, would overwrite)
  Cancelled, // the user cancelled
  Internal   // a bug or an unexpected library failure
};

const char* toString(ErrorKind kind);

class Error : public std::runtime_error {
public:
  Error(ErrorKind kind, const std::string& message);
  ErrorKind kind() const { return m_kind; }

private:
  ErrorKind m_kind;
};

// Plain value for crossing thread boundaries (GUI worker -> GUI thread).
struct ErrorInfo {
  ErrorKind kind = ErrorKind::Internal;
  std::string message;
};

} // namespace pgd
