#include "baseline/ClassicalFilter.h"
#include "noise/PoissonGaussianNoise.h"
#include "sample/SamplePhantom.h"

#include <gtest/gtest.h>

using namespace pgd;

namespace {
double mse(const ImageStack& a, const ImageStack& b) {
  double s = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    s += double(a.values()[i] - b.values()[i]) * (a.values()[i] - b.values()[i]);
  return s / double(a.size());
}
} // namespace

TEST(ClassicalFilter, BothFiltersReduceErrorOnNoisyPhantomFrameByFrame) {
  PhantomOptions po;
  po.width = po.height = 96;
  po.frames = 2;
  const ImageStack clean = makeCleanPhantom(po);
  const ImageStack noisy = addPoissonGaussianNoise(clean, NoiseParams::fromPaperLevels(20, 20));
  for (ClassicalFilterKind k :
       {ClassicalFilterKind::Median3x3, ClassicalFilterKind::CurvatureFlow}) {
    const ImageStack out = applyClassicalFilter(noisy, k);
    ASSERT_EQ(out.frames(), 2);
    EXPECT_LT(mse(out, clean), 0.8 * mse(noisy, clean)) << describe(k);
    // Frames are filtered independently: frame 1's output differs from frame 0's.
    EXPECT_NE(std::vector<float>(out.frame(0), out.frame(0) + out.frameSize()),
              std::vector<float>(out.frame(1), out.frame(1) + out.frameSize()));
  }
}

TEST(ClassicalFilter, MedianRemovesAnIsolatedSpike) {
  ImageStack s(1, 5, 5, 1.0f);
  s.at(0, 2, 2) = 100.0f;
  EXPECT_FLOAT_EQ(applyClassicalFilter(s, ClassicalFilterKind::Median3x3).at(0, 2, 2), 1.0f);
}
