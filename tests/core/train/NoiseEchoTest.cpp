#include "train/NoiseEcho.h"

#include "train/ValidationNoise.h"

#include <ATen/CPUGeneratorImpl.h>
#include <gtest/gtest.h>

using namespace pgd;

namespace {

torch::Tensor whiteNoise(std::uint64_t seed) {
  auto generator = at::detail::createCPUGenerator(seed);
  return torch::randn({1, 1, 256, 256}, generator, torch::kFloat32);
}

// Noise in grains: white noise averaged with its right and lower neighbours (correlation +0.5
// between horizontal neighbours), of standard deviation about `sigma`.
torch::Tensor grainyNoise(double sigma, std::uint64_t seed) {
  const auto w = whiteNoise(seed);
  const auto h = (w + torch::roll(w, {-1}, {3})) / std::sqrt(2.0);
  return sigma * (h + torch::roll(h, {-1}, {2})) / std::sqrt(2.0);
}

torch::Tensor smoothImage() {
  const auto ramp = torch::linspace(0.1, 0.6, 256);
  return (ramp.view({1, 1, 1, 256}) + 0.5 * ramp.view({1, 1, 256, 1})).contiguous();
}

double correlation(const torch::Tensor& a, const torch::Tensor& b) {
  const auto x = a.to(torch::kFloat64) - a.to(torch::kFloat64).mean();
  const auto y = b.to(torch::kFloat64) - b.to(torch::kFloat64).mean();
  return ((x * y).sum() / (x.square().sum() * y.square().sum()).sqrt()).item<double>();
}

// The inner 192 x 192 pixels (away from the blur's replicated edges).
torch::Tensor inner(const torch::Tensor& t) {
  return t.narrow(2, 32, 192).narrow(3, 32, 192);
}

} // namespace

// The probe has the asked size, keeps the noise's correlation between neighbours, and holds
// none of the pixel's own noise or of the smooth image: the three things the echo reads.
TEST(NoiseEcho, ProbeCarriesTheNoiseStructureButNotThePixel) {
  const double sigma = 0.03;
  const auto noise = grainyNoise(sigma, 4);
  const auto window = smoothImage() + noise;
  const auto probe = noiseEchoProbe(window);
  ASSERT_EQ(probe.sizes(), window.sizes());

  EXPECT_NEAR(probe.to(torch::kFloat64).std().item<double>() /
                  (kNoiseEchoProbeFraction * validationNoiseScale(window)),
              1.0, 0.01);
  // Horizontal neighbours: +0.5 in the noise, the same in the probe (the blur of sigma 8 takes
  // little of a two-pixel grain).
  const auto right = [](const torch::Tensor& t) { return torch::roll(t, {-1}, {3}); };
  const double noiseLag1 = correlation(inner(noise), inner(right(noise)));
  EXPECT_NEAR(noiseLag1, 0.5, 0.03);
  EXPECT_NEAR(correlation(inner(probe), inner(right(probe))), noiseLag1, 0.05);
  // Shifted by half the window: unrelated to the noise at the same pixel.
  EXPECT_LT(std::abs(correlation(inner(probe), inner(noise))), 0.03);
  // The smooth image hardly enters: the probe of the noise alone is nearly the same.
  EXPECT_GT(correlation(inner(probe), inner(noiseEchoProbe(noise))), 0.99);
}

// A flat window has no fine structure: the probe is zero, not a division by zero.
TEST(NoiseEcho, FlatWindowGivesAZeroProbe) {
  const auto probe = noiseEchoProbe(torch::full({1, 1, 64, 64}, 0.3f));
  EXPECT_EQ(probe.abs().max().item<float>(), 0.0f);
}

// The guard admits a checkpoint unless its echo exceeds the least echo so far by more than the
// margin; a run whose echo first falls and then climbs is cut off where the climb passes it.
TEST(NoiseEcho, GuardRefusesCheckpointsThatEchoMoreThanTheLeastSoFar) {
  NoiseEchoGuard guard;
  const double m = kNoiseEchoMargin;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  // Held-out losses falling by 0.01 a validation: every validation joins the reference.
  EXPECT_TRUE(guard.admits(0.10, -3.00));
  EXPECT_TRUE(guard.admits(0.02, -3.01));           // falls: admitted, the least from now on
  EXPECT_TRUE(guard.admits(0.02 + 0.9 * m, -3.02)); // within the margin
  EXPECT_DOUBLE_EQ(guard.leastEcho(), 0.02);
  EXPECT_FALSE(guard.admits(0.02 + 1.1 * m, -3.03));
  EXPECT_FALSE(guard.admits(0.25, -3.04)); // a network copying a quarter of the noise
  EXPECT_TRUE(guard.admits(0.01, -3.05));  // falls again: admitted, the new least
  EXPECT_TRUE(guard.admits(0.01 + 0.9 * m, -3.06));
  EXPECT_DOUBLE_EQ(guard.leastEcho(), 0.01);
  EXPECT_FALSE(guard.admits(0.02 + 0.9 * m, -3.07)); // within 0.02's margin, not 0.01's
  // A one-pixel blind spot has no echo: always admitted, the least unchanged.
  EXPECT_TRUE(guard.admits(nan, -3.08));
  EXPECT_DOUBLE_EQ(guard.leastEcho(), 0.01);
  NoiseEchoGuard fresh;
  EXPECT_TRUE(fresh.admits(nan, nan));
  EXPECT_TRUE(fresh.admits(0.3, -1.0)); // the first echo is admitted whatever its size
}

// A first validation that the next one's held-out loss leaves far behind was an undertrained
// network, whose low echo is no reference: FMD widefield BPAE R's run (docs/NOISE_FIT.md, "The
// noise echo") echoed 0.008, 0.060, 0.096 at steps 100-300 with losses -3.214, -3.440, -3.531, and
// keeps step 200, not step 100.
TEST(NoiseEcho, GuardTakesNoReferenceFromAnUndertrainedValidation) {
  NoiseEchoGuard guard;
  EXPECT_TRUE(guard.admits(0.008, -3.2136));
  EXPECT_TRUE(guard.admits(0.060, -3.4401)); // no reference yet: 0.008 was followed by a 0.23 drop
  EXPECT_EQ(guard.leastEcho(), std::numeric_limits<double>::infinity());
  EXPECT_FALSE(guard.admits(0.096, -3.5312)); // 0.060 (drop 0.09 after it) is the reference
  EXPECT_DOUBLE_EQ(guard.leastEcho(), 0.060);
  EXPECT_FALSE(guard.admits(0.104, -3.5566));
  // A drop just at the threshold keeps the earlier validation as the reference.
  NoiseEchoGuard edge;
  EXPECT_TRUE(edge.admits(0.01, -3.0));
  EXPECT_FALSE(edge.admits(0.05, -3.0 - kNoiseEchoBaselineLossDrop));
}
