#include "job/Versions.h"

namespace pgd {

const char* appVersion() {
  return PGD_VERSION;
}

const char* torchVersion() {
  return PGD_TORCH_VERSION;
}

const char* itkVersion() {
  return PGD_ITK_VERSION;
}

} // namespace pgd
