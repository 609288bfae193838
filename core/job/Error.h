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

// A device (the GPU, or host RAM for the CPU) could not allocate what the network needed. Its kind
// is Internal (exit code 1); a caller that can do the same work with less memory (smaller tiles)
// catches it and retries, the trainer stops with the best weights kept.
class OutOfMemoryError : public Error {
public:
  OutOfMemoryError(std::string device, const std::string& message);
  const std::string& device() const { return m_device; }

private:
  std::string m_device;
};

// An image that is one frame of one value: nothing to denoise or fit (Input, exit code 3). It
// carries the value so that a caller can say in its own words what the image lacks.
class ConstantImageError : public Error {
public:
  ConstantImageError(double value, const std::string& message);
  double value() const { return m_value; }

private:
  double m_value;
};

// The first line of `text` without trailing blanks: LibTorch's messages carry a multi-line
// backtrace after the first line, which no user should see.
std::string firstLine(const std::string& text);

// One line for an exception that is not an Error (a bug or a library failure): what it says,
// then what the user can do.
std::string unexpectedErrorMessage(const std::exception& e);

// Plain value for crossing thread boundaries (GUI worker -> GUI thread).
struct ErrorInfo {
  ErrorKind kind = ErrorKind::Internal;
  std::string message;
};

} // namespace pgd
