// Tests of measureStencilCoupling: (sum of mu's responses to the four stencil pixels)^2 by level.
#include "infer/StencilProbe.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace pgd {
namespace {

// A linear "network" with a blind spot whose weights depend on where the pixel is: mu = the
// weights times the pixels around, nothing from the pixel itself. w1(level) on each of the four
// pixels one away along the row and column, w2 on those two away, wDiagonal on the diagonal
// neighbours (not a stencil pixel: never counted); level is the input's own value at the pixel,
// so the weights change with the image's brightness as a trained network's do.
TilePredictor linearPredictor(double w1Dark, double w1Bright, double w2, double wDiagonal) {
  return [=](const float* in, int h, int w, float* mu, float* s2) {
    const auto at = [&](int r, int c) {
      r = std::clamp(r, 0, h - 1);
      c = std::clamp(c, 0, w - 1);
      return double(in[std::size_t(r) * w + c]);
    };
    for (int r = 0; r < h; ++r)
      for (int c = 0; c < w; ++c) {
        const bool bright = (c / 64) % 2 == 1; // vertical stripes 64 pixels wide
        const double w1 = bright ? w1Bright : w1Dark;
        const double base = bright ? 0.8 : 0.2;
        const double m =
            base + w1 * (at(r - 1, c) + at(r + 1, c) + at(r, c - 1) + at(r, c + 1)) +
            w2 * (at(r - 2, c) + at(r + 2, c) + at(r, c - 2) + at(r, c + 2)) +
            wDiagonal * (at(r - 1, c - 1) + at(r - 1, c + 1) + at(r + 1, c - 1) + at(r + 1, c + 1));
        mu[std::size_t(r) * w + c] = static_cast<float>(m);
        if (s2)
          s2[std::size_t(r) * w + c] = 1.0f;
      }
  };
}

std::vector<float> noisyFrame(int h, int w, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> noise(0.0f, 0.01f);
  std::vector<float> y(std::size_t(h) * w);
  for (auto& v : y)
    v = noise(rng);
  return y;
}

// The bands at dark levels read (4 w1Dark)^2, those at bright levels (4 w1Bright)^2; the far
// stencil (4 w2)^2 at every level; the diagonal weights never enter.
TEST(StencilProbe, ReadsTheSummedWeightsOfTheStencilLevelByLevel) {
  const auto y = noisyFrame(300, 256, 1);
  const StencilCoupling c =
      measureStencilCoupling(linearPredictor(0.01, 0.04, 0.02, 0.05), y.data(), 256, 300);
  ASSERT_TRUE(c.measured());
  ASSERT_EQ(c.near.size(), std::size_t(StencilProbeOptions::kBands));
  EXPECT_NEAR(c.nearAt(0.0), 16.0 * 0.01 * 0.01, 1e-6);
  EXPECT_NEAR(c.nearAt(1.0), 16.0 * 0.04 * 0.04, 1e-6);
  EXPECT_LT(c.near.front().level, 0.5);
  EXPECT_GT(c.near.back().level, 0.5);
  EXPECT_NEAR(c.farAt(0.0), 16.0 * 0.02 * 0.02, 1e-6);
  EXPECT_NEAR(c.farAt(1.0), 16.0 * 0.02 * 0.02, 1e-6);
  // Between bands: linear; the root mean square weight lies between the two.
  EXPECT_GT(c.rmsWeight(), 0.01);
  EXPECT_LT(c.rmsWeight(), 0.04);
}

// A frame larger than the crop is probed in its centre, with five passes over at most 512^2
// pixels (four for a frame within the crop whose mu is given); a frame too small for a band's worth
// of lattice pixels, or a constant one (no noise to scale the changes by), is not measured.
TEST(StencilProbe, ProbesACentralCropAndSkipsTinyAndConstantFrames) {
  const int h = 700, w = 1100;
  const auto y = noisyFrame(h, w, 2);
  int calls = 0;
  const TilePredictor inner = linearPredictor(0.01, 0.01, 0.0, 0.0);
  const StencilCoupling c = measureStencilCoupling(
      [&](const float* in, int th, int tw, float* mu, float* s2) {
        ++calls;
        EXPECT_EQ(th, StencilProbeOptions::kMaxCrop);
        EXPECT_EQ(tw, StencilProbeOptions::kMaxCrop);
        inner(in, th, tw, mu, s2);
      },
      y.data(), w, h);
  EXPECT_EQ(calls, 5);
  EXPECT_NEAR(c.nearAt(0.5), 16.0 * 0.01 * 0.01, 1e-6);
  EXPECT_NEAR(c.farAt(0.5), 0.0, 1e-6);

  // A frame no larger than the crop, with its own mu given: four passes, the same coupling.
  const auto small = noisyFrame(300, 256, 4);
  std::vector<float> mu(small.size()), s2(small.size());
  inner(small.data(), 300, 256, mu.data(), s2.data());
  calls = 0;
  const auto counted = [&](const float* in, int th, int tw, float* m, float* v) {
    ++calls;
    inner(in, th, tw, m, v);
  };
  const StencilCoupling given =
      measureStencilCoupling(counted, small.data(), 256, 300, {}, mu.data());
  EXPECT_EQ(calls, 4);
  const StencilCoupling predicted = measureStencilCoupling(inner, small.data(), 256, 300);
  ASSERT_EQ(given.near.size(), predicted.near.size());
  for (std::size_t b = 0; b < given.near.size(); ++b)
    EXPECT_EQ(given.near[b].squaredSum, predicted.near[b].squaredSum) << b;

  const auto tiny = noisyFrame(30, 30, 3);
  EXPECT_FALSE(measureStencilCoupling(inner, tiny.data(), 30, 30).measured());
  const std::vector<float> flat(128 * 128, 0.5f);
  EXPECT_FALSE(measureStencilCoupling(inner, flat.data(), 128, 128).measured());
}

} // namespace
} // namespace pgd
