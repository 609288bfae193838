// The blind spot a run chooses from its data (train/BlindSpotChoice.h): one pixel for noise
// independent from pixel to pixel, 5x5 for grainy noise; explicit sizes stay; a U-Net has none.
#include "train/BlindSpotChoice.h"

#include "noise/PoissonGaussianNoise.h"
#include "sample/GrainyNoise.h"
#include "sample/SamplePhantom.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pgd {
namespace {

ImageStack cleanScene(int frames = 2) {
  PhantomOptions o;
  o.width = 128;
  o.height = 96;
  o.frames = frames;
  return makeCleanPhantom(o);
}

TEST(BlindSpotChoice, IndependentNoiseKeepsOnePixel) {
  const ImageStack noisy =
      addPoissonGaussianNoise(cleanScene(), NoiseParams::fromPaperLevels(30, 10), {4, false});
  const BlindSpotChoice choice = chooseBlindSpot({noisy});
  EXPECT_EQ(choice.blindSpot, 1);
  EXPECT_NEAR(choice.correlation, -0.4, 0.03);
  EXPECT_EQ(choice.frames, 2);
}

TEST(BlindSpotChoice, GrainyNoiseGetsTheFiveByFiveBlindSpot) {
  const ImageStack noisy = withGrainyNoise(cleanScene(), 0.05, 4);
  const BlindSpotChoice choice = chooseBlindSpot({noisy});
  EXPECT_EQ(choice.blindSpot, kCorrelatedNoiseBlindSpot);
  EXPECT_GT(choice.correlation, 0.0);
  EXPECT_NE(choice.reason().find("5x5 blind spot"), std::string::npos) << choice.reason();
}

TEST(BlindSpotChoice, ResolveFillsOnlyAnUnchosenBlindSpot) {
  const ImageStack grainy = withGrainyNoise(cleanScene(1), 0.05, 5);
  TrainingConfig config = TrainingConfig::fromPreset("quick", "cpu", false);
  ASSERT_EQ(config.network.blindSpot, 0); // the presets leave it to the data
  EXPECT_EQ(resolveBlindSpot(config, {grainy}).frames, 1);
  EXPECT_EQ(config.network.blindSpot, 5);

  config.network.blindSpot = 3; // asked for: kept, nothing measured
  EXPECT_EQ(resolveBlindSpot(config, {grainy}).frames, 0);
  EXPECT_EQ(config.network.blindSpot, 3);

  TrainingConfig n2v = config;
  n2v.network.kind = NetworkKind::UNet;
  n2v.network.blindSpot = 0;
  resolveBlindSpot(n2v, {grainy});
  EXPECT_EQ(n2v.network.blindSpot, 1);
}

TEST(BlindSpotChoice, FramesTooSmallToMeasureKeepOnePixel) {
  const ImageStack tiny(3, 3, 3, 1.0f);
  const BlindSpotChoice choice = chooseBlindSpot({tiny});
  EXPECT_EQ(choice.blindSpot, 1);
  EXPECT_TRUE(std::isnan(choice.correlation));
  EXPECT_EQ(choice.frames, 0);
}

} // namespace
} // namespace pgd
