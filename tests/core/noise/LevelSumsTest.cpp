// Tests of LevelSums: the equal intervals of mu and the per-interval sums that the calibrated
// levels, the curvature correction and the prior mean read a frame through.
#include "noise/LevelSums.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstddef>
#include <vector>

namespace pgd {
namespace {

TEST(LevelIntervals, SpreadsTheRangeOverEqualIntervalsAndKeepsTheEndsInside) {
  const LevelIntervals intervals(-1.0, 3.0);
  ASSERT_FALSE(intervals.empty());
  const std::size_t k = intervals.size();
  EXPECT_EQ(k, LevelIntervals::kCount);
  EXPECT_EQ(intervals(-1.0), 0u);
  EXPECT_EQ(intervals(3.0), k - 1); // the greatest level belongs to the last interval
  EXPECT_EQ(intervals(1.0), k / 2); // the middle of the range starts the upper half
  EXPECT_EQ(intervals(1.0 - 1e-9), k / 2 - 1);
  EXPECT_EQ(intervals(-5.0), 0u); // outside the range: clamped, never out of bounds
  EXPECT_EQ(intervals(7.0), k - 1);
}

TEST(LevelIntervals, RangeOfTheKeptValuesOnly) {
  const std::vector<float> levels = {5.0f, 0.0f, 2.0f, NAN, 4.0f, -3.0f};
  const auto kept = [&](std::size_t i) { return std::isfinite(levels[i]) && levels[i] >= 0.0f; };
  const LevelIntervals intervals = LevelIntervals::over(levels.data(), levels.size(), kept);
  ASSERT_FALSE(intervals.empty());
  EXPECT_EQ(intervals(0.0), 0u);
  EXPECT_EQ(intervals(5.0), intervals.size() - 1);
  EXPECT_EQ(intervals(2.5), intervals.size() / 2);
}

TEST(LevelIntervals, EmptyWithoutTwoDistinctLevels) {
  EXPECT_TRUE(LevelIntervals(1.0, 1.0).empty());
  EXPECT_TRUE(LevelIntervals(2.0, 1.0).empty());
  const std::vector<float> flat(10, 0.5f);
  EXPECT_TRUE(
      LevelIntervals::over(flat.data(), flat.size(), [](std::size_t) { return true; }).empty());
  EXPECT_TRUE(LevelIntervals::over(flat.data(), 0, [](std::size_t) { return true; }).empty());
}

TEST(LevelSums, AddsEachPixelToItsIntervalOnly) {
  LevelSums sums(4);
  sums.add(1, 0.25, 0.5, 0.01);
  sums.add(1, 0.75, 1.5, 0.03);
  sums.add(3, 2.0, 3.0, 0.5);
  EXPECT_EQ(sums.count, (std::vector<double>{0.0, 2.0, 0.0, 1.0}));
  EXPECT_EQ(sums.mu, (std::vector<double>{0.0, 1.0, 0.0, 2.0}));
  EXPECT_EQ(sums.y, (std::vector<double>{0.0, 2.0, 0.0, 3.0}));
  EXPECT_DOUBLE_EQ(sums.r2[1], 0.04);
  EXPECT_DOUBLE_EQ(sums.r2[3], 0.5);
  EXPECT_EQ(sums.r2[0], 0.0);
}

} // namespace
} // namespace pgd
