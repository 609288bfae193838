#include "noise/PoissonGaussianNoise.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace pgd {

void addPoissonGaussianNoise(const float* x, float* y, std::size_t n, NoiseParams params,
                             const SynthesisOptions& options) {
  if (params.a < 0.0 || params.b < 0.0)
    throw std::invalid_argument("Poisson-Gaussian noise needs a >= 0 and b >= 0");
  std::mt19937_64 rng(options.seed);
  std::normal_distribution<double> gauss(0.0, 1.0);
  const double sd = std::sqrt(params.b);
  for (std::size_t i = 0; i < n; ++i) {
    double v = x[i];
    if (params.a > 0.0) {
      const double rate = std::max(0.0, v) / params.a;
      std::poisson_distribution<long long> poisson(rate);
      v = rate > 0.0 ? params.a * static_cast<double>(poisson(rng)) : 0.0;
    }
    if (sd > 0.0)
      v += sd * gauss(rng);
    if (options.clipToUnitRange)
      v = std::clamp(v, 0.0, 1.0);
    y[i] = static_cast<float>(v);
  }
}

ImageStack addPoissonGaussianNoise(const ImageStack& clean, NoiseParams params,
                                   const SynthesisOptions& options) {
  ImageStack noisy = clean;
  addPoissonGaussianNoise(clean.values().data(), noisy.values().data(), clean.size(), params,
                          options);
  return noisy;
}

} // namespace pgd
