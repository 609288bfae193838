#include "noise/StencilCoupling.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <iterator>

namespace pgd {

double StencilCoupling::at(const std::vector<Band>& bands, double level) {
  if (bands.empty())
    return 0.0;
  if (!(level > bands.front().level))
    return bands.front().squaredSum;
  if (level >= bands.back().level)
    return bands.back().squaredSum;
  const auto above = std::upper_bound(bands.begin(), bands.end(), level,
                                      [](double l, const Band& b) { return l < b.level; });
  const Band& hi = *above;
  const Band& lo = *std::prev(above);
  const double t = hi.level > lo.level ? (level - lo.level) / (hi.level - lo.level) : 0.0;
  return lo.squaredSum + t * (hi.squaredSum - lo.squaredSum);
}

double StencilCoupling::rmsWeight() const {
  if (near.empty())
    return 0.0;
  double sum = 0.0;
  for (const Band& b : near)
    sum += b.squaredSum;
  return std::sqrt(sum / double(near.size())) / 4.0;
}

} // namespace pgd
