#include "noise/FoiEstimator.h"
#include "NoiseTestImages.h"
#include "job/Error.h"
#include "noise/PoissonGaussianNoise.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

namespace pgd {
namespace {

// Tolerances measured on this 512x512 piecewise-smooth phantom, 8 noise seeds per level of
// lambda, sigma in {10, 30, 50} (72 runs): the noise variance a*x + b over x in [0.1, 0.9] was
// always within 6.9% (bound 10%); a alone within 10.2% where a*x carries most of the variance,
// sigma <= 30 (bound 15%); b alone within 15.5% where b does, sigma >= 30 (bound 25%). The
// minor parameter is poorly determined by one image: a at sigma 50 strayed up to 32%, b at
// lambda 10, sigma 10 up to 72% (b is a 16% share of the variance at the darkest level there).
constexpr double kToleranceVariance = 0.10;
constexpr double kToleranceA = 0.15;
constexpr double kToleranceB = 0.25;

TEST(FoiEstimator, RecoversParametersOnPiecewiseSmoothPhantom) {
  const ImageStack clean = test::piecewiseSmoothPhantom(512);
  const FoiEstimator foi;
  std::uint64_t seed = 900;
  for (int lambda : {10, 30, 50})
    for (int sigma : {10, 30, 50}) {
      const NoiseParams truth = NoiseParams::fromPaperLevels(lambda, sigma);
      const ImageStack noisy = addPoissonGaussianNoise(clean, truth, {seed++, false});
      std::vector<FoiLevel> levels;
      const NoiseFitResult r = foi.estimate(noisy, &levels);
      std::printf("foi lambda %d sigma %d: a %+.1f%% b %+.1f%% (%zu levels, %zu px)\n", lambda,
                  sigma, 100 * (r.a / truth.a - 1), 100 * (r.b / truth.b - 1), levels.size(),
                  r.pixelsUsed);
      EXPECT_EQ(r.method, "foi");
      EXPECT_GT(levels.size(), 20u);
      for (double x = 0.1; x <= 0.9; x += 0.1) {
        const double v = truth.a * x + truth.b;
        EXPECT_NEAR(r.a * x + r.b, v, kToleranceVariance * v)
            << "lambda " << lambda << " sigma " << sigma << " x " << x;
      }
      if (sigma <= 30) {
        EXPECT_NEAR(r.a, truth.a, kToleranceA * truth.a) << "lambda " << lambda;
      }
      if (sigma >= 30) {
        EXPECT_NEAR(r.b, truth.b, kToleranceB * truth.b) << "lambda " << lambda;
      }
    }
}

TEST(FoiEstimator, EdgesDoNotInflateTheEstimate) {
  // Flat discs with strong edges and pure Gaussian noise: without the smoothness mask the edges
  // would add variance; with it b stays close.
  const ImageStack clean = test::piecewiseSmoothPhantom(256);
  const NoiseParams truth{0.0, 0.0004};
  const ImageStack noisy = addPoissonGaussianNoise(clean, truth, {5, false});
  const NoiseFitResult r = FoiEstimator().estimate(noisy.frame(0), 256, 256);
  EXPECT_NEAR(r.a * 0.5 + r.b, truth.b, 0.15 * truth.b);
}

TEST(FoiEstimator, TinyImageIsAnInputError) {
  const ImageStack tiny(1, 4, 4, 0.5f);
  try {
    FoiEstimator().estimate(tiny);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Input);
  }
}

} // namespace
} // namespace pgd
