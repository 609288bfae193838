#include "LabelPlacement.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace pgd {
namespace {

bool clearOf(const QRectF& r, const std::vector<QRectF>& placed, double gap) {
  const QRectF grown = r.adjusted(-gap, -gap, gap, gap);
  return std::none_of(placed.begin(), placed.end(),
                      [&](const QRectF& p) { return grown.intersects(p); });
}

bool inside(const QRectF& r, const QRectF& bounds) {
  return r.top() >= bounds.top() && r.bottom() <= bounds.bottom();
}

} // namespace

std::vector<QRectF> placeLabelsApart(const std::vector<QRectF>& wanted, const QRectF& bounds,
                                     double gap) {
  std::vector<std::size_t> order(wanted.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t i, std::size_t j) { return wanted[i].top() < wanted[j].top(); });
  std::vector<QRectF> result = wanted;
  std::vector<QRectF> placed;
  placed.reserve(wanted.size());
  // One-pixel steps up to the height of the bounds: a handful of labels, a few hundred tries each.
  const int maxShift = std::max(0, int(std::ceil(bounds.height())));
  const auto firstFree = [&](const QRectF& w, double direction) -> std::optional<QRectF> {
    for (int shift = 0; shift <= maxShift; ++shift) {
      const QRectF r = w.translated(0.0, direction * shift);
      if (inside(r, bounds) && clearOf(r, placed, gap))
        return r;
    }
    return std::nullopt;
  };
  for (const std::size_t i : order) {
    if (const auto up = firstFree(wanted[i], -1.0))
      result[i] = *up;
    else if (const auto down = firstFree(wanted[i], 1.0))
      result[i] = *down;
    placed.push_back(result[i]);
  }
  return result;
}

} // namespace pgd
