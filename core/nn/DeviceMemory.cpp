#include "nn/DeviceMemory.h"

#include <dlfcn.h>

#include <algorithm>
#include <fstream>

namespace pgd {
namespace {

constexpr std::size_t kGiB = std::size_t(1) << 30;

std::optional<std::size_t> hostAvailableBytes() {
  std::ifstream meminfo("/proc/meminfo");
  std::string key;
  std::size_t kb = 0;
  std::string unit;
  while (meminfo >> key >> kb >> unit)
    if (key == "MemAvailable:")
      return kb * 1024;
  return std::nullopt;
}

// cudaMemGetInfo / cuMemGetInfo_v2 share this signature (an int status, 0 on success).
using MemGetInfo = int (*)(std::size_t*, std::size_t*);

std::optional<std::size_t> freeBytesFrom(const char* library, const char* symbol) {
  // RTLD_NOLOAD: only a library the process already has (a CUDA LibTorch loads it); a CPU-only
  // process never starts a CUDA driver just to ask.
  void* handle = ::dlopen(library, RTLD_LAZY | RTLD_NOLOAD);
  if (!handle)
    return std::nullopt;
  const auto query = reinterpret_cast<MemGetInfo>(::dlsym(handle, symbol));
  std::size_t freeBytes = 0, total = 0;
  const bool ok = query && query(&freeBytes, &total) == 0 && total > 0;
  ::dlclose(handle);
  return ok ? std::optional<std::size_t>(freeBytes) : std::nullopt;
}

std::optional<std::size_t> cudaFreeBytes() {
  // The runtime API makes the device's primary context current on this thread by itself; the
  // driver API needs one current already, so it comes second.
  for (const char* runtime : {"libcudart.so.12", "libcudart.so.11.0", "libcudart.so"})
    if (auto bytes = freeBytesFrom(runtime, "cudaMemGetInfo"))
      return bytes;
  return freeBytesFrom("libcuda.so.1", "cuMemGetInfo_v2");
}

} // namespace

MemoryProbe systemMemoryProbe() {
  return {hostAvailableBytes, cudaFreeBytes};
}

std::size_t inferenceMemoryBudget(const std::string& device, const MemoryProbe& probe) {
  if (device == "cuda") {
    const auto freeBytes = probe.cudaFree ? probe.cudaFree() : std::nullopt;
    return freeBytes ? static_cast<std::size_t>(0.7 * double(*freeBytes)) : 2 * kGiB;
  }
  const auto available = probe.hostAvailable ? probe.hostAvailable() : std::nullopt;
  return available ? std::min(*available / 4, kGiB) : kGiB;
}

double inferenceBytesPerPixel(int width, bool batched, Precision precision) {
  const double lowMemory = precision == Precision::BFloat16 ? 40.0 : 70.0;
  return (batched ? 160.0 : lowMemory) * std::max(1, width);
}

bool batchedPassFits(std::int64_t pixels, int width, std::size_t budgetBytes) {
  return double(pixels) * inferenceBytesPerPixel(width, true) <= double(budgetBytes);
}

} // namespace pgd
