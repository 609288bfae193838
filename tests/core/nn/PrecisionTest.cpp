#include "nn/Precision.h"
#include "job/Error.h"
#include "nn/AutocastScope.h"
#include "nn/BlindSpotNet.h"
#include "nn/Model.h"
#include "nn/ModelImpl.h"

#include <ATen/autocast_mode.h>
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

namespace pgd {
namespace {

const std::string kWithBf16 = "processor\t: 0\nflags\t\t: fpu sse2 avx2 avx512f avx512_bf16 "
                              "avx512_vnni\nbogomips\t: 4800.00\n";
const std::string kWithAmx = "flags\t\t: fpu avx2 amx_tile amx_bf16 amx_int8\n";
const std::string kWithout = "flags\t\t: fpu sse2 avx2 avx512f avx512_vnni avx512_bf16x\n"
                             "model name\t: avx512_bf16 lookalike (not a flags line)\n";

TEST(PrecisionRule, AutoIsBFloat16OnlyWhereTheCpuDoesItNatively) {
  EXPECT_TRUE(cpuinfoHasNativeBFloat16(kWithBf16));
  EXPECT_TRUE(cpuinfoHasNativeBFloat16(kWithAmx));
  EXPECT_FALSE(cpuinfoHasNativeBFloat16(kWithout)); // whole flags only, flags lines only
  EXPECT_FALSE(cpuinfoHasNativeBFloat16(""));
  EXPECT_EQ(resolvePrecision("auto", "cpu", kWithBf16), Precision::BFloat16);
  EXPECT_EQ(resolvePrecision("auto", "cpu", kWithAmx), Precision::BFloat16);
  EXPECT_EQ(resolvePrecision("auto", "cpu", kWithout), Precision::Float32);
  EXPECT_EQ(resolvePrecision("auto", "cpu", ""), Precision::Float32);
}

TEST(PrecisionRule, AutoIsFloat32OnCuda) {
  EXPECT_EQ(resolvePrecision("auto", "cuda", kWithBf16), Precision::Float32);
}

TEST(PrecisionRule, ExplicitChoicesWinOverTheFlags) {
  for (const char* device : {"cpu", "cuda"}) {
    EXPECT_EQ(resolvePrecision("float32", device, kWithBf16), Precision::Float32);
    EXPECT_EQ(resolvePrecision("bfloat16", device, kWithout), Precision::BFloat16);
  }
  EXPECT_STREQ(toString(Precision::BFloat16), "bfloat16");
  EXPECT_STREQ(toString(Precision::Float32), "float32");
}

TEST(PrecisionRule, UnknownNamesAreUsageErrors) {
  try {
    resolvePrecision("fp16", "cpu", kWithBf16);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_NE(std::string(e.what()).find("auto, float32 or bfloat16"), std::string::npos);
  }
}

TEST(PrecisionRule, DescriptionNamesTheFlag) {
  EXPECT_EQ(describeAutoPrecision(kWithAmx), "bfloat16 (CPU has amx_bf16)");
  EXPECT_EQ(describeAutoPrecision(kWithout), "float32 (no native bfloat16 on this CPU)");
}

TEST(AutocastScope, NestsAndRestoresTheThreadsState) {
  ASSERT_FALSE(at::autocast::is_cpu_enabled());
  {
    const AutocastScope reduced(torch::kCPU, Precision::BFloat16);
    EXPECT_TRUE(at::autocast::is_cpu_enabled());
    EXPECT_EQ(at::autocast::get_autocast_cpu_dtype(), at::kBFloat16);
    const auto w = torch::rand({4, 1, 3, 3});
    EXPECT_EQ(torch::conv2d(torch::rand({1, 1, 8, 8}), w).scalar_type(), at::kBFloat16);
    {
      const AutocastScope full(torch::kCPU, Precision::Float32);
      EXPECT_FALSE(at::autocast::is_cpu_enabled());
      EXPECT_EQ(torch::conv2d(torch::rand({1, 1, 8, 8}), w).scalar_type(), at::kFloat);
    }
    EXPECT_TRUE(at::autocast::is_cpu_enabled());
  }
  EXPECT_FALSE(at::autocast::is_cpu_enabled());
}

ModelInfo info(NetworkKind kind, int width) {
  ModelInfo i;
  i.architecture = {kind, width, 8 * width, 1};
  return i;
}

// A smooth generated image (blobs on a gradient) with Gaussian noise, values about 0..1.
std::vector<float> generatedImage(int h, int w, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> noise(0.0f, 0.05f);
  std::vector<float> v(static_cast<std::size_t>(h) * w);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const double blob =
          std::exp(-(std::pow(x - 0.3 * w, 2) + std::pow(y - 0.6 * h, 2)) / (0.02 * w * h));
      v[std::size_t(y) * w + x] = float(0.2 + 0.3 * x / w + 0.5 * blob) + noise(rng);
    }
  return v;
}

double rms(const std::vector<float>& v) {
  double s = 0.0;
  for (float x : v)
    s += double(x) * x;
  return std::sqrt(s / double(v.size()));
}

double rmsDifference(const std::vector<float>& a, const std::vector<float>& b) {
  double s = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i)
    s += std::pow(double(a[i]) - b[i], 2);
  return std::sqrt(s / double(a.size()));
}

