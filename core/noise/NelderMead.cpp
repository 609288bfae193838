#include "noise/NelderMead.h"

#include "job/Error.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace pgd {

namespace {

using Point = std::array<double, 2>;

Point lerp(const Point& from, const Point& to, double t, int dims) {
  Point p{};
  for (int d = 0; d < dims; ++d)
    p[d] = from[d] + t * (to[d] - from[d]);
  return p;
}

} // namespace

NelderMeadResult NelderMead::minimize(const Objective& f, int dimensions, Point start,
                                      Point steps) const {
  if (dimensions < 1 || dimensions > 2)
    throw Error(ErrorKind::Internal, "NelderMead: dimensions must be 1 or 2");
  const int n = dimensions;
  const int vertices = n + 1;
  std::array<Point, 3> x{};
  std::array<double, 3> fx{};
  NelderMeadResult result;
  const auto eval = [&](const Point& p) {
    ++result.evaluations;
    const double v = f(p);
    return std::isfinite(v) ? v : HUGE_VAL;
  };
  x[0] = start;
  for (int i = 1; i < vertices; ++i) {
    x[i] = start;
    x[i][i - 1] += steps[i - 1];
  }
  for (int i = 0; i < vertices; ++i)
    fx[i] = eval(x[i]);

  std::array<int, 3> order{0, 1, 2};
  for (result.iterations = 0; result.iterations < m_settings.maxIterations; ++result.iterations) {
    // Insertion sort of the (at most 3) vertices by value.
    for (int i = 1; i < vertices; ++i)
      for (int j = i; j > 0 && fx[order[j]] < fx[order[j - 1]]; --j)
        std::swap(order[j], order[j - 1]);
    const int best = order[0];
    const int worst = order[n];
    const int secondWorst = order[n - 1];

    bool small = std::fabs(fx[worst] - fx[best]) <=
                 m_settings.fTolerance * (std::fabs(fx[best]) + m_settings.fTolerance);
    for (int d = 0; d < n && small; ++d)
      for (int i = 0; i < vertices && small; ++i)
        small = std::fabs(x[i][d] - x[best][d]) <=
                m_settings.xTolerance * (std::fabs(x[best][d]) + m_settings.xScale);
    if (small) {
      result.converged = true;
      break;
    }

    Point centroid{};
    for (int i = 0; i < vertices; ++i)
      if (i != worst)
        for (int d = 0; d < n; ++d)
          centroid[d] += x[i][d] / n;

    const Point reflected = lerp(centroid, x[worst], -1.0, n);
    const double fr = eval(reflected);
    if (fr < fx[best]) {
      const Point expanded = lerp(centroid, x[worst], -2.0, n);
      const double fe = eval(expanded);
      if (fe < fr) {
        x[worst] = expanded;
        fx[worst] = fe;
      } else {
        x[worst] = reflected;
        fx[worst] = fr;
      }
      continue;
    }
    if (fr < fx[secondWorst]) {
      x[worst] = reflected;
      fx[worst] = fr;
      continue;
    }
    const bool outside = fr < fx[worst];
    const Point contracted = lerp(centroid, outside ? reflected : x[worst], 0.5, n);
    const double fc = eval(contracted);
    if (fc < (outside ? fr : fx[worst])) {
      x[worst] = contracted;
      fx[worst] = fc;
      continue;
    }
    for (int i = 0; i < vertices; ++i) {
      if (i == best)
        continue;
      x[i] = lerp(x[best], x[i], 0.5, n);
      fx[i] = eval(x[i]);
    }
  }
  const int best =
      static_cast<int>(std::min_element(fx.begin(), fx.begin() + vertices) - fx.begin());
  result.x = x[best];
  result.value = fx[best];
  return result;
}

} // namespace pgd
