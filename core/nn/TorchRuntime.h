#pragma once
// TorchRuntime: process-wide LibTorch setup shared by training and inference. LibTorch 1.13 on
// Debian defaults to one intra-op thread (docs/ARCHITECTURE.md#torch-threads); initThreads()
// raises it to the core count once (or to OMP_NUM_THREADS when set). Safe from any thread.
#include <string>

namespace pgd {

class TorchRuntime {
public:
  // Idempotent; called by every Model constructor. Also tells glibc's allocator to keep freed
  // blocks under 64 MiB for reuse instead of unmapping those over 32 MiB: a bfloat16 inference
  // pass spent more time page-faulting fresh activations than computing (docs/TRAINING.md,
  // "CPU fast path"); larger blocks are still unmapped, which keeps the peak memory down.
  static void initThreads();
  // Intra-op threads models use (initialises them first).
  static int threads();
  static bool cudaAvailable();
  // "cuda" when `preference` is "cuda" or "auto" and CUDA is available, else "cpu". Throws
  // Error(Usage) for "cuda" without CUDA and for unknown names.
  static std::string resolveDevice(const std::string& preference);
  // The same rule with the availability given (tests inject it; the one above asks LibTorch).
  static std::string resolveDevice(const std::string& preference, bool cudaAvailable);
  // Waits until every queued kernel on the device has finished, so a benchmark's clock reads
  // the work and not its launch. No-op for "cpu".
  static void synchronize(const std::string& device);
};

} // namespace pgd
