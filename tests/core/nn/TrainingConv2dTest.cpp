#include "nn/TrainingConv2d.h"
#include "nn/AutocastScope.h"

#include <gtest/gtest.h>

#include <vector>

namespace pgd {
namespace {

struct Gradients {
  torch::Tensor out, x, weight, bias;
};

// Output and gradients of sum(out * probe) for a padding-{2, 1} convolution of `channels` inputs,
// through conv2dForTraining or through torch::conv2d, in `precision`.
Gradients run(bool training, int channels, bool withBias, Precision precision) {
  torch::manual_seed(3);
  const auto x = torch::randn({2, channels, 32, 24}).requires_grad_();
  const auto weight = torch::randn({5, channels, 3, 3}).requires_grad_();
  const auto bias = withBias ? torch::randn({5}).requires_grad_() : torch::Tensor();
  const AutocastScope scope(torch::kCPU, precision);
  const auto out = training ? conv2dForTraining(x, weight, bias, {2, 1})
                            : torch::conv2d(x, weight, bias, 1, {2, 1});
  const auto probe = torch::randn(out.sizes());
  (out.to(torch::kFloat) * probe).sum().backward();
  return {out.detach(), x.grad(), weight.grad(), withBias ? bias.grad() : torch::Tensor()};
}

double relativeError(const torch::Tensor& a, const torch::Tensor& b) {
  return ((a - b).abs().max() / b.abs().max()).item<double>();
}

TEST(TrainingConv2d, Float32MatchesTorchConv2dForOneAndManyChannels) {
  for (int channels : {1, 3}) {
    const auto ours = run(true, channels, true, Precision::Float32);
    const auto torchs = run(false, channels, true, Precision::Float32);
    EXPECT_TRUE(torch::equal(ours.out, torchs.out)) << channels;
    EXPECT_LT(relativeError(ours.x, torchs.x), 1e-5) << channels;
    EXPECT_LT(relativeError(ours.weight, torchs.weight), 1e-5) << channels;
    EXPECT_LT(relativeError(ours.bias, torchs.bias), 1e-5) << channels;
  }
}

TEST(TrainingConv2d, BFloat16HasAutocastsOutputAndFloat32Gradients) {
  for (int channels : {1, 16}) {
    const auto ours = run(true, channels, true, Precision::BFloat16);
    const auto torchs = run(false, channels, true, Precision::BFloat16);
    EXPECT_EQ(ours.out.scalar_type(), torch::kBFloat16);
    EXPECT_TRUE(torch::equal(ours.out, torchs.out)) << channels;
    for (const auto& g : {ours.x, ours.weight, ours.bias})
      EXPECT_EQ(g.scalar_type(), torch::kFloat);
    // Both round the gradients to bfloat16 (8 significant bits): a few of its steps apart.
    EXPECT_LT(relativeError(ours.x, torchs.x), 2e-2) << channels;
    EXPECT_LT(relativeError(ours.weight, torchs.weight), 2e-2) << channels;
    EXPECT_LT(relativeError(ours.bias, torchs.bias), 2e-2) << channels;
    // And near the exact float32 gradient.
    const auto exact = run(false, channels, true, Precision::Float32);
    EXPECT_LT(relativeError(ours.weight, exact.weight), 2e-2) << channels;
  }
}

TEST(TrainingConv2d, WorksWithoutBias) {
  const auto ours = run(true, 1, false, Precision::BFloat16);
  const auto torchs = run(false, 1, false, Precision::BFloat16);
  EXPECT_TRUE(torch::equal(ours.out, torchs.out));
  EXPECT_LT(relativeError(ours.weight, torchs.weight), 2e-2);
}

} // namespace
} // namespace pgd
