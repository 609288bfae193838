#include "noise/PoissonGaussianNoise.h"

#include "job/Error.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace pgd {

void addPoissonGaussianNoise(const float* x, float* y, std::size_t n, NoiseParams params,
                             const SynthesisOptions& options) {
  if (params.a < 0.0 || params.b < 0.0)
    throw Error(ErrorKind::Usage, "noise synthesis: a and b must be >= 0");
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

double poissonGaussianDensity(double y, double x, NoiseParams params) {
  constexpr double kPi = 3.14159265358979323846;
  const auto gaussian = [kPi](double v, double mean, double var) {
    var = std::max(var, 1e-300);
    return std::exp(-0.5 * (v - mean) * (v - mean) / var) / std::sqrt(2.0 * kPi * var);
  };
  const double a = params.a;
  const double b = std::max(0.0, params.b);
  const double lambda = a > 0.0 ? std::max(0.0, x) / a : 0.0;
  if (a <= 0.0)
    return gaussian(y, x, b);
  if (std::sqrt(b) < a / 3.0 || lambda > 1e4)
    return gaussian(y, x, a * std::max(0.0, x) + b);
  const double spread = 10.0 * std::sqrt(lambda) + 10.0;
  const auto k0 = static_cast<long long>(std::max(0.0, std::floor(lambda - spread)));
  const auto k1 = static_cast<long long>(std::ceil(lambda + spread));
  double sum = 0.0;
  for (long long k = k0; k <= k1; ++k) {
    const double kd = static_cast<double>(k);
    const double logPoisson = lambda > 0.0 ? kd * std::log(lambda) - lambda - std::lgamma(kd + 1.0)
                                           : (k == 0 ? 0.0 : -1e300);
    sum += std::exp(logPoisson) * gaussian(y, a * kd, b);
  }
  return sum;
}

} // namespace pgd
