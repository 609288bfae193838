#include "image/ImageProfile.h"
#include "image/ProfileMismatch.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace pgd {
namespace {

// A smooth ramp from `low` to `high` plus Gaussian noise of std `sd`, rounded and clamped to the
// type's range for integer types.
ImageStack noisyRamp(PixelType type, double low, double high, double sd, unsigned seed,
                     int size = 128) {
  ImageStack s(1, size, size);
  s.metadata().sourceType = type;
  std::mt19937 rng(seed);
  std::normal_distribution<double> noise(0.0, sd);
  for (int y = 0; y < size; ++y)
    for (int x = 0; x < size; ++x) {
      double v = low + (high - low) * (x + y) / double(2 * (size - 1)) + noise(rng);
      if (isInteger(type))
        v = std::clamp(std::round(v), typeMin(type), typeMax(type));
      s.at(0, y, x) = float(v);
    }
  return s;
}

TEST(ImageProfile, MeasuresTypeRangeSizeAndNoiseLevel) {
  const ImageStack s = noisyRamp(PixelType::UInt16, 1000.0, 9000.0, 40.0, 1);
  const ImageProfile p = profileOf(s);
  EXPECT_EQ(p.pixelType, PixelType::UInt16);
  EXPECT_EQ(p.width, 128);
  EXPECT_EQ(p.height, 128);
  // The diagonal ramp's 0.1% tails lie ~4.5% of the range inside its ends.
  EXPECT_NEAR(p.rawLow, 1000.0, 400.0);
  EXPECT_NEAR(p.rawHigh, 9000.0, 400.0);
  EXPECT_NEAR(p.noiseStd, 40.0, 4.0); // the ramp is linear: the local difference sees noise only
}

TEST(ImageProfile, LeavesConstantFramesOutUnlessEveryFrameIsConstant) {
  // Three all-zero frames (an aborted acquisition) and one noisy frame: the profile is the noisy
  // frame's, not a median noise level of 0 and a range starting at 0.
  const ImageStack frame = noisyRamp(PixelType::UInt16, 1000.0, 9000.0, 40.0, 2);
  ImageStack s(4, frame.height(), frame.width(), 0.0f);
  s.metadata().sourceType = PixelType::UInt16;
  std::copy(frame.frame(0), frame.frame(0) + frame.frameSize(), s.frame(2));
  const ImageProfile alone = profileOf(frame);
  const ImageProfile p = profileOf(s);
  EXPECT_DOUBLE_EQ(p.noiseStd, alone.noiseStd);
  EXPECT_DOUBLE_EQ(p.rawLow, alone.rawLow);
  EXPECT_DOUBLE_EQ(p.rawHigh, alone.rawHigh);
  EXPECT_GT(p.rawLow, 500.0);

  ImageStack sevens(3, 16, 16, 7.0f);
  const ImageProfile flat = profileOf(sevens);
  EXPECT_EQ(flat.noiseStd, 0.0);
  EXPECT_EQ(flat.rawLow, 7.0);
  EXPECT_EQ(flat.rawHigh, 7.0);
}

TEST(ImageProfile, TinyFramesHaveNoNoiseLevel) {
  ImageStack s(1, 2, 2, 3.0f);
  EXPECT_TRUE(std::isnan(profileOf(s).noiseStd));
  EXPECT_EQ(profileOf(std::vector<ImageStack>{}).width, 0);
}

TEST(ProfileMismatch, SameKindOfImageIsAlike) {
  const ImageProfile trained = profileOf(noisyRamp(PixelType::UInt8, 20.0, 200.0, 6.0, 1));
  const ImageProfile image = profileOf(noisyRamp(PixelType::UInt8, 30.0, 180.0, 8.0, 2));
  EXPECT_TRUE(profileMismatches(trained, image).empty());
}

TEST(ProfileMismatch, OtherBitDepthRangeAndNoiseAreNamed) {
  const ImageProfile trained = profileOf(noisyRamp(PixelType::UInt8, 20.0, 200.0, 6.0, 1));
  const ImageProfile image = profileOf(noisyRamp(PixelType::UInt16, 1000.0, 30000.0, 300.0, 2));
  const auto m = profileMismatches(trained, image);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_NE(m[0].find("pixel type uint16"), std::string::npos) << m[0];
  EXPECT_NE(m[1].find("raw range"), std::string::npos) << m[1];
  EXPECT_NE(m[2].find("noise level"), std::string::npos) << m[2];
}

TEST(ProfileMismatch, ThresholdsAreWhereDocumented) {
  ImageProfile trained;
  trained.pixelType = PixelType::UInt16;
  trained.rawLow = 100.0;
  trained.rawHigh = 1100.0;
  trained.noiseStd = 10.0;
  ImageProfile image = trained;
  image.rawHigh = 100.0 + 3.9 * 1000.0;
  image.noiseStd = 29.0;
  EXPECT_TRUE(profileMismatches(trained, image).empty());
  image.rawHigh = 100.0 + 4.1 * 1000.0;
  EXPECT_EQ(profileMismatches(trained, image).size(), 1u);
  image = trained;
  image.noiseStd = 10.0 / 3.1;
  EXPECT_EQ(profileMismatches(trained, image).size(), 1u);
  image = trained; // same width, moved up by 2.5 ranges
  image.rawLow += 2500.0;
  image.rawHigh += 2500.0;
  EXPECT_EQ(profileMismatches(trained, image).size(), 1u);
  image = trained; // a missing noise level is not compared
  image.noiseStd = std::nan("");
  EXPECT_TRUE(profileMismatches(trained, image).empty());
}

} // namespace
} // namespace pgd
