#pragma once
// DeviceMemory: how much memory one inference pass may use on the device that runs the network,
// and how much a pass needs per pixel. The denoiser sizes its tiles from this, and Model::predict
// picks the batched pass (four rotations at once, fastest) when the device has room for it.
// Free memory comes from a probe that tests replace: host RAM (/proc/meminfo) for "cpu", the CUDA
// driver's free memory of the current device for "cuda" (read through the CUDA runtime or driver
// library that a CUDA LibTorch has already loaded; nothing is linked at build time, so a CPU-only
// build carries no CUDA dependency). Safe from any thread.
#include "nn/Precision.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace pgd {

struct MemoryProbe {
  std::function<std::optional<std::size_t>()> hostAvailable; // bytes the OS can still give us
  std::function<std::optional<std::size_t>()> cudaFree;      // free bytes on the CUDA device
};

// The real probes. Either answers nullopt when it cannot tell.
MemoryProbe systemMemoryProbe();

// Bytes one inference pass may use on `device` ("cpu" or "cuda"):
// - cpu: a quarter of the available RAM, capped at 1 GiB. With 1.5 GiB a 2048x2048 denoise with
//   the quick net peaked at 1,932 MiB (bench/nn/denoise-memory.sh); the rest of the process needs
//   about 0.4 GiB. 1 GiB when the probe cannot tell.
// - cuda: 70% of the device's free memory (the rest for the allocator's rounding and cuDNN's
//   workspaces); 2 GiB when the probe cannot tell. A pass that still runs out of memory is
//   retried with smaller tiles (infer/TiledPrediction.h).
std::size_t inferenceMemoryBudget(const std::string& device,
                                  const MemoryProbe& probe = systemMemoryProbe());

// Peak bytes per pixel of one blind-spot forward pass for encoder width `width`. Measured on CPU
// (docs/TRAINING.md, "Inference memory"): rotations one at a time with the head in row bands
// (the low-memory pass) 1,025 B per pixel for width 16 at 1024^2 and 3,023 B for width 48 at
// 512^2, i.e. ~64 B per pixel and width unit; all four rotations batched 2,480 and 6,660 B, i.e.
// ~155. The figures below leave some room. The low-memory pass in bfloat16 on the CPU (its
// activations in bfloat16 and channels-last) peaked at ~725 B per pixel for width 16 at 1280^2,
// the freed blocks the heap keeps for reuse included (nn/TorchRuntime.h), and at ~0.35 KB since
// it keeps fewer activations alive (docs/TRAINING.md, "Peak memory of a 2048^2 denoise"); 40 per
// width unit makes the default 1 GiB budget give 1280 px tiles, which cover a 2048^2 frame with
// 2 x 2 tiles (docs/TRAINING.md, "CPU fast path").
double inferenceBytesPerPixel(int width, bool batched, Precision precision = Precision::Float32);

// Whether the batched pass over `pixels` (all images of the batch, padded to multiples of 32)
// fits `budgetBytes`; otherwise inference takes the low-memory pass.
bool batchedPassFits(std::int64_t pixels, int width, std::size_t budgetBytes);

} // namespace pgd
