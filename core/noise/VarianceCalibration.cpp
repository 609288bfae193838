#include "noise/VarianceCalibration.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace pgd {
namespace {

constexpr std::size_t kMinPixels = 256; // below this the scale is too uncertain to use
constexpr double kLogScaleSearch = 4.0; // search c within e^-4..e^4 of the uncensored fit
constexpr int kGoldenIterations = 80;

// A clipped pixel: its y only says it lies beyond the clip level, at `distance` = (clip - mu)
// signed so that positive means "mu is inside" (P(beyond) < 1/2), in units of sqrt(v).
struct Censored {
  double distance;
};

// -2 log-likelihood, up to a constant, of scale c: Gaussian densities of the unclipped residuals
// (sum of r^2/v is `weighted`, `count` of them) and tail probabilities of the clipped pixels.
double objective(double c, double weighted, std::size_t count,
                 const std::vector<Censored>& censored) {
  double f = double(count) * std::log(c) + weighted / c;
  const double inv = 1.0 / std::sqrt(c);
  for (const Censored& k : censored) {
    const double tail = 0.5 * std::erfc(k.distance * inv / std::sqrt(2.0));
    f -= 2.0 * std::log(std::max(tail, 1e-300));
  }
  return f;
}

} // namespace

VarianceCalibrationResult fitVarianceScale(const float* y, const float* mu, const float* s2,
                                           std::size_t n, double varianceFloor, double clipLow,
                                           double clipHigh) {
  double weighted = 0.0;
  std::size_t count = 0;
  std::vector<Censored> censored;
  for (std::size_t i = 0; i < n; ++i) {
    // Where s2 is below the loss's floor (1e-3), v is mostly floor: the network cannot express a
    // total variance under it (dark, nearly noiseless background of confocal images), and those
    // pixels would pull the scale toward 0 (FMD BPAE R: 0.34 with them, 1.00 without).
    if (s2[i] < varianceFloor)
      continue;
    const double v = double(s2[i]) + varianceFloor;
    const double sd = std::sqrt(v);
    if (y[i] <= clipLow) {
      censored.push_back({(double(mu[i]) - clipLow) / sd});
    } else if (y[i] >= clipHigh) {
      censored.push_back({(clipHigh - double(mu[i])) / sd});
    } else {
      const double r = double(y[i]) - double(mu[i]);
      weighted += r * r / v;
      ++count;
    }
  }
  VarianceCalibrationResult result;
  result.pixels = count + censored.size();
  if (count < kMinPixels || !std::isfinite(weighted) || weighted <= 0.0)
    return result;
  const double uncensored = weighted / double(count);
  if (censored.empty()) {
    result.scale = uncensored;
    return result;
  }
  // Golden-section search on log c: the censored likelihood is unimodal in practice, and the
  // uncensored fit is close to its optimum when few pixels are clipped.
  const double g = (std::sqrt(5.0) - 1.0) / 2.0;
  double lo = std::log(uncensored) - kLogScaleSearch;
  double hi = std::log(uncensored) + kLogScaleSearch;
  double x1 = hi - g * (hi - lo);
  double x2 = lo + g * (hi - lo);
  double f1 = objective(std::exp(x1), weighted, count, censored);
  double f2 = objective(std::exp(x2), weighted, count, censored);
  for (int it = 0; it < kGoldenIterations; ++it) {
    if (f1 < f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = objective(std::exp(x1), weighted, count, censored);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = objective(std::exp(x2), weighted, count, censored);
    }
  }
  result.scale = std::exp(0.5 * (lo + hi));
  return result;
}

void applyVarianceScale(float* s2, std::size_t n, double scale, double varianceFloor) {
  const float c = static_cast<float>(scale);
  const float floor = static_cast<float>(varianceFloor);
  for (std::size_t i = 0; i < n; ++i)
    s2[i] = std::max(0.0f, c * (s2[i] + floor) - floor);
}

} // namespace pgd
