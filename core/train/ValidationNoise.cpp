#include "train/ValidationNoise.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

namespace pgd {

double validationNoiseScale(const torch::Tensor& window) {
  const std::int64_t w = window.size(-1);
  if (w < 2)
    return 0.0;
  const torch::NoGradGuard noGrad;
  const auto d = window.narrow(-1, 1, w - 1) - window.narrow(-1, 0, w - 1);
  return d.to(torch::kFloat64).std().item<double>() / std::sqrt(2.0);
}

torch::Tensor withValidationNoise(const torch::Tensor& window, double fraction,
                                  std::uint64_t seed) {
  if (fraction <= 0.0)
    return window;
  // Drawn on the CPU from its own generator (the global one stays untouched, so training draws
  // the same crops with or without it), then moved to the window's device.
  auto generator = at::detail::createCPUGenerator(seed);
  const auto noise = torch::randn(window.sizes(), generator, torch::kFloat32);
  return window + (fraction * validationNoiseScale(window)) * noise.to(window.device());
}

} // namespace pgd
