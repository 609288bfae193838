// channelFrames: one channel of a hyperstack comes out with its own frames only, in slice and
// time order, with a one-channel geometry and the calibration kept; a channel the image does not
// have is a usage error.
#include "image/ChannelSelection.h"
#include "job/Error.h"

#include "TestImages.h"

#include <gtest/gtest.h>

using namespace pgd;

namespace {

// 3 channels x 2 slices x 2 time points of 4x3 pixels; each value encodes its position.
ImageStack encodedHyperstack() {
  StackGeometry g;
  g.channels = 3;
  g.slices = 2;
  g.timePoints = 2;
  g.spacingX = 0.2;
  g.unit = "micron";
  g.frameInterval = 2.5;
  return test::positionEncodedStack(g, 3, 4);
}

} // namespace

TEST(ChannelSelection, KeepsOnlyTheChosenChannelInSliceAndTimeOrder) {
  const ImageStack stack = encodedHyperstack();
  for (int c = 0; c < 3; ++c) {
    const ImageStack one = channelFrames(stack, c);
    const StackGeometry g = one.geometry();
    ASSERT_EQ(one.frames(), 4);
    EXPECT_EQ(g.channels, 1);
    EXPECT_EQ(g.slices, 2);
    EXPECT_EQ(g.timePoints, 2);
    EXPECT_DOUBLE_EQ(g.spacingX, 0.2);
    EXPECT_EQ(g.unit, "micron");
    EXPECT_DOUBLE_EQ(g.frameInterval, 2.5);
    for (int f = 0; f < one.frames(); ++f) {
      const FramePosition p = g.positionOf(f);
      for (std::size_t i = 0; i < one.frameSize(); ++i)
        ASSERT_EQ(one.frame(f)[i], float(1000 * p.timePoint + 100 * c + 10 * p.slice + int(i % 10)))
            << "channel " << c << " frame " << f << " pixel " << i;
    }
  }
}

TEST(ChannelSelection, PlainStackHasOnlyChannelZero) {
  ImageStack plain(3, 2, 2, 7.0f);
  const ImageStack same = channelFrames(plain, 0);
  EXPECT_EQ(same.frames(), 3);
  EXPECT_EQ(same.values(), plain.values());
  try {
    channelFrames(plain, 1);
    FAIL() << "channel 1 of a one-channel image was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_NE(std::string(e.what()).find("one channel"), std::string::npos) << e.what();
  }
}

TEST(ChannelSelection, OutOfRangeChannelNamesTheRange) {
  const ImageStack stack = encodedHyperstack();
  for (int bad : {-1, 3}) {
    try {
      channelFrames(stack, bad);
      FAIL() << "channel " << bad << " was accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Usage);
      EXPECT_NE(std::string(e.what()).find("0 to 2"), std::string::npos) << e.what();
    }
  }
}
