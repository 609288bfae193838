#include "eval/Metrics.h"
#include "job/Error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

namespace pgd {
namespace {

std::vector<float> texture(int w, int h, float scale) {
  std::vector<float> v(std::size_t(w) * h);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      v[std::size_t(y) * w + x] = scale * float(0.5 + 0.4 * std::sin(x * 0.3) * std::cos(y * 0.2));
  return v;
}

TEST(Metrics, PsnrConventions) {
  const std::vector<float> ref = texture(32, 32, 255.0f);
  std::vector<float> res = ref;
  for (float& v : res)
    v += 1.0f;
  EXPECT_NEAR(psnr8Bit(res.data(), ref.data(), ref.size()), 20 * std::log10(255.0), 1e-6);
  const double range = dataRangeMinMax(ref.data(), ref.size());
  EXPECT_GT(range, 150.0);
  EXPECT_LT(range, 255.0);
  EXPECT_NEAR(psnrMinMax(res.data(), ref.data(), ref.size()), 20 * std::log10(range), 1e-6);
  EXPECT_TRUE(std::isinf(psnr(ref.data(), ref.data(), ref.size(), 1.0)));
  EXPECT_THROW(psnr(res.data(), ref.data(), ref.size(), 0.0), Error);
  EXPECT_THROW(psnr(res.data(), ref.data(), 0, 1.0), Error);
}

TEST(Metrics, AffineFitRemovesGainAndOffset) {
  const std::vector<float> ref = texture(40, 30, 1.0f);
  std::vector<float> res = ref;
  for (float& v : res)
    v = 2.0f * v + 3.0f;
  const AffineFit f = affineFit(res.data(), ref.data(), ref.size());
  EXPECT_NEAR(f.scale, 0.5, 1e-6);
  EXPECT_NEAR(f.offset, -1.5, 1e-6);
  EXPECT_GT(psnrAffine(res.data(), ref.data(), ref.size(), 1.0), 100.0);
  EXPECT_LT(psnr(res.data(), ref.data(), ref.size(), 1.0), 0.0);
}

TEST(Metrics, SsimIsOneForEqualImagesAndLuminanceTermForConstants) {
  const std::vector<float> ref = texture(64, 48, 1.0f);
  EXPECT_NEAR(ssim(ref.data(), ref.data(), 64, 48, 1.0), 1.0, 1e-9);
  // Constant images: only the luminance term (2xy + C1) / (x^2 + y^2 + C1) remains.
  const std::vector<float> c1(400, 0.2f), c2(400, 0.6f);
  const double k = 0.01 * 0.01;
  EXPECT_NEAR(ssim(c1.data(), c2.data(), 20, 20, 1.0), (2 * 0.2 * 0.6 + k) / (0.04 + 0.36 + k),
              1e-6);
  EXPECT_THROW(ssim(c1.data(), c2.data(), 10, 40, 1.0), Error);
}

TEST(Metrics, SsimAndPsnrDropWithMoreNoise) {
  const std::vector<float> ref = texture(64, 64, 1.0f);
  std::mt19937 rng(1);
  std::normal_distribution<float> g(0.0f, 1.0f);
  double lastSsim = 1.0, lastPsnr = 1e9;
  for (float sd : {0.02f, 0.05f, 0.1f}) {
    std::vector<float> noisy = ref;
    for (float& v : noisy)
      v += sd * g(rng);
    const double s = ssim(noisy.data(), ref.data(), 64, 64, 1.0);
    const double p = psnr(noisy.data(), ref.data(), ref.size(), 1.0);
    EXPECT_LT(s, lastSsim);
    EXPECT_LT(p, lastPsnr);
    EXPECT_NEAR(p, -20 * std::log10(sd), 0.3);
    lastSsim = s;
    lastPsnr = p;
  }
}

TEST(Metrics, StackMeansAreOverFrames) {
  ImageStack ref(2, 16, 16, 0.5f), res(2, 16, 16, 0.5f);
  ref.at(0, 0, 0) = 1.0f;
  ref.at(1, 0, 0) = 1.0f;
  res.at(1, 3, 3) = 0.6f;
  res.at(0, 3, 3) = 0.7f;
  const double p0 = psnr(res.frame(0), ref.frame(0), 256, 1.0);
  const double p1 = psnr(res.frame(1), ref.frame(1), 256, 1.0);
  EXPECT_NEAR(meanPsnr(res, ref, 1.0), 0.5 * (p0 + p1), 1e-9);
  EXPECT_NEAR(meanPsnr(res, ref, 0.0, true), 0.5 * (p0 + p1) + 20 * std::log10(0.5), 1e-9);
  EXPECT_LT(meanSsim(res, ref, 1.0), 1.0);
  EXPECT_THROW(meanPsnr(res, ImageStack(1, 16, 16), 1.0), Error);
}

} // namespace
} // namespace pgd
