#include "noise/ForegroundLevels.h"
#include "noise/NoiseUnitsText.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace pgd {
namespace {

// 90% background around 0.02, 10% foreground spread over 0.3..0.9 (values in normalised units).
std::vector<float> darkImageWithSparseSignal() {
  std::mt19937 rng(3);
  std::normal_distribution<float> background(0.02f, 0.005f);
  std::uniform_real_distribution<float> signal(0.3f, 0.9f);
  std::vector<float> v;
  for (int i = 0; i < 90000; ++i)
    v.push_back(background(rng));
  for (int i = 0; i < 10000; ++i)
    v.push_back(signal(rng));
  return v;
}

TEST(ForegroundLevels, OtsuSplitsBackgroundFromSignal) {
  const std::vector<float> v = darkImageWithSparseSignal();
  const double t = otsuThreshold(v.data(), v.size());
  // Above the background's upper tail, and at most a little into the signal's lower end (the
  // split maximises the between-class variance, not the gap).
  EXPECT_GT(t, 0.04);
  EXPECT_LT(t, 0.35);
}

TEST(ForegroundLevels, LevelsSpreadOverTheForegroundOnly) {
  const std::vector<float> v = darkImageWithSparseSignal();
  const std::vector<double> levels = foregroundLevels(v.data(), v.size(), 4);
  ASSERT_EQ(levels.size(), 4u);
  // The 10% .. 95% quantiles of uniform 0.3..0.9: 0.36 .. 0.87.
  EXPECT_NEAR(levels.front(), 0.36, 0.02);
  EXPECT_NEAR(levels.back(), 0.87, 0.02);
  for (std::size_t i = 1; i < levels.size(); ++i)
    EXPECT_GT(levels[i], levels[i - 1] + 0.1);
}

TEST(ForegroundLevels, FlatAndEmptyImagesStillGiveLevels) {
  const std::vector<float> flat(1000, 0.5f);
  const std::vector<double> one = foregroundLevels(flat.data(), flat.size(), 4);
  ASSERT_FALSE(one.empty());
  EXPECT_DOUBLE_EQ(one.front(), 0.5);
  const std::vector<float> nan(10, std::numeric_limits<float>::quiet_NaN());
  EXPECT_TRUE(foregroundLevels(nan.data(), nan.size(), 4).empty());
  EXPECT_TRUE(foregroundLevels(flat.data(), flat.size(), 0).empty());
}

TEST(NoiseUnitsText, NamesRawUnitsFirstThenNormalised) {
  const std::string text = noiseUnitsText({133.3, -108727.0}, {0.0455, 0.0012});
  EXPECT_EQ(text, "a_raw=133.3 b_raw=-1.087e+05 (raw units), a_norm=0.0455 b_norm=0.0012 "
                  "(normalised)");
}

} // namespace
} // namespace pgd
