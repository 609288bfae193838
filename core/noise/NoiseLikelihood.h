#pragma once
// The terms of the noise fit's objective J (docs/ARCHITECTURE.md#noise-fit): the -2
// log-likelihood of a pixel's residual under the variance a*mu + b, and that of a pixel clipped at
// a clip level (censored). The exact (noise/ExactObjective.h) and the binned
// (noise/BinnedObjective.h) objective are sums of them. Pure functions, any thread.
#include <algorithm>
#include <cmath>

namespace pgd::noisefit {

constexpr double kVarianceFloor = 1e-4; // docs/ARCHITECTURE.md#noise-fit
// The least variance the fitted line may have over the levels used (docs/NOISE_FIT.md,
// "Constraints"): strictly positive, and far below any variance J can resolve.
constexpr double kMinLineVariance = 1e-12;

// The model's noise variance at level mu, floored as in J.
inline double noiseVariance(double mu, double a, double b) {
  return std::max(kVarianceFloor, a * mu + b);
}

// log P(Z >= z) for a standard normal Z, accurate far into the upper tail.
double logUpperTail(double z);

// -2 log P(Y beyond the clip level) for a pixel at level mu; sign +1 above clipHigh, -1 below
// clipLow.
double censoredTerm(double mu, double clip, double sign, double a, double b);

// One pixel's term: squared residual r2 at level mu.
inline double pixelTerm(double r2, double mu, double a, double b) {
  const double v = noiseVariance(mu, a, b);
  return r2 / v + std::log(v);
}

} // namespace pgd::noisefit
