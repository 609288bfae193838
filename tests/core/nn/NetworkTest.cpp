#include "nn/BlindSpotNet.h"
#include "nn/Model.h"
#include "nn/ModelImpl.h"
#include "nn/UNet.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

namespace pgd {
namespace {

long parameterCount(torch::nn::Module& module) {
  long n = 0;
  for (const auto& p : module.parameters())
    n += p.numel();
  return n;
}

ModelInfo blindSpotInfo(int width) {
  ModelInfo info;
  info.architecture = {NetworkKind::BlindSpot, width, 8 * width, 1};
  return info;
}

std::vector<float> randomImage(int h, int w, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> u(0.0f, 1.0f);
  std::vector<float> v(static_cast<std::size_t>(h) * w);
  for (auto& x : v)
    x = u(rng);
  return v;
}

TEST(BlindSpotNet, PaperNetworkHasTheOfficialParameterCount) {
  BlindSpotNet paper(BlindSpotNetOptions{48, 384, 1});
  // 1,265,858 convolution weights and biases plus the regularized loss's a' and b.
  EXPECT_EQ(parameterCount(*paper), 1265860);
  BlindSpotNet light(BlindSpotNetOptions{16, 128, 1});
  EXPECT_EQ(parameterCount(*light), 141380);
}

TEST(BlindSpotNet, OutputsMuAndSForEveryPixel) {
  BlindSpotNet net(BlindSpotNetOptions{8, 64, 1});
  const auto out = net->forward(torch::rand({2, 1, 64, 96}));
  EXPECT_EQ(out.sizes(), (std::vector<int64_t>{2, 2, 64, 96}));
  EXPECT_TRUE(torch::isfinite(out).all().item<bool>());
}

TEST(BlindSpotNet, LowMemoryInferenceMatchesTheBatchedTrainingPass) {
  // The low-memory pass runs the rotations one by one and the head in row bands (two bands here:
  // the image has more than 65,536 pixels); it must compute the same function as training does.
  BlindSpotNet net(BlindSpotNetOptions{8, 64, 1});
  for (auto [h, w] : {std::pair{320, 224}, std::pair{64, 64}}) {
    const auto x = torch::rand({2, 1, h, w});
    const auto batched = net->forward(x).detach();
    torch::Tensor sequential;
    {
      torch::InferenceMode inference;
      sequential = net->forwardLowMemory(x);
    }
    ASSERT_EQ(sequential.sizes(), batched.sizes());
    const double scale = batched.abs().max().item<double>();
    EXPECT_LT((sequential - batched).abs().max().item<double>(), 1e-5 * scale) << h << "x" << w;
  }
}

void expectBlindSpot(int h, int w, int py, int px) {
  Model model(blindSpotInfo(8), 3);
  auto image = randomImage(h, w, 5);
  const auto n = image.size();
  std::vector<float> mu0(n), s0(n), mu1(n), s1(n);
  model.predict(image.data(), h, w, mu0.data(), s0.data());
  image[static_cast<std::size_t>(py) * w + px] += 5.0f;
  model.predict(image.data(), h, w, mu1.data(), s1.data());
  const auto p = static_cast<std::size_t>(py) * w + px;
  EXPECT_EQ(mu0[p], mu1[p]) << "pixel " << py << "," << px << " sees itself";
  EXPECT_EQ(s0[p], s1[p]);
  int changedNeighbours = 0;
  for (int dy = -1; dy <= 1; ++dy)
    for (int dx = -1; dx <= 1; ++dx) {
      const int y = py + dy;
      const int x = px + dx;
      if ((dy || dx) && y >= 0 && y < h && x >= 0 && x < w)
        changedNeighbours +=
            mu0[static_cast<std::size_t>(y) * w + x] != mu1[static_cast<std::size_t>(y) * w + x];
    }
  EXPECT_GE(changedNeighbours, 3);
}

TEST(BlindSpotNet, PixelNeverSeesItselfSquare) {
  expectBlindSpot(64, 64, 30, 17);
}
TEST(BlindSpotNet, PixelNeverSeesItselfRectangularAndUnpadded) {
  expectBlindSpot(45, 70, 44, 0);
  expectBlindSpot(45, 70, 10, 52);
}

TEST(Model, PredictWorksForAnySizeAndGivesVariances) {
  Model model(blindSpotInfo(8), 1);
  for (auto [h, w] : {std::pair{1, 1}, std::pair{31, 33}, std::pair{7, 100}}) {
    const auto image = randomImage(h, w, 9);
    std::vector<float> mu(image.size(), NAN), s2(image.size(), -1.0f);
    model.predict(image.data(), h, w, mu.data(), s2.data());
    for (std::size_t i = 0; i < mu.size(); ++i) {
      ASSERT_TRUE(std::isfinite(mu[i]));
      ASSERT_GE(s2[i], 0.0f);
    }
  }
}

TEST(Model, SameSeedSameWeights) {
  const auto image = randomImage(32, 32, 2);
  std::vector<float> a(image.size()), b(image.size()), c(image.size());
  Model(blindSpotInfo(8), 4).predict(image.data(), 32, 32, a.data(), nullptr);
  Model(blindSpotInfo(8), 4).predict(image.data(), 32, 32, b.data(), nullptr);
  Model(blindSpotInfo(8), 5).predict(image.data(), 32, 32, c.data(), nullptr);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
}

TEST(Model, UNetPredictsMuOnly) {
  ModelInfo info;
  info.architecture = {NetworkKind::UNet, 8, 8, 1};
  info.loss = LossKind::N2V;
  Model model(info, 1);
  const auto image = randomImage(20, 30, 3);
  std::vector<float> mu(image.size(), NAN);
  model.predict(image.data(), 20, 30, mu.data(), nullptr);
  for (float v : mu)
    ASSERT_TRUE(std::isfinite(v));
  EXPECT_EQ(model.device(), "cpu");
}

} // namespace
} // namespace pgd