// bfloat16 keeps 8 bits of mantissa: with these random weights mu moves by 0.5-0.8% (RMS, relative)
// and s2 = s^2 by 2%. Never by nothing (then the reduced path did not run), never by much more
// (then it is broken: a wrong layer or a lost head gives tens of percent).
void expectCloseButNotEqual(const std::vector<float>& reduced, const std::vector<float>& full,
                            double tolerance, const char* what) {
  const double relative = rmsDifference(reduced, full) / rms(full);
  EXPECT_GT(relative, 1e-5) << what << ": bfloat16 gave float32's result bit for bit";
  EXPECT_LT(relative, tolerance) << what;
}

TEST(ReducedPrecision, BlindSpotPredictionsAgreeWithFloat32) {
  const int h = 96, w = 128;
  const auto image = generatedImage(h, w, 3);
  const std::size_t n = image.size();
  Model model(info(NetworkKind::BlindSpot, 8), 7);
  std::vector<float> mu32(n), s32(n);
  model.predict(image.data(), h, w, mu32.data(), s32.data());
  model.setPrecision(Precision::BFloat16);
  EXPECT_EQ(model.precision(), Precision::BFloat16);
  for (const auto pass : {InferencePass::Batched, InferencePass::LowMemory}) {
    std::vector<float> mu16(n), s16(n);
    model.predict(image.data(), h, w, mu16.data(), s16.data(), pass);
    expectCloseButNotEqual(mu16, mu32, 0.015, "mu");
    expectCloseButNotEqual(s16, s32, 0.04, "s2");
  }
  EXPECT_FALSE(at::autocast::is_cpu_enabled()) << "predict left autocast on";
}

TEST(ReducedPrecision, BandedInferenceGivesTheTrainingPassesNumbers) {
  // In bfloat16 inference the input level sums its float32 part in row bands into the bfloat16
  // features (two bands of 65,536 pixels here), and the head gathers its row bands from
  // rotations that were never turned back whole (five bands). Training's pass sums whole float32
  // activations and turns every rotation back. Both round to bfloat16 in other orders (batched,
  // other layouts), so single pixels differ by up to ~1% of the range; but every row must agree
  // on average: a band that lost its two rows of context or a rotation read from the wrong rows
  // moved whole rows by 1-7% of the range.
  torch::manual_seed(11);
  BlindSpotNet net(BlindSpotNetOptions{8, 64, 1});
  for (auto [h, w] : {std::pair{320, 224}, std::pair{224, 320}}) {
    const auto x = torch::rand({1, 1, h, w}) * 4.0 - 1.0;
    const AutocastScope reduced(torch::kCPU, Precision::BFloat16);
    const auto training = net->forward(x).detach();
    torch::Tensor banded;
    {
      torch::InferenceMode inference;
      banded = net->forwardLowMemory(x);
    }
    ASSERT_EQ(banded.sizes(), training.sizes());
    ASSERT_EQ(banded.scalar_type(), torch::kFloat);
    const double scale = training.abs().max().item<double>();
    const auto rowMeans = (banded - training).abs().mean({0, 1, 3});
    EXPECT_LT(rowMeans.max().item<double>(), 1e-3 * scale) << h << "x" << w;
  }
}

