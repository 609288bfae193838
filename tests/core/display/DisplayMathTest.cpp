#include "display/ColorMap.h"
#include "display/DisplayRange.h"
#include "display/StackMath.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numeric>
#include <set>
#include <vector>

namespace pgd {
namespace {

std::vector<float> ramp(int n) {
  std::vector<float> v(n);
  std::iota(v.begin(), v.end(), 0.0f);
  return v;
}

TEST(DisplayRange, AutoContrastPicksPercentilesOfRamp) {
  const auto v = ramp(1001); // 0..1000
  const DisplayRange r = autoContrast(v.data(), v.size(), 0.01, 0.99);
  EXPECT_NEAR(r.low, 10.0, 1.0);
  EXPECT_NEAR(r.high, 990.0, 1.0);
}

TEST(DisplayRange, AutoContrastIgnoresOutliersAndNonFinite) {
  auto v = ramp(10000);
  v[0] = -1e9f;
  v[1] = std::numeric_limits<float>::quiet_NaN();
  v[2] = std::numeric_limits<float>::infinity();
  v[3] = 1e9f;
  const DisplayRange r = autoContrast(v.data(), v.size());
  EXPECT_GT(r.low, 0.0);
  EXPECT_LT(r.high, 10000.0);
  EXPECT_TRUE(r.isValid());
}

TEST(DisplayRange, ConstantAndEmptyInputsStayValid) {
  const std::vector<float> c(50, 7.0f);
  const DisplayRange r = autoContrast(c.data(), c.size());
  EXPECT_TRUE(r.isValid());
  EXPECT_LT(r.low, 7.0);
  EXPECT_GT(r.high, 7.0);
  EXPECT_TRUE(autoContrast(nullptr, 0).isValid());
  EXPECT_TRUE(fullRange(c.data(), c.size()).isValid());
}

TEST(DisplayRange, FullRangeIsMinMax) {
  const std::vector<float> v{3.0f, -2.0f, 8.5f, std::numeric_limits<float>::quiet_NaN()};
  const DisplayRange r = fullRange(v.data(), v.size());
  EXPECT_DOUBLE_EQ(r.low, -2.0);
  EXPECT_DOUBLE_EQ(r.high, 8.5);
}

TEST(DisplayRange, LevelMapsWindowLinearlyAndClamps) {
  const DisplayRange r{100.0, 200.0};
  EXPECT_EQ(r.level(100.0f), 0);
  EXPECT_EQ(r.level(200.0f), 255);
  EXPECT_EQ(r.level(150.0f), 128);
  EXPECT_EQ(r.level(-5.0f), 0);
  EXPECT_EQ(r.level(1e6f), 255);
  EXPECT_EQ(r.level(std::numeric_limits<float>::quiet_NaN()), 0);
}

TEST(ColorMap, GrayIsIdentityAndOpaque) {
  const ColorLut lut = colorLut(ColorMap::Gray);
  EXPECT_EQ(lut[0], 0xff000000u);
  EXPECT_EQ(lut[255], 0xffffffffu);
  EXPECT_EQ(lut[128], 0xff808080u);
}

TEST(ColorMap, EveryMapHasDistinctIdRoundTripAndIsOpaque) {
  std::set<std::string> ids;
  for (ColorMap map : allColorMaps()) {
    ids.insert(colorMapId(map));
    EXPECT_EQ(colorMapFromId(colorMapId(map)), map);
    const ColorLut lut = colorLut(map);
    for (std::uint32_t c : lut)
      EXPECT_EQ(c >> 24, 0xffu);
    EXPECT_NE(lut.front(), lut.back());
  }
  EXPECT_EQ(ids.size(), allColorMaps().size());
  EXPECT_EQ(colorMapFromId("no such map"), ColorMap::Gray);
}

TEST(ColorMap, ViridisIsDarkToBright) {
  const ColorLut lut = colorLut(ColorMap::Viridis);
  const auto luminance = [](std::uint32_t c) {
    return 0.299 * ((c >> 16) & 0xff) + 0.587 * ((c >> 8) & 0xff) + 0.114 * (c & 0xff);
  };
  EXPECT_LT(luminance(lut[0]), luminance(lut[128]));
  EXPECT_LT(luminance(lut[128]), luminance(lut[255]));
}

TEST(StackMath, DifferenceIsSampleWise) {
  ImageStack a(2, 3, 4, 5.0f);
  ImageStack b(2, 3, 4, 2.0f);
  b.at(1, 2, 3) = 7.0f;
  const ImageStack d = differenceStack(a, b);
  ASSERT_EQ(d.size(), a.size());
  EXPECT_FLOAT_EQ(d.at(0, 0, 0), 3.0f);
  EXPECT_FLOAT_EQ(d.at(1, 2, 3), -2.0f);
  EXPECT_TRUE(differenceStack(a, ImageStack(1, 3, 4)).empty());
}

TEST(StackMath, SymmetricContrastIsCentredOnZero) {
  std::vector<float> v;
  for (int i = -100; i <= 100; ++i)
    v.push_back(float(i));
  const DisplayRange r = symmetricContrast(v.data(), v.size(), 0.9);
  EXPECT_DOUBLE_EQ(r.low, -r.high);
  EXPECT_NEAR(r.high, 90.0, 1.5);
}

TEST(StackMath, MagnitudeContrastKeepsAPlateauOffBlackAndSaturatesOnlyTheTop) {
  // Like an uncertainty map: 70% of the pixels share one small value (flat background), the rest
  // spread up to 10 times it.
  std::vector<float> v(7000, 2.43133f);
  for (int i = 0; i < 3000; ++i)
    v.push_back(2.5f + 22.0f * float(i) / 2999.0f);
  const DisplayRange r = magnitudeContrast(v.data(), v.size());
  EXPECT_DOUBLE_EQ(r.low, 0.0);
  const int plateau = r.level(2.43133f);
  EXPECT_GT(plateau, 10); // not stretched to black
  EXPECT_LT(plateau, 60); // still dark: it is the smallest uncertainty shown
  std::size_t white = 0;
  for (float x : v)
    white += r.level(x) == 255;
  EXPECT_LE(white, v.size() / 100);
}

TEST(StackMath, ResidentMemoryIsReported) {
  EXPECT_GT(residentMemoryBytes(), 1024u * 1024u);
}

} // namespace
} // namespace pgd
