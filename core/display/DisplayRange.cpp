#include "display/DisplayRange.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace pgd {
namespace {

constexpr std::size_t kMaxSamples = 1 << 20;

DisplayRange widened(double low, double high) {
  if (high > low)
    return {low, high};
  return {low - 0.5, low + 0.5};
}

std::vector<float> finiteSubsample(const float* values, std::size_t n) {
  const std::size_t step = std::max<std::size_t>(1, n / kMaxSamples);
  std::vector<float> s;
  s.reserve(n / step + 1);
  for (std::size_t i = 0; i < n; i += step)
    if (std::isfinite(values[i]))
      s.push_back(values[i]);
  return s;
}

} // namespace

std::uint8_t DisplayRange::level(float value) const {
  if (!(value == value) || !isValid())
    return 0;
  const double t = (double(value) - low) / (high - low);
  return static_cast<std::uint8_t>(std::lround(std::clamp(t, 0.0, 1.0) * 255.0));
}

DisplayRange autoContrast(const float* values, std::size_t n, double lowFraction,
                          double highFraction) {
  std::vector<float> s = finiteSubsample(values, n);
  if (s.empty())
    return widened(0.0, 0.0);
  lowFraction = std::clamp(lowFraction, 0.0, 1.0);
  highFraction = std::clamp(highFraction, lowFraction, 1.0);
  const auto pick = [&s](double q) {
    const auto k = static_cast<std::size_t>(std::lround(q * double(s.size() - 1)));
    std::nth_element(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(k), s.end());
    return double(s[k]);
  };
  const double low = pick(lowFraction);
  const double high = pick(highFraction);
  return widened(low, high);
}

DisplayRange fullRange(const float* values, std::size_t n) {
  double low = 0.0;
  double high = 0.0;
  bool any = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (!std::isfinite(values[i]))
      continue;
    if (!any) {
      low = high = values[i];
      any = true;
    }
    low = std::min(low, double(values[i]));
    high = std::max(high, double(values[i]));
  }
  return widened(low, high);
}

} // namespace pgd