TEST(ReducedPrecision, AutoTakesTheLowMemoryPassInBFloat16OnTheCpu) {
  // Where the batched pass fits, float32 takes it and bfloat16 on the CPU the low-memory pass
  // (the faster one there); training always needs the batched pass.
  const auto bf16 = Precision::BFloat16;
  const auto fp32 = Precision::Float32;
  EXPECT_EQ(ModelImpl::autoPass(false, true, fp32, false), InferencePass::Batched);
  EXPECT_EQ(ModelImpl::autoPass(false, true, bf16, false), InferencePass::LowMemory);
  EXPECT_EQ(ModelImpl::autoPass(false, true, bf16, true), InferencePass::Batched);
  EXPECT_EQ(ModelImpl::autoPass(false, false, fp32, false), InferencePass::LowMemory);
  EXPECT_EQ(ModelImpl::autoPass(true, false, bf16, false), InferencePass::Batched);
}

TEST(ReducedPrecision, UNetPredictionsAgreeWithFloat32) {
  const int h = 64, w = 64;
  const auto image = generatedImage(h, w, 4);
  Model model(info(NetworkKind::UNet, 8), 7);
  std::vector<float> mu32(image.size()), mu16(image.size());
  model.predict(image.data(), h, w, mu32.data(), nullptr);
  model.setPrecision(Precision::BFloat16);
  model.predict(image.data(), h, w, mu16.data(), nullptr);
  expectCloseButNotEqual(mu16, mu32, 0.015, "N2V mu");
}

TEST(ReducedPrecision, BlindSpotHoldsInBFloat16) {
  const int h = 64, w = 64, py = 30, px = 17;
  Model model(info(NetworkKind::BlindSpot, 8), 3);
  model.setPrecision(Precision::BFloat16);
  auto image = generatedImage(h, w, 5);
  const auto n = image.size();
  std::vector<float> mu0(n), s0(n), mu1(n), s1(n);
  model.predict(image.data(), h, w, mu0.data(), s0.data());
  const auto p = std::size_t(py) * w + px;
  image[p] += 5.0f;
  model.predict(image.data(), h, w, mu1.data(), s1.data());
  EXPECT_EQ(mu0[p], mu1[p]);
  EXPECT_EQ(s0[p], s1[p]);
  EXPECT_NE(mu0[p + 1], mu1[p + 1]) << "the neighbour must see the change";
}

TEST(ReducedPrecision, TrainingStepKeepsFloat32WeightsAndGradients) {
  ModelImpl impl(info(NetworkKind::BlindSpot, 8), 1);
  impl.setPrecision(Precision::BFloat16);
  const auto y = torch::rand({2, 1, 64, 64});
  const auto out = impl.forward(y);
  EXPECT_EQ(out.scalar_type(), at::kFloat);
  const auto loss = (out - torch::cat({y, y}, 1)).square().mean();
  loss.backward();
  for (const auto& p : impl.module().parameters()) {
    EXPECT_EQ(p.scalar_type(), at::kFloat);
    if (p.grad().defined()) {
      EXPECT_EQ(p.grad().scalar_type(), at::kFloat);
      EXPECT_TRUE(torch::isfinite(p.grad()).all().item<bool>());
    }
  }
  EXPECT_FALSE(at::autocast::is_cpu_enabled());
}

} // namespace
} // namespace pgd
