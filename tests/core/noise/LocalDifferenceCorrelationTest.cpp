#include "noise/LocalDifferenceCorrelation.h"
#include "NoiseTestImages.h"
#include "image/NoClipLevel.h"
#include "noise/PoissonGaussianNoise.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace pgd {
namespace {

constexpr int kSize = 512;

// Independent Gaussian noise of standard deviation sd on `clean`, then averaged over a
// (2r+1)-pixel horizontal and vertical box when r > 0 (grains of about r pixels, like
// interpolated or demosaiced camera noise).
std::vector<float> withNoise(const ImageStack& clean, double sd, int r, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> g(0.0, sd);
  const std::size_t n = clean.size();
  std::vector<double> noise(n);
  for (double& v : noise)
    v = g(rng);
  if (r > 0) {
    std::vector<double> smooth(n, 0.0);
    for (int y = r; y < kSize - r; ++y)
      for (int x = r; x < kSize - r; ++x) {
        double s = 0.0;
        for (int dy = -r; dy <= r; ++dy)
          for (int dx = -r; dx <= r; ++dx)
            s += noise[std::size_t(y + dy) * kSize + std::size_t(x + dx)];
        smooth[std::size_t(y) * kSize + std::size_t(x)] = s / double((2 * r + 1) * (2 * r + 1));
      }
    noise.swap(smooth);
  }
  std::vector<float> y(n);
  for (std::size_t i = 0; i < n; ++i)
    y[i] = static_cast<float>(clean.values()[i] + noise[i]);
  return y;
}

// Independent noise over a locally linear image: -0.4 (the two differences share two terms).
TEST(LocalDifferenceCorrelation, IndependentNoiseGivesMinusTwoFifths) {
  const ImageStack ramp = test::rampImage(kSize);
  const std::vector<float> y = withNoise(ramp, 0.05, 0, 1);
  const auto c = localDifferenceCorrelation(y.data(), kSize, kSize, -kNoClipLevel, kNoClipLevel);
  EXPECT_NEAR(c.correlation, kIndependentNoiseCorrelation, 0.01);
  EXPECT_GT(c.pairs, std::size_t(400000));
}

// Signal-dependent Poisson-Gaussian noise over a scene with discs and blobs still reads as
// independent; the same noise with grains of 3x3 pixels does not (it moves well above -0.3).
TEST(LocalDifferenceCorrelation, SeparatesIndependentFromGrainyNoise) {
  const ImageStack clean = test::piecewiseSmoothPhantom(kSize);
  const ImageStack noisy =
      addPoissonGaussianNoise(clean, NoiseParams::fromPaperLevels(30, 10), {7, false});
  const auto independent =
      localDifferenceCorrelation(noisy.values().data(), kSize, kSize, -kNoClipLevel, kNoClipLevel);
  EXPECT_NEAR(independent.correlation, kIndependentNoiseCorrelation, 0.04);
  const std::vector<float> grainy = withNoise(clean, 0.08, 1, 2);
  const auto correlated =
      localDifferenceCorrelation(grainy.data(), kSize, kSize, -kNoClipLevel, kNoClipLevel);
  EXPECT_GT(correlated.correlation, -0.2);
}

// Over pixels `spacing` apart (read on the interleaved sub-frames): independent noise still gives
// -0.4; grains of 3x3 pixels (correlated one and two pixels apart, not three) give -0.4 from
// spacing 3 on and stay far above it at spacings 1 and 2.
TEST(LocalDifferenceCorrelation, WiderSpacingSeesPastGrains) {
  const ImageStack clean = test::piecewiseSmoothPhantom(kSize);
  const std::vector<float> independent = withNoise(clean, 0.05, 0, 4);
  const std::vector<float> grainy = withNoise(clean, 0.15, 1, 5);
  for (const int spacing : {2, 3}) {
    const auto c = localDifferenceCorrelationAt(independent.data(), kSize, kSize, spacing,
                                                -kNoClipLevel, kNoClipLevel);
    EXPECT_NEAR(c.correlation, kIndependentNoiseCorrelation, 0.02) << spacing;
    EXPECT_GT(c.pairs, std::size_t(200000)) << spacing;
  }
  EXPECT_EQ(
      localDifferenceCorrelationAt(grainy.data(), kSize, kSize, 1, -kNoClipLevel, kNoClipLevel)
          .correlation,
      localDifferenceCorrelation(grainy.data(), kSize, kSize, -kNoClipLevel, kNoClipLevel)
          .correlation);
  EXPECT_GT(
      localDifferenceCorrelationAt(grainy.data(), kSize, kSize, 1, -kNoClipLevel, kNoClipLevel)
          .correlation,
      -0.2);
  EXPECT_GT(
      localDifferenceCorrelationAt(grainy.data(), kSize, kSize, 2, -kNoClipLevel, kNoClipLevel)
          .correlation,
      -0.3);
  EXPECT_NEAR(
      localDifferenceCorrelationAt(grainy.data(), kSize, kSize, 3, -kNoClipLevel, kNoClipLevel)
          .correlation,
      kIndependentNoiseCorrelation, 0.02);
  // Sub-frames under 4x4 pixels measure nothing.
  EXPECT_TRUE(
      std::isnan(localDifferenceCorrelationAt(grainy.data(), 9, 9, 3, -kNoClipLevel, kNoClipLevel)
                     .correlation));
}

// Clipped values and non-finite pixels are left out; too small a frame gives NaN; maxPairs
// limits the work to whole rows.
TEST(LocalDifferenceCorrelation, LeavesOutClippedPixelsAndLimitsPairs) {
  const ImageStack ramp = test::rampImage(kSize);
  std::vector<float> y = withNoise(ramp, 0.05, 0, 3);
  // A clipped left half (constant values would correlate perfectly if they were used).
  for (int row = 0; row < kSize; ++row)
    for (int col = 0; col < kSize / 2; ++col)
      y[std::size_t(row) * kSize + std::size_t(col)] = 0.0f;
  y[100] = std::numeric_limits<float>::quiet_NaN();
  const auto c = localDifferenceCorrelation(y.data(), kSize, kSize, 0.0, kNoClipLevel);
  EXPECT_NEAR(c.correlation, kIndependentNoiseCorrelation, 0.015);
  EXPECT_LT(c.pairs, std::size_t(kSize) * kSize / 2 * 2);
  const auto few = localDifferenceCorrelation(y.data(), kSize, kSize, 0.0, kNoClipLevel, 20000);
  EXPECT_LE(few.pairs, std::size_t(20000 + 2 * kSize));
  EXPECT_NEAR(few.correlation, kIndependentNoiseCorrelation, 0.05);
  EXPECT_TRUE(
      std::isnan(localDifferenceCorrelation(y.data(), 3, 3, 0.0, kNoClipLevel).correlation));
}

// Rows are shared out among threads and their pairs joined in row order: the same correlation,
// bit for bit, on any number of threads.
TEST(LocalDifferenceCorrelation, SameOnAnyNumberOfThreads) {
  const ImageStack ramp = test::rampImage(1024);
  const std::vector<float> y = withNoise(ramp, 0.05, 0, 11);
  const auto one =
      localDifferenceCorrelation(y.data(), 1024, 1024, -kNoClipLevel, kNoClipLevel, 1u << 20, 1);
  for (const int threads : {2, 3}) {
    const auto many = localDifferenceCorrelation(y.data(), 1024, 1024, -kNoClipLevel, kNoClipLevel,
                                                 1u << 20, threads);
    EXPECT_EQ(many.correlation, one.correlation) << threads << " threads";
    EXPECT_EQ(many.pairs, one.pairs);
  }
}

} // namespace
} // namespace pgd
