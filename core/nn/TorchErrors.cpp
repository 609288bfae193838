#include "nn/TorchErrors.h"

#include <fmt/format.h>

namespace pgd {

bool isOutOfMemory(const c10::Error& e) {
  if (dynamic_cast<const c10::OutOfMemoryError*>(&e))
    return true;
  const std::string what = e.what_without_backtrace();
  return what.find("out of memory") != std::string::npos ||
         what.find("can't allocate memory") != std::string::npos;
}

void throwTorchError(const c10::Error& e, const std::string& device, const std::string& doing) {
  const std::string line = firstLine(e.what_without_backtrace());
  if (isOutOfMemory(e))
    throw OutOfMemoryError(device, fmt::format("{} ran out of memory while {} ({})", device, doing,
                                               line.substr(0, 160)));
  throw Error(ErrorKind::Internal, fmt::format("LibTorch failed while {}: {}", doing, line));
}

} // namespace pgd
