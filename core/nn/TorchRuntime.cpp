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
    // Keep freed memory in the heap for reuse, except the largest blocks. glibc serves blocks over
    // 32 MiB with mmap and returns them on free, so each of the network's layers page-faulted its
    // output in afresh: more system time than computing time in a bfloat16 inference pass. Kept in
    // the heap, all of them, the blocks that outlive a rotation of the low-memory pass sat between
    // freed ones and the heap grew by ~0.35 GB past the live bytes. From 64 MiB (the 2*width-
    // channel activations of a 1152 px tile of the quick net) blocks are mapped again: 0.5 s of
    // system time per 2048^2 frame for 0.3 GB less peak memory (docs/TRAINING.md, "CPU fast
    // path").
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
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
