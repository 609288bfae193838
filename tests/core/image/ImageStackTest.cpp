#include "image/ImageStack.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using pgd::ImageStack;

TEST(ImageStack, LayoutIsFrameMajorRowMajor) {
  ImageStack s(2, 3, 4);
  s.at(1, 2, 3) = 7.0f;
  EXPECT_EQ(s.size(), 24u);
  EXPECT_EQ(s.frameSize(), 12u);
  EXPECT_FLOAT_EQ(s.values()[12 + 2 * 4 + 3], 7.0f);
  EXPECT_FLOAT_EQ(s.frame(1)[11], 7.0f);
}

TEST(ImageStack, FrameCopyKeepsMetadataAndValues) {
  ImageStack s(3, 2, 2, 1.0f);
  s.metadata().sourceType = pgd::PixelType::UInt16;
  s.at(2, 1, 1) = 5.0f;
  const ImageStack f = s.frameCopy(2);
  EXPECT_EQ(f.frames(), 1);
  EXPECT_FLOAT_EQ(f.at(0, 1, 1), 5.0f);
  EXPECT_EQ(f.metadata().sourceType, pgd::PixelType::UInt16);
  EXPECT_THROW((void)s.frameCopy(3), std::out_of_range);
}

TEST(ImageStack, MinMaxAndNonFinite) {
  ImageStack s(1, 2, 2);
  s.values() = {1.0f, -2.0f, 3.0f, 0.0f};
  EXPECT_EQ(s.minMax(), std::make_pair(-2.0f, 3.0f));
  EXPECT_EQ(s.nonFiniteCount(), 0u);
  s.values()[0] = std::numeric_limits<float>::quiet_NaN();
  s.values()[1] = std::numeric_limits<float>::infinity();
  EXPECT_EQ(s.nonFiniteCount(), 2u);
}

TEST(ImageStack, ConstantValueOfAFrame) {
  ImageStack s(2, 3, 4, 500.0f);
  s.at(1, 2, 3) = 501.0f;
  ASSERT_TRUE(pgd::constantValue(s.frame(0), s.frameSize()).has_value());
  EXPECT_EQ(*pgd::constantValue(s.frame(0), s.frameSize()), 500.0f);
  EXPECT_FALSE(pgd::constantValue(s.frame(1), s.frameSize()).has_value());
  EXPECT_FALSE(pgd::constantValue(s.frame(0), 0).has_value());
}
