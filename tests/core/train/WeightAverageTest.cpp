#include "train/WeightAverage.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace pgd {
namespace {

struct OneWeight : torch::nn::Module {
  OneWeight() { w = register_parameter("w", torch::zeros({2})); }
  torch::Tensor w;
};

TEST(WeightAverage, FollowsTheDecayScheduleAndSwapsBothWays) {
  OneWeight m;
  WeightAverage average(m, 0.9);
  double expected = 0.0; // the average starts at the initial weights (0)
  for (long step = 1; step <= 40; ++step) {
    {
      torch::NoGradGuard noGrad;
      m.w.fill_(double(step)); // what an optimiser step would have produced
    }
    average.update(step);
    const double d = std::min(0.9, (1.0 + double(step)) / (10.0 + double(step)));
    expected = d * expected + (1.0 - d) * double(step);
  }
  EXPECT_FALSE(average.swappedIn());
  average.swapIn();
  EXPECT_TRUE(average.swappedIn());
  EXPECT_NEAR(m.w[0].item<double>(), expected, 1e-4);
  EXPECT_NEAR(m.w[1].item<double>(), expected, 1e-4);
  EXPECT_LT(expected, 40.0 - 3.0); // it really lags the trained weights
  average.swapIn();                // idempotent: the trained weights stay aside
  average.swapOut();
  EXPECT_FALSE(average.swappedIn());
  EXPECT_EQ(m.w[0].item<double>(), 40.0);
  average.swapOut();
  EXPECT_EQ(m.w[1].item<double>(), 40.0);
}

} // namespace
} // namespace pgd
