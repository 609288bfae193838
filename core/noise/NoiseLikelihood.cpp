#include "noise/NoiseLikelihood.h"

#include <cmath>

namespace pgd::noisefit {

double logUpperTail(double z) {
  if (z < 5.0)
    return std::log(0.5 * std::erfc(z / std::sqrt(2.0)));
  const double z2 = z * z;
  return -0.5 * z2 - std::log(z) - 0.5 * std::log(2.0 * 3.14159265358979323846) +
         std::log1p(-1.0 / z2 + 3.0 / (z2 * z2));
}

// -2 log P(Y beyond the clip level) for a pixel at level mu; sign +1 above clipHigh, -1 below
// clipLow.
double censoredTerm(double mu, double clip, double sign, double a, double b) {
  const double sd = std::sqrt(noiseVariance(mu, a, b));
  return -2.0 * logUpperTail(sign * (clip - mu) / sd);
}

} // namespace pgd::noisefit
