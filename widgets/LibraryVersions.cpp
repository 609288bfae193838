// Plain C++ translation unit: no Qt headers here (Qt's `slots` macro and torch headers clash).
#include "LibraryVersions.h"

#include <itkConfigure.h>
#include <torch/version.h>

namespace pgd {

std::string torchVersion() {
  return TORCH_VERSION;
}

std::string itkVersion() {
  return std::to_string(ITK_VERSION_MAJOR) + "." + std::to_string(ITK_VERSION_MINOR) + "." +
         std::to_string(ITK_VERSION_PATCH);
}

} // namespace pgd
