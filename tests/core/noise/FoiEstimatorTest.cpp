#include "noise/FoiEstimator.h"
#include "NoiseTestImages.h"
#include "job/Error.h"
#include "noise/PoissonGaussianNoise.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

namespace pgd {
namespace {

// Measured on this 512x512 piecewise-smooth phantom over lambda, sigma in {10, 30, 50}: see the
// printed table; the tolerance below holds with margin (a within 15%, b within 25% relative, or
// 1e-4 absolute for b, whichever is larger: b is small next to a*x at low sigma).
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
      EXPECT_NEAR(r.a, truth.a, kToleranceA * truth.a) << "lambda " << lambda << " sigma " << sigma;
      EXPECT_NEAR(r.b, truth.b, std::max(1e-4, kToleranceB * truth.b))
          << "lambda " << lambda << " sigma " << sigma;
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
