#include "nn/TorchRuntime.h"

#include "job/Error.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>

#include <malloc.h>

#include <cstdlib>
#include <mutex>
#include <thread>

namespace pgd {

void TorchRuntime::initThreads() {
  static std::once_flag once;
  std::call_once(once, [] {
    int n = static_cast<int>(std::thread::hardware_concurrency());
    if (const char* env = std::getenv("OMP_NUM_THREADS"); env && std::atoi(env) > 0)
      n = std::atoi(env);
    at::set_num_threads(n > 0 ? n : 1);
    // Keep freed memory in the heap for reuse. glibc serves blocks over 32 MiB (every
    // full-resolution activation of a tile) with mmap and returns them on free, so each of the
    // network's layers page-faulted its output in afresh: more system time than computing time
    // in a bfloat16 inference pass (docs/TRAINING.md, "CPU fast path").
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
  });
}

int TorchRuntime::threads() {
  initThreads(); // report the count models will use, not LibTorch's default of 1
  return at::get_num_threads();
}

bool TorchRuntime::cudaAvailable() {
  return torch::cuda::is_available();
}

std::string TorchRuntime::resolveDevice(const std::string& preference) {
  return resolveDevice(preference, cudaAvailable());
}

std::string TorchRuntime::resolveDevice(const std::string& preference, bool cudaAvailable) {
  if (preference == "cpu")
    return "cpu";
  if (preference == "auto")
    return cudaAvailable ? "cuda" : "cpu";
  if (preference == "cuda") {
    if (!cudaAvailable)
      throw Error(ErrorKind::Usage, "device cuda: no CUDA device is available");
    return "cuda";
  }
  throw Error(ErrorKind::Usage, "device " + preference + ": expected auto, cpu or cuda");
}

void TorchRuntime::synchronize(const std::string& device) {
  if (device == "cuda")
    torch::cuda::synchronize();
}

} // namespace pgd
