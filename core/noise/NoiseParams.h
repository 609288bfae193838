#pragma once
// NoiseParams: the Poisson-Gaussian noise model var(y | x) = a*x + b. Header-only value type.

namespace pgd {

struct NoiseParams {
  double a = 0.0; // signal-dependent (Poisson) scale
  double b = 0.0; // signal-independent (Gaussian) variance

  // The paper's (lambda, sigma) levels for 8-bit data: a = 1/lambda, b = (sigma/255)^2.
  static NoiseParams fromPaperLevels(double lambda, double sigma) {
    return {lambda > 0.0 ? 1.0 / lambda : 0.0, (sigma / 255.0) * (sigma / 255.0)};
  }
};

} // namespace pgd
