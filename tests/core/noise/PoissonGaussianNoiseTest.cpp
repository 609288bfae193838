#include "noise/PoissonGaussianNoise.h"
#include "job/Error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace pgd {
namespace {

struct Moments {
  double mean = 0.0;
  double variance = 0.0;
};

Moments moments(const std::vector<float>& v) {
  Moments m;
  for (float x : v)
    m.mean += x;
  m.mean /= double(v.size());
  for (float x : v)
    m.variance += (x - m.mean) * (x - m.mean);
  m.variance /= double(v.size() - 1);
  return m;
}

// Mean x and variance a*x + b over the paper's grid lambda, sigma in {10..50}, within 5 standard
// errors (the variance's standard error from the sample's own fourth moment).
TEST(PoissonGaussianNoise, MomentsMatchModelOverPaperGrid) {
  const std::size_t n = 40000;
  std::uint64_t seed = 1;
  for (int lambda = 10; lambda <= 50; lambda += 10)
    for (int sigma = 10; sigma <= 50; sigma += 10) {
      const NoiseParams p = NoiseParams::fromPaperLevels(lambda, sigma);
      for (double x : {0.05, 0.3, 0.8}) {
        const std::vector<float> clean(n, float(x));
        std::vector<float> noisy(n);
        addPoissonGaussianNoise(clean.data(), noisy.data(), n, p, {seed++, false});
        const Moments m = moments(noisy);
        const double var = p.a * x + p.b;
        double m4 = 0.0;
        for (float v : noisy)
          m4 += std::pow(v - m.mean, 4);
        m4 /= double(n);
        const double seMean = std::sqrt(var / n);
        const double seVar = std::sqrt((m4 - m.variance * m.variance) / n);
        EXPECT_NEAR(m.mean, x, 5 * seMean) << "lambda " << lambda << " sigma " << sigma;
        EXPECT_NEAR(m.variance, var, 5 * seVar) << "lambda " << lambda << " sigma " << sigma;
      }
    }
}

TEST(PoissonGaussianNoise, PoissonOnlyGivesMultiplesOfA) {
  const std::vector<float> clean(1000, 0.4f);
  std::vector<float> noisy(clean.size());
  addPoissonGaussianNoise(clean.data(), noisy.data(), clean.size(), {0.1, 0.0});
  for (float v : noisy)
    EXPECT_NEAR(v / 0.1, std::round(v / 0.1), 1e-4);
}

TEST(PoissonGaussianNoise, GaussianOnlyIsSignalIndependent) {
  const std::size_t n = 50000;
  const std::vector<float> clean(n, 0.0f);
  std::vector<float> noisy(n);
  addPoissonGaussianNoise(clean.data(), noisy.data(), n, {0.0, 0.01});
  EXPECT_NEAR(moments(noisy).variance, 0.01, 5 * 0.01 * std::sqrt(2.0 / n));
}

TEST(PoissonGaussianNoise, SeedIsReproducibleAndClipWorks) {
  const std::vector<float> clean(500, 0.95f);
  std::vector<float> y1(500), y2(500), y3(500);
  addPoissonGaussianNoise(clean.data(), y1.data(), 500, {0.05, 0.001}, {42, true});
  addPoissonGaussianNoise(clean.data(), y2.data(), 500, {0.05, 0.001}, {42, true});
  addPoissonGaussianNoise(clean.data(), y3.data(), 500, {0.05, 0.001}, {43, true});
  EXPECT_EQ(y1, y2);
  EXPECT_NE(y1, y3);
  int atOne = 0;
  for (float v : y1) {
    EXPECT_GE(v, 0.0f);
    EXPECT_LE(v, 1.0f);
    atOne += v == 1.0f;
  }
  EXPECT_GT(atOne, 50);
}

TEST(PoissonGaussianNoise, NegativeParametersAreUsageErrors) {
  float v = 0.5f;
  try {
    addPoissonGaussianNoise(&v, &v, 1, {-0.1, 0.0});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
  }
}

TEST(PoissonGaussianNoise, DensityIntegratesToOneWithModelMoments) {
  for (NoiseParams p : {NoiseParams{0.1, 0.0025}, NoiseParams{0.02, 0.0004}, NoiseParams{0.0, 0.01},
                        NoiseParams{0.05, 1e-6}}) {
    const double x = 0.3;
    double mass = 0.0, mean = 0.0, second = 0.0;
    const double step = 1e-4;
    for (double y = -1.0; y < 2.0; y += step) {
      const double d = poissonGaussianDensity(y, x, p) * step;
      mass += d;
      mean += y * d;
      second += y * y * d;
    }
    EXPECT_NEAR(mass, 1.0, 1e-3);
    EXPECT_NEAR(mean, x, 1e-3);
    EXPECT_NEAR(second - mean * mean, p.a * x + p.b, 2e-3 * (p.a * x + p.b) + 1e-6);
  }
}

} // namespace
} // namespace pgd
