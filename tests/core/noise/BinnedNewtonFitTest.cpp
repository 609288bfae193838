#include "noise/BinnedNewtonFit.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pgd {
namespace {

constexpr double kFloor = 1e-4;

// Bins whose pixels all sit at the centre and whose squared residuals sum to exactly n times the
// line's variance there: every bin's term n (v_true / v + log v) is least at v = v_true, so J's
// minimum is the line itself.
BinMoments binsOnLine(double a, double b, int count) {
  BinMoments m;
  for (int k = 0; k < count; ++k) {
    const double c = 0.05 + 0.9 * (k + 0.5) / count;
    const double n = 100.0 + 37.0 * (k % 7);
    m.c.push_back(c);
    m.n.push_back(n);
    m.d.push_back(0.0);
    m.d2.push_back(0.0);
    m.r2.push_back(n * (a * c + b));
    m.r2d.push_back(0.0);
    m.r2d2.push_back(0.0);
  }
  return m;
}

double total(const BinMoments& m) {
  double t = 0.0;
  for (double n : m.n)
    t += n;
  return t;
}

TEST(BinnedNewtonFit, WeightedLineThroughExactBinsIsTheLine) {
  const BinMoments m = binsOnLine(0.02, 3e-4, 200);
  const auto line = weightedLineThroughBins(m, kFloor);
  EXPECT_NEAR(line[0], 0.02, 1e-12);
  EXPECT_NEAR(line[1], 3e-4, 1e-14);
}

TEST(BinnedNewtonFit, NewtonReachesTheMinimumFromADistantStart) {
  const BinMoments m = binsOnLine(0.02, 3e-4, 200);
  const auto r = newtonOnBins(m, 0.9 / 200, total(m), kFloor, {0.03, 5e-4});
  ASSERT_TRUE(r.has_value());
  EXPECT_NEAR(r->a, 0.02, 1e-13);
  EXPECT_NEAR(r->b, 3e-4, 1e-15);
  EXPECT_GT(r->iterations, 1);
  EXPECT_LT(r->iterations, 50);
  // J at the minimum: mean of 1 + log v over the pixels.
  double j = 0.0;
  for (std::size_t k = 0; k < m.size(); ++k)
    j += m.n[k] * (1.0 + std::log(0.02 * m.c[k] + 3e-4));
  EXPECT_NEAR(r->value, j / total(m), 1e-12);
}

// Where J's floor applies at the start (or nothing is binned), Newton declines and the caller
// runs Nelder-Mead.
TEST(BinnedNewtonFit, DeclinesWhereTheFloorApplies) {
  const BinMoments m = binsOnLine(0.02, 3e-4, 200);
  EXPECT_FALSE(newtonOnBins(m, 0.9 / 200, total(m), kFloor, {0.0, 5e-5}).has_value());
  EXPECT_FALSE(newtonOnBins(m, 0.9 / 200, total(m), kFloor, {-0.01, 3e-4}).has_value());
  EXPECT_FALSE(newtonOnBins(BinMoments{}, 0.1, 1.0, kFloor, {0.02, 3e-4}).has_value());
  // Variances under the floor at the low levels: the minimum lies where J is floored.
  const BinMoments floored = binsOnLine(0.02, -9.5e-4, 200);
  EXPECT_FALSE(newtonOnBins(floored, 0.9 / 200, total(floored), kFloor,
                            weightedLineThroughBins(floored, kFloor))
                   .has_value());
}

} // namespace
} // namespace pgd
