// The `cuda` suite: the seams between the CPU and a CUDA device, run wherever CUDA is present
// (`ctest -L cuda`). Predictions on CUDA match the CPU's, training runs a few steps on CUDA with
// each loss and with weight averaging, and a model saved from CUDA reloads on the CPU with the
// same predictions. On a machine without CUDA the program says so and exits with 77, which CTest
// reports as "not run" (skipped), never as passed.
#include "image/ImageStack.h"
#include "infer/Denoiser.h"
#include "job/ProgressSink.h"
#include "nn/Model.h"
#include "nn/TorchRuntime.h"
#include "noise/PoissonGaussianNoise.h"
#include "sample/SamplePhantom.h"
#include "store/ModelStore.h"
#include "train/Trainer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>

namespace pgd {
namespace {
namespace fs = std::filesystem;

constexpr int kSkipped = 77;

ImageStack noisyPhantom(int size) {
  PhantomOptions o;
  o.width = size;
  o.height = size;
  o.seed = 11;
  return addPoissonGaussianNoise(makeCleanPhantom(o), NoiseParams::fromPaperLevels(30, 10));
}

std::vector<float> randomTile(int h, int w) {
  std::mt19937 rng(4);
  std::uniform_real_distribution<float> u(0.0f, 1.0f);
  std::vector<float> v(std::size_t(h) * w);
  for (auto& x : v)
    x = u(rng);
  return v;
}

// Largest |a - b| relative to the largest |a|.
double relativeDifference(const std::vector<float>& a, const std::vector<float>& b) {
  double diff = 0.0, scale = 1e-12;
  for (std::size_t i = 0; i < a.size(); ++i) {
    diff = std::max(diff, double(std::fabs(a[i] - b[i])));
    scale = std::max(scale, double(std::fabs(a[i])));
  }
  return diff / scale;
}

struct Prediction {
  std::vector<float> mu, s2;
};

Prediction predict(const Model& model, const std::vector<float>& tile, int h, int w,
                   InferencePass pass = InferencePass::Auto) {
  Prediction p{std::vector<float>(tile.size()), std::vector<float>(tile.size())};
  model.predict(tile.data(), h, w, p.mu.data(), p.s2.data(), pass);
  return p;
}

fs::path tempFolder(const std::string& name) {
  std::random_device rd;
  return fs::temp_directory_path() / ("pgd-cuda-" + name + "-" + std::to_string(rd()));
}

TEST(CudaSuite, PredictOnCudaMatchesTheCpuInBothPasses) {
  ModelInfo info;
  info.architecture = {NetworkKind::BlindSpot, 16, 128, 1};
  Model cpu(info, 3);
  Model gpu(info, 3);
  gpu.selectDevice(true);
  ASSERT_EQ(gpu.device(), "cuda");
  const int h = 200, w = 264;
  const auto tile = randomTile(h, w);
  const Prediction reference = predict(cpu, tile, h, w, InferencePass::Batched);
  for (const auto pass : {InferencePass::Batched, InferencePass::LowMemory, InferencePass::Auto}) {
    const Prediction onGpu = predict(gpu, tile, h, w, pass);
    EXPECT_LT(relativeDifference(reference.mu, onGpu.mu), 1e-3);
    EXPECT_LT(relativeDifference(reference.s2, onGpu.s2), 1e-3);
  }
}

TEST(CudaSuite, TrainsOnCudaWithEachLossAndWeightAveraging) {
  const ImageStack image = noisyPhantom(128);
  for (const auto loss : {LossKind::Uncalibrated, LossKind::Regularized, LossKind::N2V}) {
    TrainingConfig c = TrainingConfig::fromPreset("quick", "cuda");
    c.loss = loss;
    c.network = loss == LossKind::N2V ? NetworkSpec{NetworkKind::UNet, 8, 1, 1}
                                      : NetworkSpec{NetworkKind::BlindSpot, 8, 64, 1};
    c.cropSize = 64;
    c.maxSteps = 45; // more than one loss read interval, two validations
    c.stepsPerEpoch = 20;
    c.weightAverageDecay = 0.9;
    c.timeBudgetSeconds = 0.0;
    NullProgress progress;
    TrainingResult result = Trainer(c).train({image}, progress);
    EXPECT_EQ(result.reason, StopReason::StepLimit) << toString(loss);
    EXPECT_EQ(result.steps, 45);
    EXPECT_EQ(result.model.device(), "cuda");
    EXPECT_EQ(result.model.info().device, "cuda");
    EXPECT_TRUE(std::isfinite(result.bestValidationLoss)) << toString(loss);
    EXPECT_EQ(result.validationLossHistory.size(), 3u);
    for (double v : result.trainLossHistory)
      EXPECT_TRUE(std::isfinite(v)) << toString(loss);
    if (loss == LossKind::Regularized) {
      EXPECT_GT(result.model.info().learnedNoise.a, 0.0);
    }
  }
}

TEST(CudaSuite, AModelSavedFromCudaReloadsOnTheCpuWithTheSamePredictions) {
  ModelInfo info;
  info.architecture = {NetworkKind::BlindSpot, 8, 64, 1};
  info.normalization = {255.0, 0.0};
  info.preset = "quick";
  Model gpu(info, 9);
  gpu.selectDevice(true);
  const fs::path folder = tempFolder("model");
  ModelStore::saveFolderAtomically(gpu, folder);
  const Model cpu = ModelStore::loadFolder(folder);
  fs::remove_all(folder);
  EXPECT_EQ(cpu.device(), "cpu");
  const auto tile = randomTile(96, 96);
  const Prediction a = predict(gpu, tile, 96, 96);
  const Prediction b = predict(cpu, tile, 96, 96);
  EXPECT_LT(relativeDifference(b.mu, a.mu), 1e-3);
  EXPECT_LT(relativeDifference(b.s2, a.s2), 1e-3);
}

TEST(CudaSuite, DenoisingOnCudaMatchesTheCpu) {
  ModelInfo info;
  info.architecture = {NetworkKind::BlindSpot, 8, 64, 1};
  info.normalization = {255.0, 0.0};
  Model cpu(info, 5);
  Model gpu(info, 5);
  gpu.selectDevice(true);
  const ImageStack image = noisyPhantom(160);
  NullProgress progress;
  DenoiseOptions options;
  options.tileSize = 256; // several tiles with the default margin
  const DenoiseResult a = Denoiser(cpu, options).denoise(image, progress);
  const DenoiseResult b = Denoiser(gpu, options).denoise(image, progress);
  EXPECT_LT(relativeDifference(a.posterior.values(), b.posterior.values()), 1e-3);
  EXPECT_NEAR(a.fits[0].normalised.a, b.fits[0].normalised.a,
              1e-2 * std::fabs(a.fits[0].normalised.a) + 1e-6);
}

} // namespace
} // namespace pgd

int main(int argc, char** argv) {
  if (!pgd::TorchRuntime::cudaAvailable()) {
    std::printf("cuda suite: no CUDA device on this machine; its tests did not run (skipped)\n");
    return pgd::kSkipped;
  }
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
