#include "display/ValueHistogram.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace pgd {

std::uint64_t ValueHistogram::total() const {
  return std::accumulate(counts.begin(), counts.end(), std::uint64_t{0});
}

ValueHistogram valueHistogram(const float* values, std::size_t n, int bins) {
  ValueHistogram h;
  h.counts.assign(std::size_t(std::max(1, bins)), 0);
  double lo = std::numeric_limits<double>::infinity();
  double hi = -lo;
  for (std::size_t i = 0; i < n; ++i)
    if (std::isfinite(values[i])) {
      lo = std::min(lo, double(values[i]));
      hi = std::max(hi, double(values[i]));
    }
  if (!(lo <= hi))
    return h;
  h.low = lo;
  h.high = hi;
  const double last = double(h.counts.size() - 1);
  const double scale = hi > lo ? double(h.counts.size()) / (hi - lo) : 0.0;
  for (std::size_t i = 0; i < n; ++i)
    if (std::isfinite(values[i]))
      ++h.counts[std::size_t(std::min(last, (double(values[i]) - lo) * scale))];
  return h;
}

} // namespace pgd
