#include "nn/BlindSpotNet.h"
#include "nn/Model.h"
#include "nn/ModelImpl.h"
#include "nn/UNet.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <string>
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
  // the image has more than 65,536 pixels); it must compute the same function as training does,
  // for the one-pixel blind spot and the larger one (whose bands shift by three rows).
  for (int side : {1, 5})
    for (auto [h, w] : {std::pair{320, 224}, std::pair{64, 64}}) {
      BlindSpotNet net(BlindSpotNetOptions{8, 64, 1, side});
      const auto x = torch::rand({2, 1, h, w});
      const auto batched = net->forward(x).detach();
      torch::Tensor sequential;
      {
        torch::InferenceMode inference;
        sequential = net->forwardLowMemory(x);
      }
      ASSERT_EQ(sequential.sizes(), batched.sizes());
      const double scale = batched.abs().max().item<double>();
      EXPECT_LT((sequential - batched).abs().max().item<double>(), 1e-5 * scale)
          << h << "x" << w << ", blind spot " << side;
    }
}

// The network as the official code writes it, with explicit padded copies and max_pool2d, from
// `net`'s own weights: the reference for the shortcuts BlindSpotNet takes (convolution padding
// instead of padded copies, strided maxima instead of max_pool2d, channels-last in inference).
torch::Tensor referenceForward(BlindSpotNet& net, const torch::Tensor& x) {
  namespace F = torch::nn::functional;
  std::map<std::string, torch::Tensor> p;
  for (const auto& item : net->named_parameters())
    p[item.key()] = item.value();
  const auto conv = [&](const std::string& name, const torch::Tensor& t, bool pad) {
    const auto in = pad ? F::pad(t, F::PadFuncOptions({1, 1, 2, 0})) : t;
    return torch::conv2d(in, p[name + ".weight"], p[name + ".bias"]);
  };
  const auto leaky = [](const torch::Tensor& t) { return torch::leaky_relu(t, 0.1); };
  const auto shift = [](const torch::Tensor& t) {
    return F::pad(t, F::PadFuncOptions({0, 0, 1, 0})).narrow(2, 0, t.size(2));
  };
  const auto branch = [&](const torch::Tensor& input) {
    std::vector<torch::Tensor> skips{input};
    auto n = leaky(conv("enc_conv0", input, true));
    for (int i = 1; i <= 5; ++i) {
      n = torch::max_pool2d(shift(leaky(conv("enc_conv" + std::to_string(i), n, true))), 2, 2);
      if (i < 5)
        skips.push_back(n);
    }
    n = leaky(conv("enc_conv6", n, true));
    for (int level = 5; level >= 1; --level) {
      const auto up = torch::upsample_nearest2d(n, {n.size(2) * 2, n.size(3) * 2});
      n = leaky(
          conv("dec_conv" + std::to_string(level) + "a", torch::cat({up, skips.back()}, 1), true));
      skips.pop_back();
      n = leaky(conv("dec_conv" + std::to_string(level) + "b", n, true));
    }
    return shift(n);
  };
  std::vector<torch::Tensor> unrotated;
  for (int k = 0; k < 4; ++k)
    unrotated.push_back(torch::rot90(branch(torch::rot90(x, k, {2, 3})), -k, {2, 3}));
  auto h = leaky(conv("head1", torch::cat(unrotated, 1), false));
  h = leaky(conv("head2", h, false));
  return torch::cat({conv("head_mu", h, false), conv("head_s", h, false)}, 1);
}

TEST(BlindSpotNet, BothPassesMatchTheOfficialCodesPaddedCopies) {
  BlindSpotNet net(BlindSpotNetOptions{8, 64, 1});
  for (auto [h, w] : {std::pair{128, 96}, std::pair{64, 64}}) {
    // Negative inputs too, so that pools see negative activations next to the zero row.
    const auto x = torch::rand({1, 1, h, w}) * 2.0 - 1.0;
    torch::NoGradGuard noGrad;
    const auto reference = referenceForward(net, x);
    const double scale = reference.abs().max().item<double>();
    const auto batched = net->forward(x);
    const auto lowMemory = net->forwardLowMemory(x);
    EXPECT_LT((batched - reference).abs().max().item<double>(), 1e-5 * scale) << h << "x" << w;
    EXPECT_LT((lowMemory - reference).abs().max().item<double>(), 1e-5 * scale) << h << "x" << w;
  }
}

