#include "display/StackMath.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <unistd.h>
#include <vector>

namespace pgd {

ImageStack differenceStack(const ImageStack& a, const ImageStack& b) {
  if (a.frames() != b.frames() || a.height() != b.height() || a.width() != b.width())
    return {};
  ImageStack d(a.frames(), a.height(), a.width());
  d.metadata() = a.metadata();
  for (std::size_t i = 0; i < a.size(); ++i)
    d.values()[i] = a.values()[i] - b.values()[i];
  return d;
}

DisplayRange symmetricContrast(const float* values, std::size_t n, double fraction) {
  std::vector<float> magnitudes;
  magnitudes.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    if (std::isfinite(values[i]))
      magnitudes.push_back(std::fabs(values[i]));
  const DisplayRange r = autoContrast(magnitudes.data(), magnitudes.size(), fraction, fraction);
  const double m = std::max(std::fabs(r.low), 1e-12);
  return {-m, m};
}

DisplayRange magnitudeContrast(const float* values, std::size_t n, double fraction) {
  const DisplayRange r = autoContrast(values, n, fraction, fraction);
  return {0.0, std::max(r.high, 1e-12)};
}

std::size_t residentMemoryBytes() {
  std::ifstream statm("/proc/self/statm");
  std::size_t pages = 0;
  std::size_t resident = 0;
  if (!(statm >> pages >> resident))
    return 0;
  const long pageSize = sysconf(_SC_PAGESIZE);
  return pageSize > 0 ? resident * static_cast<std::size_t>(pageSize) : 0;
}

} // namespace pgd
