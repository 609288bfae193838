#include "noise/VarianceCalibration.h"
#include "NoiseTestImages.h"
#include "image/NoClipLevel.h"
#include "noise/PoissonGaussianNoise.h"
#include "noise/Posterior.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace pgd {
namespace {

constexpr double kFloor = 1e-3; // the loss's variance floor, v = s2 + 1e-3

// A noisy frame, an unbiased but imperfect mu (error variance tau2) and the calibrated total
// variance s2 = tau2 + noise - 1e-3 that a perfectly trained network predicts (its loss models
// v = s2 + 1e-3 as the total variance).
struct Scene {
  ImageStack clean, y, mu, s2;
  NoiseParams noise;
};

Scene makeScene() {
  Scene s;
  s.clean = test::rampImage(256);
  s.noise = NoiseParams::fromPaperLevels(30, 20);
  s.y = addPoissonGaussianNoise(s.clean, s.noise, {31, false});
  const double tau2 = 0.2 * (s.noise.a * 0.5 + s.noise.b);
  s.mu = addPoissonGaussianNoise(s.clean, {0.0, tau2}, {32, false});
  s.s2 = s.clean;
  for (float& v : s.s2.values())
    v = float(tau2 + s.noise.a * v + s.noise.b - kFloor);
  return s;
}

ImageStack scaled(const ImageStack& s2, double factor) {
  ImageStack out = s2;
  for (float& v : out.values())
    v = float(factor * (v + kFloor) - kFloor);
  return out;
}

VarianceCalibrationResult fit(const Scene& s, const ImageStack& s2, double clipLow = -kNoClipLevel,
                              double clipHigh = kNoClipLevel) {
  return fitVarianceScale(s.y.values().data(), s.mu.values().data(), s2.values().data(), s.y.size(),
                          kFloor, clipLow, clipHigh);
}

double posteriorMse(const Scene& s, const ImageStack& s2) {
  std::vector<float> post(s.y.size());
  posteriorMean(s.y.values().data(), s.mu.values().data(), s2.values().data(), s.y.size(), s.noise,
                post.data());
  double e = 0.0;
  for (std::size_t i = 0; i < post.size(); ++i)
    e += (double(post[i]) - s.clean.values()[i]) * (double(post[i]) - s.clean.values()[i]);
  return e / double(post.size());
}

TEST(VarianceCalibration, CalibratedVarianceGetsAScaleNearOne) {
  const Scene s = makeScene();
  const auto r = fit(s, s.s2);
  EXPECT_EQ(r.pixels, s.y.size());
  EXPECT_NEAR(r.scale, 1.0, 0.02);
}

TEST(VarianceCalibration, RecoversAnOverOrUnderEstimateAndRestoresThePosterior) {
  const Scene s = makeScene();
  const double calibratedError = posteriorMse(s, s.s2);
  for (double factor : {1.25, 0.8}) {
    const ImageStack off = scaled(s.s2, factor);
    const auto r = fit(s, off);
    EXPECT_NEAR(r.scale * factor, 1.0, 0.02) << "factor " << factor;
    ImageStack fixed = off;
    applyVarianceScale(fixed.values().data(), fixed.size(), r.scale, kFloor);
    for (std::size_t i = 0; i < fixed.size(); i += 997)
      EXPECT_NEAR(fixed.values()[i], s.s2.values()[i], 0.03 * (s.s2.values()[i] + kFloor));
    // An inflated s2 inflates the prior and lets noise through (a deflated one drives the
    // posterior toward mu, which costs less here); the rescaled one is as good as the truth.
    if (factor > 1.0) {
      EXPECT_GT(posteriorMse(s, off), 1.05 * calibratedError);
    }
    EXPECT_LT(posteriorMse(s, fixed), 1.01 * calibratedError) << "factor " << factor;
  }
}

TEST(VarianceCalibration, CountsClippedPixelsAsCensored) {
  Scene s = makeScene();
  // Saturate the brightest part of the frame: residuals there are truncated, which pulls the
  // scale down if clipped values count as observed ones (and leaving them out would bias it too:
  // it keeps only the residuals that stayed below the clip level).
  const float clip = 0.86f;
  for (float& v : s.y.values())
    v = std::min(v, clip);
  const auto withClip = fit(s, s.s2, -kNoClipLevel, clip);
  EXPECT_EQ(withClip.pixels, s.y.size()); // every s2 here is above the floor
  EXPECT_NEAR(withClip.scale, 1.0, 0.03);
  EXPECT_LT(fit(s, s.s2).scale, withClip.scale - 0.01);
}

TEST(VarianceCalibration, IgnoresPixelsWhereTheLossFloorDominates) {
  Scene s = makeScene();
  // A dark, nearly noiseless band (like a confocal background): true variance far below the
  // loss's 1e-3 floor, so a trained network predicts s2 ~ 0 there. Its residuals say nothing
  // about the scale of s2 and would drag it toward 0.
  const int w = s.y.width();
  for (int row = 0; row < s.y.height() / 2; ++row)
    for (int col = 0; col < w; ++col) {
      const std::size_t i = std::size_t(row) * w + col;
      s.mu.values()[i] = 0.01f;
      s.y.values()[i] = 0.01f + 0.005f * float((row + col) % 3 - 1);
      s.s2.values()[i] = 0.0f;
    }
  const auto r = fit(s, s.s2);
  EXPECT_EQ(r.pixels, s.y.size() / 2);
  EXPECT_NEAR(r.scale, 1.0, 0.02);
}

TEST(VarianceCalibration, TooFewPixelsKeepTheVarianceAsIs) {
  const float y[3] = {0.1f, 0.5f, 0.9f};
  const float mu[3] = {0.4f, 0.1f, 0.2f};
  const float s2[3] = {0.01f, 0.01f, 0.01f};
  const auto r = fitVarianceScale(y, mu, s2, 3, kFloor, -kNoClipLevel, kNoClipLevel);
  EXPECT_EQ(r.pixels, 3u);
  EXPECT_DOUBLE_EQ(r.scale, 1.0);
  float v[2] = {0.0f, 0.02f};
  applyVarianceScale(v, 2, 0.5, kFloor);
  EXPECT_FLOAT_EQ(v[0], 0.0f); // 0.5 * 1e-3 - 1e-3 < 0: floored at 0
  EXPECT_NEAR(v[1], 0.5 * 0.021 - 0.001, 1e-7);
}

} // namespace
} // namespace pgd
