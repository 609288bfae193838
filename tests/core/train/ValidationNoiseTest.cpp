#include "train/ValidationNoise.h"

#include <ATen/CPUGeneratorImpl.h>
#include <gtest/gtest.h>

using namespace pgd;

namespace {

// A smooth ramp plus white noise of standard deviation `sigma`.
torch::Tensor noisyRamp(double sigma, std::uint64_t seed) {
  auto generator = at::detail::createCPUGenerator(seed);
  const auto ramp = torch::linspace(0.1, 0.6, 256).view({1, 1, 1, 256}).expand({1, 1, 256, 256});
  return ramp + sigma * torch::randn({1, 1, 256, 256}, generator, torch::kFloat32);
}

} // namespace

// Only networks that hide more than the pixel validate on noisier inputs.
TEST(ValidationNoise, OnlyWideBlindSpotsValidateWithNoise) {
  EXPECT_EQ(validationNoiseFraction(1), 0.0);
  EXPECT_EQ(validationNoiseFraction(3), kValidationNoiseFraction);
  EXPECT_EQ(validationNoiseFraction(5), kValidationNoiseFraction);
  EXPECT_GT(kValidationNoiseFraction, 0.0);
  EXPECT_LT(kValidationNoiseFraction, 1.0);
}

// The scale reads white noise's standard deviation on a smooth image.
TEST(ValidationNoise, ScaleReadsWhiteNoise) {
  for (const double sigma : {0.01, 0.05}) {
    const double scale = validationNoiseScale(noisyRamp(sigma, 3));
    EXPECT_NEAR(scale / sigma, 1.0, 0.03) << sigma;
  }
  EXPECT_EQ(validationNoiseScale(torch::zeros({1, 1, 4, 1})), 0.0);
}

// The added noise has the asked size, is the same for the same seed (every validation of a run
// scores the same inputs) and differs between seeds; fraction 0 leaves the window alone.
TEST(ValidationNoise, AddsFixedNoiseOfTheAskedSize) {
  const auto window = noisyRamp(0.04, 5);
  const double scale = validationNoiseScale(window);
  const auto a = withValidationNoise(window, 0.2, 11);
  const auto added = (a - window).to(torch::kFloat64);
  EXPECT_NEAR(added.mean().item<double>(), 0.0, 0.01 * 0.2 * scale);
  EXPECT_NEAR(added.std().item<double>() / (0.2 * scale), 1.0, 0.02);
  EXPECT_TRUE(torch::equal(a, withValidationNoise(window, 0.2, 11)));
  EXPECT_FALSE(torch::equal(a, withValidationNoise(window, 0.2, 12)));
  EXPECT_TRUE(torch::equal(withValidationNoise(window, 0.0, 11), window));
  // The noise does not touch torch's global generator: training draws alike with or without it.
  torch::manual_seed(7);
  const auto before = torch::rand({4});
  torch::manual_seed(7);
  (void)withValidationNoise(window, 0.2, 11);
  EXPECT_TRUE(torch::equal(before, torch::rand({4})));
}
