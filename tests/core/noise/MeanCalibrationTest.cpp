// Tests of MeanCalibration: the prior mean at E[y | mu] measured on the frame.
#include "noise/MeanCalibration.h"
#include "image/NoClipLevel.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

namespace pgd {
namespace {

struct Frame {
  std::vector<float> clean, noisy, mu;
};

// 256x256 values: clean levels spread over [0.05, 0.95], Gaussian noise of sd 0.05, and a mu
// that holds the clean level wrongly (`wrong`) plus an error of its own that no function of mu
// can remove (sd 0.01). mu never sees the pixel's noise, as behind a blind spot.
template <class Wrong> Frame frameWith(const Wrong& wrong, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> level(0.05, 0.95);
  std::normal_distribution<double> noise(0.0, 0.05), own(0.0, 0.01);
  Frame f;
  for (int i = 0; i < 256 * 256; ++i) {
    const double x = level(rng);
    f.clean.push_back(float(x));
    f.noisy.push_back(float(x + noise(rng)));
    f.mu.push_back(float(wrong(x) + own(rng)));
  }
  return f;
}

double rmsError(const std::vector<float>& a, const std::vector<float>& b) {
  double s = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i)
    s += (double(a[i]) - b[i]) * (double(a[i]) - b[i]);
  return std::sqrt(s / double(a.size()));
}

// A mu with the wrong contrast and offset is brought to the clean levels: what remains is its own
// error, not the map's.
TEST(MeanCalibration, BringsAWrongContrastAndOffsetToTheCleanLevels) {
  Frame f = frameWith([](double x) { return 0.6 * x + 0.15; }, 1);
  const double before = rmsError(f.mu, f.clean);
  const LevelCalibration c =
      meanCalibration(f.noisy.data(), f.mu.data(), f.mu.size(), -kNoClipLevel, kNoClipLevel);
  ASSERT_FALSE(c.identity());
  applyMeanCalibration(c, f.mu.data(), f.mu.size());
  const double after = rmsError(f.mu, f.clean);
  EXPECT_GT(before, 0.05);
  // The own error of 0.01 read back through the map's slope of 1/0.6, a little more for the
  // knots' noise and the interpolation.
  EXPECT_LT(after, 0.02);
  EXPECT_GT(after, 0.01);
}

// A mu already at the clean levels is left where it is (to the noise of the groups' means).
TEST(MeanCalibration, LeavesACalibratedMeanAlone) {
  Frame f = frameWith([](double x) { return x; }, 2);
  const std::vector<float> original = f.mu;
  const LevelCalibration c =
      meanCalibration(f.noisy.data(), f.mu.data(), f.mu.size(), -kNoClipLevel, kNoClipLevel);
  applyMeanCalibration(c, f.mu.data(), f.mu.size());
  EXPECT_LT(rmsError(f.mu, original), 0.003);
}

// Under two groups' worth of pixels, or a constant mu, there is nothing to read: the identity.
TEST(MeanCalibration, IsTheIdentityWithoutEnoughPixelsOrLevels) {
  Frame f = frameWith([](double x) { return 0.5 * x; }, 3);
  EXPECT_TRUE(
      meanCalibration(f.noisy.data(), f.mu.data(), 3000, -kNoClipLevel, kNoClipLevel).identity());
  std::vector<float> flat(f.noisy.size(), 0.4f);
  EXPECT_TRUE(meanCalibration(f.noisy.data(), flat.data(), flat.size(), -kNoClipLevel, kNoClipLevel)
                  .identity());
}

// Near a clip level the unclipped noisy values are a truncated sample; those levels are left
// out, so clipping at 0.3 does not drag the levels just above it upwards.
TEST(MeanCalibration, LeavesOutTheLevelsNextToAClipLevel) {
  Frame f = frameWith([](double x) { return x; }, 4);
  for (float& y : f.noisy)
    y = std::max(y, 0.3f);
  const LevelCalibration c =
      meanCalibration(f.noisy.data(), f.mu.data(), f.mu.size(), 0.3, kNoClipLevel);
  const LevelCalibration unguarded =
      meanCalibration(f.noisy.data(), f.mu.data(), f.mu.size(), -kNoClipLevel, kNoClipLevel);
  EXPECT_NEAR(c(0.32), 0.32, 0.01);
  EXPECT_GT(unguarded(0.32), 0.33); // the clipped sample's mean lies above its level
}

} // namespace
} // namespace pgd
