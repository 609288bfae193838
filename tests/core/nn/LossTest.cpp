#include "nn/Losses.h"

#include <gtest/gtest.h>

#include <functional>

namespace pgd {
namespace {

// Compares autograd gradients of `f` (a scalar of `inputs`) with central differences in double.
void expectGradientsMatch(const std::function<torch::Tensor(std::vector<torch::Tensor>&)>& f,
                          std::vector<torch::Tensor> inputs) {
  for (auto& t : inputs)
    t.requires_grad_(true);
  f(inputs).backward();
  const double eps = 1e-6;
  for (auto& t : inputs) {
    const auto analytic = t.grad().clone();
    auto flat = t.detach().view(-1);
    for (int64_t i = 0; i < flat.numel(); ++i) {
      std::vector<torch::Tensor> plus, minus;
      for (auto& u : inputs) {
        plus.push_back(u.detach().clone());
        minus.push_back(u.detach().clone());
      }
      const auto k = &t - inputs.data();
      plus[k].view(-1)[i] += eps;
      minus[k].view(-1)[i] -= eps;
      const double numeric = (f(plus).item<double>() - f(minus).item<double>()) / (2 * eps);
      EXPECT_NEAR(analytic.view(-1)[i].item<double>(), numeric, 1e-5 * (1 + std::abs(numeric)));
    }
  }
}

torch::Tensor rnd(std::vector<int64_t> shape, double lo, double hi) {
  return torch::rand(shape, torch::kFloat64) * (hi - lo) + lo;
}

TEST(Losses, UncalibratedValueMatchesFormula) {
  const auto y = torch::tensor({0.5}, torch::kFloat64);
  const auto mu = torch::tensor({0.3}, torch::kFloat64);
  const auto s = torch::tensor({0.2}, torch::kFloat64);
  const double v = 0.04 + 1e-3;
  EXPECT_NEAR(uncalibratedLossMap(y, mu, s).item<double>(), 0.04 / v + std::log(v), 1e-12);
}

TEST(Losses, UncalibratedGradientsMatchFiniteDifferences) {
  torch::manual_seed(1);
  expectGradientsMatch(
      [](std::vector<torch::Tensor>& t) { return uncalibratedLossMap(t[0], t[1], t[2]).mean(); },
      {rnd({1, 1, 3, 3}, 0, 1), rnd({1, 1, 3, 3}, 0, 1), rnd({1, 1, 3, 3}, -0.5, 0.5)});
}

TEST(Losses, RegularizedGradientsMatchFiniteDifferences) {
  torch::manual_seed(2);
  expectGradientsMatch(
      [](std::vector<torch::Tensor>& t) {
        return regularizedLossMap(t[0], t[1], t[2], t[3], t[4], 0.7).mean();
      },
      {rnd({1, 1, 2, 3}, 0, 1), rnd({1, 1, 2, 3}, 0.1, 1), rnd({1, 1, 2, 3}, 0.1, 0.5),
       rnd({1}, 2, 3), rnd({1}, 0.01, 0.02)});
}

TEST(Losses, RegularizedUsesSoftplusGainAndFloor) {
  const auto a = regularizedNoiseA(torch::zeros({1}, torch::kFloat64)).item<double>();
  EXPECT_NEAR(a, std::log1p(std::exp(-4.0)) + 1e-3, 1e-12);
  // mu below 1e-3 and b = 0 leave the noise variance at its 1e-3 floor.
  const auto loss =
      regularizedLossMap(torch::zeros({1}, torch::kFloat64), torch::zeros({1}, torch::kFloat64),
                         torch::zeros({1}, torch::kFloat64), torch::zeros({1}, torch::kFloat64),
                         torch::zeros({1}, torch::kFloat64), 1.0);
  EXPECT_NEAR(loss.item<double>(), std::log(1e-3), 1e-12);
}

TEST(Losses, N2VLossGradientsAndMasking) {
  torch::manual_seed(3);
  const auto mask = (torch::rand({1, 1, 4, 4}, torch::kFloat64) > 0.5).to(torch::kFloat64);
  expectGradientsMatch([&](std::vector<torch::Tensor>& t) { return n2vLoss(t[0], t[1], mask); },
                       {rnd({1, 1, 4, 4}, 0, 1), rnd({1, 1, 4, 4}, 0, 1)});
  // Unmasked pixels do not contribute.
  const auto y = torch::zeros({1, 1, 2, 2}, torch::kFloat64);
  auto pred = torch::zeros({1, 1, 2, 2}, torch::kFloat64);
  pred[0][0][1][1] = 100.0;
  auto m = torch::zeros_like(y);
  m[0][0][0][0] = 1.0;
  EXPECT_EQ(n2vLoss(y, pred, m).item<double>(), 0.0);
}

TEST(Losses, N2VManipulationReplacesMaskedPixelsByNeighbours) {
  std::mt19937_64 rng(4);
  const auto y = torch::arange(64 * 64, torch::kFloat32).view({1, 1, 64, 64});
  const auto batch = n2vManipulate(y, 0.02, rng);
  const auto changed = (batch.input != y).to(torch::kFloat32);
  EXPECT_GT(batch.mask.sum().item<double>(), 20.0);
  // Every changed pixel is masked, every masked pixel took a value from within 2 pixels.
  EXPECT_EQ((changed * (1 - batch.mask)).sum().item<double>(), 0.0);
  const auto diff = (batch.input - y).abs() * batch.mask;
  EXPECT_LE(diff.max().item<double>(), 2 * 64 + 2);
  EXPECT_EQ(changed.sum().item<double>(), batch.mask.sum().item<double>());
}

} // namespace
} // namespace pgd
