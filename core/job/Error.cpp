#include "job/Error.h"

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

} // namespace pgd
