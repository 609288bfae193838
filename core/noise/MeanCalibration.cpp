#include "noise/MeanCalibration.h"

#include "noise/LevelSums.h"

#include <cmath>
#include <utility>

namespace pgd {

LevelCalibration meanCalibration(const float* y, const float* mu, std::size_t n, double clipLow,
                                 double clipHigh) {
  const auto finite = [&](std::size_t i) { return std::isfinite(mu[i]) && std::isfinite(y[i]); };
  const LevelIntervals intervals = LevelIntervals::over(mu, n, finite);
  if (intervals.empty())
    return {};
  LevelSums sums(intervals.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (!finite(i))
      continue;
    const double r = double(y[i]) - double(mu[i]);
    sums.add(intervals(mu[i]), mu[i], y[i], r * r);
  }
  return std::move(sums).calibrationAwayFrom(clipLow, clipHigh);
}

void applyMeanCalibration(const LevelCalibration& calibration, float* mu, std::size_t n) {
  if (calibration.identity())
    return;
  for (std::size_t i = 0; i < n; ++i)
    if (std::isfinite(mu[i]))
      mu[i] = static_cast<float>(calibration(mu[i]));
}

} // namespace pgd
