// ScaleBar: 1-2-5 lengths in the image's unit that fit the screen length asked for, ImageJ unit
// names as symbols, and no bar for uncalibrated images.
#include "display/ScaleBar.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pgd {
namespace {

StackGeometry calibrated(double spacing, const std::string& unit) {
  StackGeometry g;
  g.spacingX = g.spacingY = spacing;
  g.unit = unit;
  return g;
}

TEST(ScaleBar, PicksTheLongestOneTwoFiveLengthThatFits) {
  // 0.1625 µm per pixel at zoom 1: 120 screen pixels are 19.5 µm, so the bar is 10 µm (61.5 px).
  auto bar = chooseScaleBar(calibrated(0.1625, "micron"), 1.0, 120.0);
  ASSERT_TRUE(bar);
  EXPECT_DOUBLE_EQ(bar->length, 10.0);
  EXPECT_NEAR(bar->screenPixels, 10.0 / 0.1625, 1e-9);
  EXPECT_EQ(bar->label, "10 \u00b5m");
  // Zoomed in 4x: 120 px are 4.875 µm -> 2 µm.
  bar = chooseScaleBar(calibrated(0.1625, "micron"), 4.0, 120.0);
  ASSERT_TRUE(bar);
  EXPECT_DOUBLE_EQ(bar->length, 2.0);
  // Zoomed out: 120 px at zoom 0.25 of 65 nm pixels are 31,200 nm -> 20,000 nm.
  bar = chooseScaleBar(calibrated(65.0, "nm"), 0.25, 120.0);
  ASSERT_TRUE(bar);
  EXPECT_DOUBLE_EQ(bar->length, 20000.0);
  EXPECT_LE(bar->screenPixels, 120.0);
  EXPECT_GT(bar->screenPixels, 120.0 / 2.5 - 1e-9); // a 1-2-5 step is at most 2.5x
  // Sub-unit lengths.
  bar = chooseScaleBar(calibrated(0.01, "micron"), 1.0, 100.0);
  ASSERT_TRUE(bar);
  EXPECT_DOUBLE_EQ(bar->length, 1.0);
  bar = chooseScaleBar(calibrated(0.001, "mm"), 1.0, 100.0);
  ASSERT_TRUE(bar);
  EXPECT_NEAR(bar->length, 0.1, 1e-15);
  EXPECT_EQ(bar->label, "0.1 mm");
}

TEST(ScaleBar, NoBarWithoutCalibration) {
  EXPECT_FALSE(chooseScaleBar(StackGeometry{}, 1.0));
  EXPECT_FALSE(chooseScaleBar(calibrated(1.0, "pixel"), 1.0));
  EXPECT_FALSE(chooseScaleBar(calibrated(0.0, "micron"), 1.0));
  EXPECT_FALSE(chooseScaleBar(calibrated(0.2, "micron"), 0.0));
  EXPECT_FALSE(isCalibrated(calibrated(std::nan(""), "micron")));
  EXPECT_TRUE(isCalibrated(calibrated(0.2, "micron")));
}

TEST(ScaleBar, UnitSymbols) {
  EXPECT_EQ(unitSymbol("micron"), "\u00b5m");
  EXPECT_EQ(unitSymbol("um"), "\u00b5m");
  EXPECT_EQ(unitSymbol("nm"), "nm");
  EXPECT_EQ(unitSymbol("millimetre"), "mm");
  EXPECT_EQ(unitSymbol("parsec"), "parsec");
}

} // namespace
} // namespace pgd
