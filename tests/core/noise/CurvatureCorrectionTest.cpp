// Tests of CurvatureCorrection: the factor (4 S1 - S2) / (3 S1) per group of mu, interpolated.
#include "noise/CurvatureCorrection.h"
#include "noise/LevelCalibration.h"

#include <gtest/gtest.h>

#include <cmath>
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

// p''/p of a Gaussian's counts, smoothed by a Gaussian of h intervals: the ratio of a Gaussian of
// variance sigma^2 + h^2, (d^2 / s^4 - 1 / s^2) at d intervals from its centre.
TEST(CurvatureCorrection, DensityCurvatureIsThatOfTheSmoothedDensity) {
  const double sigma = 40.0, h = 10.0, centre = 2000.0;
  std::vector<double> count(4096);
  for (std::size_t i = 0; i < count.size(); ++i)
    count[i] = 1e6 * std::exp(-0.5 * std::pow((double(i) - centre) / sigma, 2));
  const std::vector<double> ratio = CurvatureCorrection::densityCurvature(count, h);
  ASSERT_EQ(ratio.size(), count.size());
  const double s2 = sigma * sigma + h * h;
  for (double d : {0.0, 20.0, 41.0, 82.0, -82.0, 123.0}) {
    const double expected = d * d / (s2 * s2) - 1.0 / s2;
    EXPECT_NEAR(ratio[std::size_t(centre + d)], expected, 0.02 * std::fabs(expected) + 1e-7) << d;
  }
  // A bandwidth below one interval counts as one; empty counts give 0.
  EXPECT_EQ(CurvatureCorrection::densityCurvature(count, 0.2),
            CurvatureCorrection::densityCurvature(count, 1.0));
  EXPECT_EQ(CurvatureCorrection::densityCurvature(std::vector<double>(64, 0.0), 3.0),
            std::vector<double>(64, 0.0));
}

// Grouped by a mu that follows the stencil's noise with weight w per pixel, L1^2 reads
// v + 16 w^2 v^2 (p''/p) / 20 (Tweedie's formula; p the density of mu, smoothed over the spread
// 2 w sqrt(mean v) as the correction smooths it), L2^2 alike with the far weight. With the
// couplings the correction gives back v in every group; without them the tail groups read up to
// tens of percent more.
TEST(CurvatureCorrection, TakesOutTheVarianceThatGroupingByMuSelects) {
  const double w = 0.08, wFar = 0.05, centre = 0.4, sigma = 0.05;
  const auto v = [](double mu) { return 0.02 + 0.03 * mu; };
  const double meanV = v(centre); // v is linear in mu
  const double h = 2.0 * w * std::sqrt(meanV);
  const double s2 = sigma * sigma + h * h;
  const std::size_t k = 4096;
  const double width = 1.0 / double(k);
  Sums s;
  for (std::size_t i = 0; i < k; ++i) {
    const double mu = (double(i) + 0.5) * width;
    const double d = mu - centre;
    const double pixels =
        std::round(4e6 * width / sigma * std::exp(-0.5 * d * d / (sigma * sigma)));
    const double ratio = d * d / (s2 * s2) - 1.0 / s2; // p''/p of the smoothed density
    const double selected = 16.0 * v(mu) * v(mu) * ratio / 20.0;
    s.count.push_back(pixels);
    s.mu.push_back(pixels * mu);
    s.near.push_back(pixels * (v(mu) + w * w * selected));
    s.far.push_back(pixels * (v(mu) + wFar * wFar * selected));
  }
  // The coupling as the probe reports it: (sum of the four weights)^2, here the same at every
  // level.
  StencilCoupling coupling;
  coupling.near = {{0.0, 16.0 * w * w}, {1.0, 16.0 * w * w}};
  coupling.far = {{0.0, 16.0 * wFar * wFar}, {1.0, 16.0 * wFar * wFar}};
  ASSERT_NEAR(coupling.rmsWeight(), w, 1e-15);
  const CurvatureCorrection plain = correctionOf(s);
  const CurvatureCorrection corrected =
      CurvatureCorrection::fromSums(s.count, s.mu, s.near, s.far, {&coupling, width});
  ASSERT_EQ(plain.knotMu(), corrected.knotMu());
  // Each group's mean L1^2, scaled by each factor at its knot, against the group's mean v.
  const std::vector<int> groupOf = LevelCalibration::equalCountGroups(s.count);
  std::vector<double> n(corrected.knotMu().size()), read(n.size()), noise(n.size());
  for (std::size_t i = 0; i < k; ++i) {
    if (groupOf[i] < 0)
      continue;
    const std::size_t g = std::size_t(groupOf[i]);
    n[g] += s.count[i];
    read[g] += s.near[i];
    noise[g] += s.count[i] * v(s.mu[i] / s.count[i]);
  }
  double worstPlain = 0.0, worstCorrected = 0.0;
  for (std::size_t g = 0; g < n.size(); ++g) {
    const double mu = corrected.knotMu()[g];
    worstPlain = std::max(worstPlain, std::fabs(plain(mu) * read[g] / noise[g] - 1.0));
    worstCorrected = std::max(worstCorrected, std::fabs(corrected(mu) * read[g] / noise[g] - 1.0));
  }
  EXPECT_GT(worstPlain, 0.15);
  EXPECT_LT(worstCorrected, 0.02);
  // No coupling, an unmeasured one, or no interval width: the plain correction, bit for bit.
  const StencilCoupling unmeasured;
  for (const SelectionByMu& none :
       {SelectionByMu{nullptr, width}, SelectionByMu{&unmeasured, width},
        SelectionByMu{&coupling, 0.0}})
    EXPECT_EQ(CurvatureCorrection::fromSums(s.count, s.mu, s.near, s.far, none).knotFactor(),
              plain.knotFactor());
}

} // namespace
} // namespace pgd
