#include "noise/LocalDifferenceCorrelation.h"

#include "noise/Quantiles.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace pgd {

namespace {

// Mean of v^2 over the values at or below the kKeptShare quantile of v (v >= 0): a second moment
// that the few large differences at strong edges do not dominate, and that, unlike a median,
// moves smoothly with the scale of discrete (low-count Poisson, 8-bit) noise.
constexpr double kKeptShare = 0.98;

double trimmedMeanSquare(const std::vector<float>& v) {
  const double cut = quantiles(v.data(), v.size(), {kKeptShare})[0];
  double sum = 0.0;
  std::size_t count = 0;
  for (float x : v)
    if (x <= cut) {
      sum += double(x) * double(x);
      ++count;
    }
  return count > 0 ? sum / double(count) : 0.0;
}

} // namespace

LocalDifferenceCorrelationResult localDifferenceCorrelation(const float* y, int width, int height,
                                                            double clipLow, double clipHigh,
                                                            std::size_t maxPairs) {
  LocalDifferenceCorrelationResult result;
  result.correlation = std::numeric_limits<double>::quiet_NaN();
  if (width < 4 || height < 4)
    return result;
  const std::size_t w = std::size_t(width);
  const auto inside = [clipLow, clipHigh](float v) {
    return std::isfinite(v) && double(v) > clipLow && double(v) < clipHigh;
  };
  // L at (row, col), or NaN where its stencil is not usable.
  const auto difference = [&](int row, std::size_t col) {
    const std::size_t i = std::size_t(row) * w + col;
    const float c = y[i], l = y[i - 1], r = y[i + 1], u = y[i - w], d = y[i + w];
    if (!(inside(c) && inside(l) && inside(r) && inside(u) && inside(d)))
      return std::numeric_limits<float>::quiet_NaN();
    return 4.0f * c - l - r - u - d;
  };
  // Each interior row gives about 2 * (width - 2) pairs; take every step-th row.
  const std::size_t perRow = 2 * (w - 2);
  const std::size_t rows = std::size_t(height - 3);
  const std::size_t step = std::max<std::size_t>(1, (rows * perRow + maxPairs - 1) / maxPairs);
  std::vector<float> sums;
  std::vector<float> diffs;
  sums.reserve(rows / step * perRow + perRow);
  diffs.reserve(sums.capacity());
  const auto add = [&](float l1, float l2) {
    if (std::isnan(l1) || std::isnan(l2))
      return;
    sums.push_back(std::fabs(l1 + l2));
    diffs.push_back(std::fabs(l1 - l2));
  };
  for (int row = 1; row + 2 < height; row += int(step)) {
    float here = difference(row, 1);
    for (std::size_t col = 1; col + 1 < w; ++col) {
      add(here, difference(row + 1, col));
      if (col + 2 < w) {
        const float next = difference(row, col + 1);
        add(here, next);
        here = next;
      }
    }
  }
  result.pairs = sums.size();
  if (result.pairs < 2)
    return result;
  const double p2 = trimmedMeanSquare(sums);
  const double m2 = trimmedMeanSquare(diffs);
  if (p2 + m2 > 0.0)
    result.correlation = (p2 - m2) / (p2 + m2);
  return result;
}

} // namespace pgd
