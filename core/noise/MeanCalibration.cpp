#include "noise/MeanCalibration.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace pgd {

LevelCalibration meanCalibration(const float* y, const float* mu, std::size_t n, double clipLow,
                                 double clipHigh) {
  double lo = std::numeric_limits<double>::infinity();
  double hi = -lo;
  for (std::size_t i = 0; i < n; ++i)
    if (std::isfinite(mu[i]) && std::isfinite(y[i])) {
      lo = std::min(lo, double(mu[i]));
      hi = std::max(hi, double(mu[i]));
    }
  if (!(lo < hi))
    return {};
  constexpr std::size_t k = 4096;
  std::vector<double> count(k), sumMu(k), sumY(k), sumR2(k);
  const double scale = double(k) / (hi - lo);
  for (std::size_t i = 0; i < n; ++i) {
    if (!std::isfinite(mu[i]) || !std::isfinite(y[i]))
      continue;
    const auto at = std::min(k - 1, std::size_t(std::max(0.0, (double(mu[i]) - lo) * scale)));
    const double r = double(y[i]) - double(mu[i]);
    count[at] += 1.0;
    sumMu[at] += mu[i];
    sumY[at] += y[i];
    sumR2[at] += r * r;
  }
  return LevelCalibration::fromSumsAwayFromClipping(std::move(count), std::move(sumMu),
                                                    std::move(sumY), sumR2, clipLow, clipHigh);
}

void applyMeanCalibration(const LevelCalibration& calibration, float* mu, std::size_t n) {
  if (calibration.identity())
    return;
  for (std::size_t i = 0; i < n; ++i)
    if (std::isfinite(mu[i]))
      mu[i] = static_cast<float>(calibration(mu[i]));
}

} // namespace pgd