TEST(BlindSpotNet, TrainingPassMatchesTheOfficialCodeInValuesAndGradients) {
  // Training takes its own convolutions (a shifted copy and a 'same' convolution, channels-last):
  // its outputs and every weight's gradient must be the reference's.
  torch::manual_seed(11);
  BlindSpotNet net(BlindSpotNetOptions{8, 64, 1});
  for (auto [h, w] : {std::pair{64, 64}, std::pair{96, 64}}) {
    const auto x = torch::rand({2, 1, h, w}) * 2.0 - 1.0;
    const auto weights = torch::rand({2, 2, h, w});
    const auto gradients = [&](const torch::Tensor& out) {
      net->zero_grad();
      (out * weights).sum().backward();
      std::map<std::string, torch::Tensor> g;
      for (const auto& item : net->named_parameters())
        if (item.value().grad().defined())
          g[item.key()] = item.value().grad().clone();
      return g;
    };
    const auto reference = referenceForward(net, x);
    const auto referenceGradients = gradients(reference);
    const auto trained = net->forward(x);
    const auto trainedGradients = gradients(trained);
    const double scale = reference.abs().max().item<double>();
    EXPECT_LT((trained - reference).abs().max().item<double>(), 1e-5 * scale) << h << "x" << w;
    ASSERT_EQ(trainedGradients.size(), referenceGradients.size());
    for (const auto& [name, g] : referenceGradients) {
      const double gScale = g.abs().max().item<double>();
      EXPECT_GT(gScale, 0.0) << name;
      // Summed in other orders (channels-last) through 14 layers: up to ~5e-4 of the largest
      // gradient apart; a convolution padded on the wrong side is off by more than the gradient.
      EXPECT_LT((trainedGradients.at(name) - g).abs().max().item<double>(), 2e-3 * gScale)
          << name << " " << h << "x" << w;
    }
  }
}

// Changing one pixel changes no prediction in the side x side square centred on it (the pixel
// alone for side 1; larger squares for noise correlated between neighbours), and does change
// those just outside it.
void expectBlindSquare(int side, int h, int w, int py, int px) {
  ModelInfo info = blindSpotInfo(8);
  info.architecture.blindSpot = side;
  Model model(info, 3);
  auto image = randomImage(h, w, 7);
  const auto n = image.size();
  std::vector<float> mu0(n), s0(n), mu1(n), s1(n);
  model.predict(image.data(), h, w, mu0.data(), s0.data());
  image[static_cast<std::size_t>(py) * w + px] += 5.0f;
  model.predict(image.data(), h, w, mu1.data(), s1.data());
  const int half = side / 2;
  int changedOutside = 0;
  int outside = 0; // the ring just outside the square, inside the image
  for (int dy = -half - 1; dy <= half + 1; ++dy)
    for (int dx = -half - 1; dx <= half + 1; ++dx) {
      const int y = py + dy;
      const int x = px + dx;
      if (y < 0 || y >= h || x < 0 || x >= w)
        continue;
      const auto q = static_cast<std::size_t>(y) * w + x;
      if (std::abs(dy) <= half && std::abs(dx) <= half) {
        EXPECT_EQ(mu0[q], mu1[q]) << "pixel " << y << "," << x << " sees " << py << "," << px;
        EXPECT_EQ(s0[q], s1[q]) << "pixel " << y << "," << x << " sees " << py << "," << px;
      } else {
        ++outside;
        changedOutside += mu0[q] != mu1[q];
      }
    }
  EXPECT_GE(2 * changedOutside, outside) << "side " << side;
  EXPECT_GT(changedOutside, 0) << "side " << side;
}

TEST(BlindSpotNet, PixelNeverSeesItselfSquare) {
  expectBlindSquare(1, 64, 64, 30, 17);
}
TEST(BlindSpotNet, PixelNeverSeesItselfRectangularAndUnpadded) {
  expectBlindSquare(1, 45, 70, 44, 0);
  expectBlindSquare(1, 45, 70, 10, 52);
}

TEST(BlindSpotNet, LargerBlindSpotHidesTheWholeSquare) {
  expectBlindSquare(3, 64, 64, 30, 17);
  expectBlindSquare(5, 64, 64, 30, 17);
  expectBlindSquare(5, 45, 70, 20, 40); // rectangular: the two-batch pass
  expectBlindSquare(5, 45, 70, 1, 1);   // the square reaches past the border
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
