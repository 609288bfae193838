#pragma once
// LevelSums: sums of per-pixel quantities over equal intervals of mu, the form in which the
// calibrated levels (noise/LevelCalibration.h), the curvature correction
// (noise/CurvatureCorrection.h) and the posterior's prior mean (noise/MeanCalibration.h) read a
// frame. LevelIntervals maps a level to its interval; LevelSums holds the four sums the level
// calibration takes. Plain values; any thread.
#include "noise/LevelCalibration.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <utility>
#include <vector>

namespace pgd {

// kCount equal intervals between the least and greatest level of a frame's kept pixels.
class LevelIntervals {
public:
  // Fine enough that the equal-count groups (at most LevelCalibration::kMaxGroups) are made of
  // many intervals; coarse enough to sum a frame in one pass over small arrays.
  static constexpr std::size_t kCount = 4096;

  // Intervals over [lo, hi]; empty() unless lo < hi.
  LevelIntervals(double lo, double hi)
      : m_lo(lo), m_scale(lo < hi ? double(kCount) / (hi - lo) : 0.0), m_empty(!(lo < hi)) {}

  // Intervals over the values levels[i] for which keep(i) holds.
  template <class Keep> static LevelIntervals over(const float* levels, std::size_t n, Keep keep) {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (std::size_t i = 0; i < n; ++i)
      if (keep(i)) {
        lo = std::min(lo, double(levels[i]));
        hi = std::max(hi, double(levels[i]));
      }
    return {lo, hi};
  }

  bool empty() const { return m_empty; }
  std::size_t size() const { return kCount; }
  // The width of one interval in the levels' units (0 when empty).
  double width() const { return m_scale > 0.0 ? 1.0 / m_scale : 0.0; }

  // The interval of level m (levels outside [lo, hi] go to the first or last).
  std::size_t operator()(double m) const {
    return std::min(kCount - 1, std::size_t(std::max(0.0, (m - m_lo) * m_scale)));
  }

private:
  double m_lo;
  double m_scale;
  bool m_empty;
};

// Per interval: pixel count, sums of mu, of the noisy values y and of the squared residuals.
struct LevelSums {
  std::vector<double> count, mu, y, r2;
  explicit LevelSums(std::size_t k) : count(k), mu(k), y(k), r2(k) {}

  void add(std::size_t at, double levelMu, double levelY, double residual2) {
    count[at] += 1.0;
    mu[at] += levelMu;
    y[at] += levelY;
    r2[at] += residual2;
  }

  // The calibration from these sums, away from the clip levels (LevelCalibration::kClipGuard).
  LevelCalibration calibrationAwayFrom(double clipLow, double clipHigh) && {
    return LevelCalibration::fromSumsAwayFromClipping(std::move(count), std::move(mu), std::move(y),
                                                      r2, clipLow, clipHigh);
  }
};

} // namespace pgd
