#pragma once
// Posterior mean under a Gaussian prior N(mu, p) and Poisson-Gaussian noise (docs/ARCHITECTURE.md
// #posterior): n = max(1e-3, a*mu + b), p = max(1e-4, s2 - n), x = (y*p + n*mu) / (p + n).
// Optional posterior standard deviation sqrt(p*n/(p+n)) as an uncertainty map. Safe from any
// thread.
#include "image/ImageStack.h"
#include "noise/PoissonGaussianNoise.h"

#include <cstddef>
#include <vector>

namespace pgd {

// y, mu, s2: n values (normalised units). out: n values; outStd may be nullptr.
void posteriorMean(const float* y, const float* mu, const float* s2, std::size_t n,
                   NoiseParams params, float* out, float* outStd = nullptr);

// The regularized loss trains s2 as the prior variance p itself (its likelihood variance is
// s2 + max(1e-3, a*max(mu, 1e-3) + b)); posteriorMean() takes the total variance. This adds that
// noise variance to each prior so the posterior's p is the network's prior (to the floors).
void priorToTotalVariance(const float* mu, float* s2, std::size_t n, NoiseParams params);

// Whole stacks of equal shape; perFrame holds one a,b pair for all frames or one per frame.
// Throws Error(Usage) on mismatched shapes or counts. Metadata is copied from y.
ImageStack posteriorMean(const ImageStack& y, const ImageStack& mu, const ImageStack& s2,
                         const std::vector<NoiseParams>& perFrame);

} // namespace pgd
