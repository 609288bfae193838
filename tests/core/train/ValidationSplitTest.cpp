#include "train/ValidationSplit.h"
#include "job/Error.h"

#include <gtest/gtest.h>

namespace pgd {
namespace {

bool intersects(const Region& r, const Region& c) {
  return r.frame == c.frame && c.y < r.y + r.height && r.y < c.y + c.height &&
         c.x < r.x + r.width && r.x < c.x + c.width;
}

TEST(ValidationSplit, BlocksNeverOverlapTrainingCrops) {
  const auto split = ValidationSplit::make({{128, 160}, {96, 96}}, 64, 0.05, 7);
  EXPECT_FALSE(split.heldOutFrames());
  ASSERT_FALSE(split.validationRegions().empty());
  std::mt19937_64 rng(1);
  for (int i = 0; i < 3000; ++i) {
    const auto crop = split.sampleCrop(rng);
    for (const auto& r : split.validationRegions()) {
      Region grown{r.frame, r.y - ValidationSplit::kMargin, r.x - ValidationSplit::kMargin,
                   r.height + 2 * ValidationSplit::kMargin, r.width + 2 * ValidationSplit::kMargin};
      ASSERT_FALSE(intersects(grown, crop)) << "crop " << crop.y << "," << crop.x;
    }
  }
}

TEST(ValidationSplit, HeldOutFramesAreNeverTrainedOn) {
  std::vector<FrameShape> frames(20, FrameShape{64, 64});
  const auto split = ValidationSplit::make(frames, 64, 0.05, 3);
  EXPECT_TRUE(split.heldOutFrames());
  EXPECT_EQ(split.trainingFrames().size(), 19u);
  std::mt19937_64 rng(2);
  for (int i = 0; i < 500; ++i) {
    const auto crop = split.sampleCrop(rng);
    for (const auto& r : split.validationRegions())
      ASSERT_NE(crop.frame, r.frame);
  }
}

TEST(ValidationSplit, ShrinksTheCropForSmallImagesAndRejectsTinyOnes) {
  const auto split = ValidationSplit::make({{72, 72}}, 128, 0.05, 1);
  EXPECT_LE(split.cropSize(), 64);
  EXPECT_GE(split.cropSize(), 32);
  EXPECT_EQ(split.cropSize() % 32, 0);
  try {
    ValidationSplit::make({{20, 300}}, 64, 0.05, 1);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Input);
  }
}

} // namespace
} // namespace pgd
