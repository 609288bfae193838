// lineProfile: one sample per pixel of length with both ends, bilinear values between pixel
// centres (exact on a linear ramp), NaN outside the frame.
#include "display/LineProfile.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace pgd {
namespace {

// value = 2x + 3y on a 10 x 8 frame.
std::vector<float> ramp() {
  std::vector<float> f(10 * 8);
  for (int y = 0; y < 8; ++y)
    for (int x = 0; x < 10; ++x)
      f[std::size_t(y) * 10 + x] = float(2 * x + 3 * y);
  return f;
}

TEST(LineProfile, FollowsALinearRampExactly) {
  const std::vector<float> f = ramp();
  // A diagonal from (1, 1) to (7, 5): length sqrt(52) = 7.2, so 9 samples.
  const auto p = lineProfile(f.data(), 10, 8, 1.0, 1.0, 7.0, 5.0);
  ASSERT_EQ(p.size(), 9u);
  EXPECT_DOUBLE_EQ(p.front().distance, 0.0);
  EXPECT_NEAR(p.back().distance, std::sqrt(52.0), 1e-12);
  for (std::size_t i = 0; i < p.size(); ++i) {
    const double t = double(i) / 8.0;
    EXPECT_NEAR(p[i].value, 2 * (1 + 6 * t) + 3 * (1 + 4 * t), 1e-9) << i;
  }
}

TEST(LineProfile, OutsideIsNaNAndAPointIsOneSample) {
  const std::vector<float> f = ramp();
  const auto p = lineProfile(f.data(), 10, 8, -3.0, 2.0, 3.0, 2.0);
  ASSERT_EQ(p.size(), 7u);
  EXPECT_TRUE(std::isnan(p[0].value)); // x = -3
  EXPECT_TRUE(std::isnan(p[2].value)); // x = -1
  EXPECT_DOUBLE_EQ(p[3].value, 6.0);   // (0, 2)
  EXPECT_DOUBLE_EQ(p[6].value, 12.0);  // (3, 2)
  const auto one = lineProfile(f.data(), 10, 8, 4.0, 4.0, 4.0, 4.0);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_DOUBLE_EQ(one[0].value, 20.0);
}

} // namespace
} // namespace pgd
