// Tests of CurvatureCorrection: the factor (4 S1 - S2) / (3 S1) per group of mu, interpolated.
#include "noise/CurvatureCorrection.h"

#include <gtest/gtest.h>

#include <functional>
#include <vector>

namespace pgd {
namespace {

struct Sums {
  std::vector<double> count, mu, near, far;
};

// 400 intervals of mu in [0, 1), `pixels` each; per pixel a mean L1^2 of near(mu) and of L2^2 of
// far(mu).
Sums sumsOf(const std::function<double(double)>& near, const std::function<double(double)>& far,
            double pixels = 100.0) {
  Sums s;
  for (int k = 0; k < 400; ++k) {
    const double mu = (k + 0.5) / 400.0;
    s.count.push_back(pixels);
    s.mu.push_back(pixels * mu);
    s.near.push_back(pixels * near(mu));
    s.far.push_back(pixels * far(mu));
  }
  return s;
}

CurvatureCorrection correctionOf(const Sums& s) {
  return CurvatureCorrection::fromSums(s.count, s.mu, s.near, s.far);
}

// Noise alone (L2^2 as large as L1^2 on average): factor 1 at every level. Noise v plus
// structure c whose far difference reads 2c (L2 twice L1): the factor leaves v / (v + c).
TEST(CurvatureCorrection, LeavesNoiseAndRemovesStructureOfRatioTwo) {
  const auto noise = [](double mu) { return 0.01 + 0.03 * mu; };
  const CurvatureCorrection none = correctionOf(sumsOf(noise, noise));
  ASSERT_FALSE(none.identity());
  EXPECT_EQ(none.knotMu().size(), 20u); // 40,000 pixels in groups of 2,000
  for (double mu : {0.0, 0.3, 0.77, 1.2})
    EXPECT_NEAR(none(mu), 1.0, 1e-12) << mu;

  const auto structure = [](double mu) { return 0.004 * mu * mu; };
  const CurvatureCorrection c =
      correctionOf(sumsOf([&](double mu) { return noise(mu) + structure(mu); },
                          [&](double mu) { return noise(mu) + 4.0 * structure(mu); }));
  // At each knot (a group's mean mu) the group's factor is exact for the group's sums; in between
  // the interpolation is close to the exact curve.
  for (std::size_t k = 0; k < c.knotMu().size(); ++k) {
    const double mu = c.knotMu()[k];
    EXPECT_NEAR(c(mu) * (noise(mu) + structure(mu)), noise(mu), 1e-4 * noise(mu)) << mu;
  }
  for (double mu : {0.2, 0.5, 0.8})
    EXPECT_NEAR(c(mu) * (noise(mu) + structure(mu)), noise(mu), 2e-3 * noise(mu)) << mu;
  // Beyond the end knots the end factors hold.
  EXPECT_EQ(c(-1.0), c.knotFactor().front());
  EXPECT_EQ(c(2.0), c.knotFactor().back());
}

// A far difference far larger than the near one (pathological data) cannot make the corrected
// variance vanish: the factor stays at or above its bound. It is at most 4/3 (no far difference).
TEST(CurvatureCorrection, KeepsTheFactorWithinItsBounds) {
  const auto near = [](double) { return 1.0; };
  const CurvatureCorrection low = correctionOf(sumsOf(near, [](double) { return 10.0; }));
  const CurvatureCorrection high = correctionOf(sumsOf(near, [](double) { return 0.0; }));
  EXPECT_EQ(low(0.5), CurvatureCorrection::kMinFactor);
  EXPECT_NEAR(high(0.5), 4.0 / 3.0, 1e-15);
}

// Fewer than two groups' worth of pixels (under 4,000): no correction.
TEST(CurvatureCorrection, IsTheIdentityWithTooFewPixels) {
  const auto near = [](double) { return 1.0; };
  const auto far = [](double) { return 2.0; };
  const CurvatureCorrection few = correctionOf(sumsOf(near, far, 9.0)); // 3,600 pixels
  EXPECT_TRUE(few.identity());
  EXPECT_EQ(few(0.5), 1.0);
  EXPECT_FALSE(correctionOf(sumsOf(near, far, 10.0)).identity()); // 4,000 pixels
}

} // namespace
} // namespace pgd
