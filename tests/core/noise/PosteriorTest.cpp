#include "noise/Posterior.h"
#include "NoiseTestImages.h"
#include "job/Error.h"
#include "noise/PoissonGaussianNoise.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pgd {
namespace {

double mse(const std::vector<float>& p, const std::vector<float>& q) {
  double s = 0.0;
  for (std::size_t i = 0; i < p.size(); ++i)
    s += (double(p[i]) - q[i]) * (double(p[i]) - q[i]);
  return s / double(p.size());
}

// With the true a,b and a noisy but unbiased mu (prior variance tau^2, reported in s2 as the
// network does: s2 = tau^2 + noise), the posterior beats both y and mu.
TEST(Posterior, LowersErrorVersusNoisyAndMean) {
  const ImageStack clean = test::rampImage(256);
  for (NoiseParams p :
       {NoiseParams::fromPaperLevels(10, 25), NoiseParams::fromPaperLevels(50, 10)}) {
    const ImageStack y = addPoissonGaussianNoise(clean, p, {21, false});
    const double tau2 = 0.5 * (p.a * 0.5 + p.b); // about half the noise variance at mid grey
    const ImageStack mu = addPoissonGaussianNoise(clean, {0.0, tau2}, {22, false});
    ImageStack s2 = mu;
    for (float& v : s2.values())
      v = float(tau2 + std::max(1e-3, p.a * v + p.b));
    std::vector<float> post(clean.size());
    posteriorMean(y.values().data(), mu.values().data(), s2.values().data(), clean.size(), p,
                  post.data());
    const double ePost = mse(post, clean.values());
    EXPECT_LT(ePost, 0.9 * mse(y.values(), clean.values()));
    EXPECT_LT(ePost, 0.9 * mse(mu.values(), clean.values()));
  }
}

TEST(Posterior, FollowsTheFormulaWithClamps) {
  const float y[3] = {0.5f, 0.2f, 0.9f};
  const float mu[3] = {0.4f, 0.3f, 0.9f};
  const float s2[3] = {0.05f, 0.0f, 1.0f}; // the second one clamps the prior to 1e-4
  float out[3];
  float sd[3];
  const NoiseParams p{0.01, 0.0};
  posteriorMean(y, mu, s2, 3, p, out, sd);
  for (int i = 0; i < 3; ++i) {
    const double n = std::max(1e-3, 0.01 * mu[i]);
    const double pr = std::max(1e-4, s2[i] - n);
    EXPECT_NEAR(out[i], (y[i] * pr + n * mu[i]) / (pr + n), 1e-6);
    EXPECT_NEAR(sd[i], std::sqrt(pr * n / (pr + n)), 1e-6);
  }
  // A tiny prior variance keeps the output near mu.
  EXPECT_NEAR(out[1], mu[1], 0.1 * std::fabs(y[1] - mu[1]));
}

TEST(Posterior, StackUsesPerFrameParametersAndChecksShapes) {
  ImageStack y(2, 4, 4, 0.6f), mu(2, 4, 4, 0.5f), s2(2, 4, 4, 0.02f);
  const ImageStack out = posteriorMean(y, mu, s2, {{0.0, 0.001}, {0.0, 0.01}});
  // More noise in frame 1 pulls it closer to mu.
  EXPECT_LT(std::fabs(out.at(1, 0, 0) - 0.5f), std::fabs(out.at(0, 0, 0) - 0.5f));
  EXPECT_THROW(posteriorMean(y, mu, ImageStack(1, 4, 4), {{0.0, 0.001}}), Error);
  EXPECT_THROW(posteriorMean(y, mu, s2, {{0, 0}, {0, 0}, {0, 0}}), Error);
}

} // namespace
} // namespace pgd
