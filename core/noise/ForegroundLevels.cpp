#include "noise/ForegroundLevels.h"

#include "noise/Quantiles.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pgd {
namespace {

std::vector<float> valuesAbove(const float* v, std::size_t n, double threshold) {
  std::vector<float> above;
  for (std::size_t i = 0; i < n; ++i)
    if (std::isfinite(v[i]) && v[i] > threshold)
      above.push_back(v[i]);
  return above;
}

} // namespace

double otsuThreshold(const float* v, std::size_t n) {
  const std::vector<double> range = quantiles(v, n, {0.01, 0.99});
  if (!std::isfinite(range[0]))
    return std::numeric_limits<double>::quiet_NaN();
  const double lo = range[0];
  const double hi = range[1];
  if (!(hi > lo))
    return lo;
  constexpr int kBins = 256;
  const double width = (hi - lo) / kBins;
  std::vector<double> count(kBins, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    if (std::isfinite(v[i]))
      count[std::size_t(std::clamp(int((v[i] - lo) / width), 0, kBins - 1))] += 1.0;
  double total = 0.0;
  double sum = 0.0;
  for (int k = 0; k < kBins; ++k) {
    total += count[std::size_t(k)];
    sum += count[std::size_t(k)] * (k + 0.5);
  }
  // Maximise the between-class variance w0 * w1 * (m0 - m1)^2 over the split after bin k.
  double w0 = 0.0;
  double s0 = 0.0;
  double best = -1.0;
  int split = 0;
  for (int k = 0; k + 1 < kBins; ++k) {
    w0 += count[std::size_t(k)];
    s0 += count[std::size_t(k)] * (k + 0.5);
    const double w1 = total - w0;
    if (w0 <= 0.0 || w1 <= 0.0)
      continue;
    const double d = s0 / w0 - (sum - s0) / w1;
    const double between = w0 * w1 * d * d;
    if (between > best) {
      best = between;
      split = k;
    }
  }
  return lo + width * (split + 1);
}

std::vector<double> foregroundLevels(const float* v, std::size_t n, int count) {
  if (count < 1)
    return {};
  const double threshold = otsuThreshold(v, n);
  if (!std::isfinite(threshold))
    return {};
  std::vector<float> foreground = valuesAbove(v, n, threshold);
  std::size_t finite = 0;
  for (std::size_t i = 0; i < n; ++i)
    finite += std::isfinite(v[i]) ? 1 : 0;
  if (foreground.size() * 100 < finite) {
    const double median = quantiles(v, n, {0.5})[0];
    foreground = valuesAbove(v, n, median);
    if (foreground.empty()) // constant image: its one level
      return {median};
  }
  // Evenly spaced in value, not in rank: the foreground too is mostly dim (cytoplasm against a
  // few bright nuclei and filaments), and rank-spaced levels bunched at its dim end.
  const std::vector<double> ends = quantiles(foreground.data(), foreground.size(), {0.1, 0.95});
  std::vector<double> levels;
  for (int i = 0; i < count; ++i)
    levels.push_back(count == 1 ? 0.5 * (ends[0] + ends[1])
                                : ends[0] + (ends[1] - ends[0]) * double(i) / double(count - 1));
  return levels;
}

} // namespace pgd
