#include "job/Error.h"

#include <utility>

namespace pgd {

const char* toString(ErrorKind kind) {
  switch (kind) {
  case ErrorKind::Usage:
    return "usage error";
  case ErrorKind::Input:
    return "input error";
  case ErrorKind::Model:
    return "model error";
  case ErrorKind::Output:
    return "output error";
  case ErrorKind::Cancelled:
    return "cancelled";
  case ErrorKind::Internal:
    return "internal error";
  }
  return "error";
}

Error::Error(ErrorKind kind, const std::string& message)
    : std::runtime_error(message), m_kind(kind) {}

OutOfMemoryError::OutOfMemoryError(std::string device, const std::string& message)
    : Error(ErrorKind::Internal, message), m_device(std::move(device)) {}

ConstantImageError::ConstantImageError(double value, const std::string& message)
    : Error(ErrorKind::Input, message), m_value(value) {}

std::string firstLine(const std::string& text) {
  std::string line = text.substr(0, text.find_first_of("\r\n"));
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
    line.pop_back();
  return line;
}

std::string unexpectedErrorMessage(const std::exception& e) {
  std::string what = firstLine(e.what());
  if (what.empty())
    what = "unknown failure";
  return "internal error: " + what +
         " (please report it with the command and the output of `pgdenoise --version`)";
}

} // namespace pgd
