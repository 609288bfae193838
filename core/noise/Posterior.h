#pragma once
// Posterior mean under a Gaussian prior N(mu, p) and Poisson-Gaussian noise (DESIGN section 1,
// steps 4-5): n = max(1e-3, a*mu + b), p = max(1e-4, s2 - n), x = (y*p + n*mu) / (p + n).
// Optional posterior standard deviation sqrt(p*n/(p+n)) as an uncertainty map. Safe from any
// thread.
#include "noise/PoissonGaussianNoise.h"

#include <cstddef>

namespace pgd {

// y, mu, s2: n values (normalised units). out: n values; outStd may be nullptr.
void posteriorMean(const float* y, const float* mu, const float* s2, std::size_t n,
                   NoiseParams params, float* out, float* outStd = nullptr);

} // namespace pgd
