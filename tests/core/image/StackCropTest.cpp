// cropStack: the same rectangle of every frame, clipped to the image, metadata kept; an empty
// overlap is a usage error.
#include "image/StackCrop.h"
#include "job/Error.h"

#include <gtest/gtest.h>

using namespace pgd;

TEST(StackCrop, CutsTheSameRectangleFromEveryFrame) {
  ImageStack s(2, 6, 8);
  for (int f = 0; f < 2; ++f)
    for (int y = 0; y < 6; ++y)
      for (int x = 0; x < 8; ++x)
        s.at(f, y, x) = float(100 * f + 10 * y + x);
  s.metadata().sourceType = PixelType::UInt16;
  s.metadata().geometry.unit = "micron";
  s.metadata().geometry.spacingX = 0.5;
  const ImageStack c = cropStack(s, {2, 1, 3, 4});
  ASSERT_EQ(c.frames(), 2);
  ASSERT_EQ(c.width(), 3);
  ASSERT_EQ(c.height(), 4);
  EXPECT_EQ(c.at(0, 0, 0), 12.0f);
  EXPECT_EQ(c.at(1, 3, 2), 100.0f + 40.0f + 4.0f);
  EXPECT_EQ(c.metadata().sourceType, PixelType::UInt16);
  EXPECT_EQ(c.geometry().unit, "micron");
  EXPECT_DOUBLE_EQ(c.geometry().spacingX, 0.5);
  // Clipped at the image's edges.
  const ImageStack edge = cropStack(s, {6, 4, 10, 10});
  EXPECT_EQ(edge.width(), 2);
  EXPECT_EQ(edge.height(), 2);
  EXPECT_EQ(edge.at(0, 0, 0), 46.0f);
  EXPECT_THROW(cropStack(s, {8, 0, 4, 4}), Error);
  EXPECT_THROW(cropStack(s, {0, 0, 0, 4}), Error);
}
