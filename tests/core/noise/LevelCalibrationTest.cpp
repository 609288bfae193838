// Tests of LevelCalibration: the map from mu to the mean noisy value at that mu.
#include "noise/LevelCalibration.h"

#include <gtest/gtest.h>

#include <vector>

namespace pgd {
namespace {

// Sums over 400 intervals of mu in [0, 1), 100 pixels each, whose mean y is level(mu).
template <class Level>
void sumsOf(const Level& level, std::vector<double>& count, std::vector<double>& sumMu,
            std::vector<double>& sumY, double pixels = 100.0) {
  for (int k = 0; k < 400; ++k) {
    const double mu = (k + 0.5) / 400.0;
    count.push_back(pixels);
    sumMu.push_back(pixels * mu);
    sumY.push_back(pixels * level(mu));
  }
}

// A straight line through the sums is reproduced inside the knots, with its slope; beyond the
// end knots the map continues with slope 1.
TEST(LevelCalibration, ReproducesALinearLevelAndContinuesWithSlopeOne) {
  std::vector<double> count, sumMu, sumY;
  sumsOf([](double mu) { return 0.2 + 0.5 * mu; }, count, sumMu, sumY);
  const LevelCalibration c = LevelCalibration::fromSums(count, sumMu, sumY);
  ASSERT_FALSE(c.identity());
  EXPECT_EQ(c.knotMu().size(), 20u); // 40,000 pixels in groups of 2,000
  for (double mu : {0.1, 0.37, 0.5, 0.9}) {
    EXPECT_NEAR(c(mu), 0.2 + 0.5 * mu, 1e-12) << mu;
    EXPECT_NEAR(c.slope(mu), 0.5, 1e-9) << mu;
  }
  const double first = c.knotMu().front();
  EXPECT_NEAR(c(first - 0.01), c(first) - 0.01, 1e-12);
  EXPECT_EQ(c.slope(first - 0.01), 1.0);
  EXPECT_EQ(c.slope(c.knotMu().back() + 0.01), 1.0);
}

// Mean noisy values that fall with mu (noise in a flat region) are pooled: the map never
// decreases.
TEST(LevelCalibration, NeverDecreases) {
  std::vector<double> count, sumMu, sumY;
  sumsOf([](double mu) { return mu < 0.5 ? 0.3 - 0.2 * mu : mu; }, count, sumMu, sumY);
  const LevelCalibration c = LevelCalibration::fromSums(count, sumMu, sumY);
  ASSERT_FALSE(c.identity());
  for (std::size_t k = 1; k < c.knotLevel().size(); ++k)
    EXPECT_GE(c.knotLevel()[k], c.knotLevel()[k - 1]) << k;
  // The falling part is pooled into one flat level, the mean of its y (0.25 over mu in [0, 0.5)).
  EXPECT_NEAR(c(0.2), c(0.1), 1e-12);
  EXPECT_NEAR(c(0.1), 0.25, 0.01);
  EXPECT_NEAR(c(0.8), 0.8, 1e-12);
}

// Too few pixels for two groups, or no pixel at all: the identity.
TEST(LevelCalibration, IsTheIdentityWithTooFewPixels) {
  std::vector<double> count, sumMu, sumY;
  sumsOf([](double mu) { return 2.0 * mu; }, count, sumMu, sumY, 0.1); // 40 pixels in all
  const LevelCalibration few = LevelCalibration::fromSums(count, sumMu, sumY);
  EXPECT_TRUE(few.identity());
  EXPECT_EQ(few(0.3), 0.3);
  EXPECT_EQ(few.slope(0.3), 1.0);
  EXPECT_TRUE(LevelCalibration::fromSums({}, {}, {}).identity());
}

} // namespace
} // namespace pgd
