#pragma once
// Poisson-Gaussian noise synthesis in normalised units: y = a * Poisson(x / a) + Normal(0, b),
// so that E[y|x] = x and Var[y|x] = a*x + b. a = 0 gives Gaussian noise only, b = 0 Poisson only.
// The paper's levels map as a = 1/lambda, b = (sigma/255)^2. Deterministic for a given seed on a
// given platform. Safe from any thread (no shared state).
#include "image/ImageStack.h"
#include "noise/NoiseParams.h"

#include <cstddef>
#include <cstdint>

namespace pgd {

struct SynthesisOptions {
  std::uint64_t seed = 1;
  bool clipToUnitRange = false; // clip y to [0,1] like 8-bit saturated data
};

// x and y may alias. x must be >= 0 where a > 0 (negative x is treated as 0 for the Poisson part).
void addPoissonGaussianNoise(const float* x, float* y, std::size_t n, NoiseParams params,
                             const SynthesisOptions& options = {});

ImageStack addPoissonGaussianNoise(const ImageStack& clean, NoiseParams params,
                                   const SynthesisOptions& options = {});

// Density of y given clean x under the model: sum_k Poisson(k; x/a) Normal(y; a*k, b). Falls back
// to the Gaussian N(x, a*x + b) when the mixture is too spiky (sqrt(b) < a/3) or has too many
// terms (x/a > 1e4), and to N(x, b) when a = 0.
double poissonGaussianDensity(double y, double x, NoiseParams params);

} // namespace pgd
