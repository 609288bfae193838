#include "infer/DihedralAverage.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <stdexcept>
#include <vector>

namespace pgd {
namespace {

// A stand-in network that looks one way only: mu is the pixel above (0 on the top row), s2 the
// square of the pixel to the left (0 on the left column). Averaging over transforms turns "above"
// into other neighbours, which the tests read back.
void lookUpAndLeft(const float* tile, int h, int w, float* mu, float* s2) {
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      mu[y * w + x] = y > 0 ? tile[(y - 1) * w + x] : 0.0f;
      if (s2) {
        const float left = x > 0 ? tile[y * w + x - 1] : 0.0f;
        s2[y * w + x] = left * left;
      }
    }
}

// Values with no symmetry: every pixel differs from its neighbours in every direction.
std::vector<float> unevenTile(int h, int w) {
  std::vector<float> v(std::size_t(h) * w);
  for (std::size_t i = 0; i < v.size(); ++i)
    v[i] = 0.5f + 0.4f * std::sin(1.7f * float(i) + 0.3f * float(i * i % 11));
  return v;
}

TEST(DihedralAverage, EveryTransformIsAPermutationOfTheTile) {
  const int h = 5, w = 7;
  for (int t = 0; t < 8; ++t) {
    std::set<std::size_t> seen;
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x)
        seen.insert(dihedralIndex(t, y, x, h, w));
    EXPECT_EQ(seen.size(), std::size_t(h * w)) << "transform " << t;
    EXPECT_EQ(*seen.rbegin(), std::size_t(h * w - 1)) << "transform " << t;
  }
  // The transposed tile is w x h: pixel (1, 2) of a 5 x 7 tile sits at row 2, column 1.
  EXPECT_EQ(dihedralIndex(4, 1, 2, h, w), std::size_t(2 * h + 1));
  // Both flips: the first pixel becomes the last.
  EXPECT_EQ(dihedralIndex(3, 0, 0, h, w), std::size_t(h * w - 1));
}

TEST(DihedralAverage, AveragesTheNeighboursEachOrientationLooksAt) {
  const int h = 6, w = 9; // not square: the transposed passes see a 9 x 6 tile
  const std::vector<float> tile = unevenTile(h, w);
  const auto at = [&](int y, int x) { return tile[std::size_t(y) * w + x]; };
  std::vector<float> mu(tile.size()), s2(tile.size());
  for (int y = 1; y < h - 1; ++y)
    for (int x = 1; x < w - 1; ++x) {
      const float up = at(y - 1, x), down = at(y + 1, x), left = at(y, x - 1), right = at(y, x + 1);
      // 2 transforms: identity and the horizontal flip both look up; s2 looks left and right.
      averageOverDihedral(lookUpAndLeft, 2)(tile.data(), h, w, mu.data(), s2.data());
      EXPECT_NEAR(mu[y * w + x], up, 1e-6f);
      EXPECT_NEAR(s2[y * w + x], (left * left + right * right) / 2, 1e-6f);
      // 4: up and down.
      averageOverDihedral(lookUpAndLeft, 4)(tile.data(), h, w, mu.data(), s2.data());
      EXPECT_NEAR(mu[y * w + x], (up + down) / 2, 1e-6f);
      // 8: all four neighbours, for mu and s2 alike.
      averageOverDihedral(lookUpAndLeft, 8)(tile.data(), h, w, mu.data(), s2.data());
      EXPECT_NEAR(mu[y * w + x], (up + down + left + right) / 4, 1e-6f);
      EXPECT_NEAR(s2[y * w + x], (up * up + down * down + left * left + right * right) / 4, 1e-6f);
    }
}

TEST(DihedralAverage, OneTransformIsThePredictorItselfAndS2IsOptional) {
  const int h = 4, w = 5;
  const std::vector<float> tile = unevenTile(h, w);
  std::vector<float> direct(tile.size()), wrapped(tile.size());
  lookUpAndLeft(tile.data(), h, w, direct.data(), nullptr);
  averageOverDihedral(lookUpAndLeft, 1)(tile.data(), h, w, wrapped.data(), nullptr);
  EXPECT_EQ(direct, wrapped);
  averageOverDihedral(lookUpAndLeft, 8)(tile.data(), h, w, wrapped.data(), nullptr);
  EXPECT_NE(direct, wrapped);
}

TEST(DihedralAverage, RefusesCountsOtherThanOneTwoFourOrEight) {
  for (int bad : {0, 3, 5, 16, -1})
    EXPECT_THROW(averageOverDihedral(lookUpAndLeft, bad), std::invalid_argument) << bad;
  for (int good : {1, 2, 4, 8})
    EXPECT_TRUE(isDihedralCount(good));
}

} // namespace
} // namespace pgd
