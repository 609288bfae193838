// The device options of the CLI: the preset follows the device a run will use, fit-noise runs
// its model where --device says, and "cuda" without CUDA is a usage error.
#include "CliTest.h"

#include "nn/TorchRuntime.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace pgd::test {
namespace {

using DeviceOptionsTest = CliTest;

nlohmann::json modelJson(const std::filesystem::path& folder) {
  std::ifstream in(folder / "model.json");
  return nlohmann::json::parse(in);
}

TEST_F(DeviceOptionsTest, AutoPresetOnTheCpuGetsTheCpuScheduleEvenWhereCudaExists) {
  writeImage("train.tif", noisyImage(96, 1, {0.02, 1e-3}), true);
  const CliResult r =
      run({"--quiet", "train", path("train.tif").string(), "--name", "cpu-run", "--device", "cpu",
           "--steps", "2", "--crop", "32", "--batch", "1", "--steps-per-epoch", "1"});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto info = modelJson(path("models/cpu-run"));
  EXPECT_EQ(info.at("preset"), "auto");
  EXPECT_EQ(info.at("device"), "cpu");
  const auto& config = info.at("trainingConfig");
  EXPECT_EQ(config.at("network").at("width"), 16) << "the quick preset's network";
  EXPECT_GT(config.at("timeBudgetSeconds").get<double>(), 0.0) << "the quick preset's budget";
  EXPECT_EQ(config.at("device"), "cpu");
}

TEST_F(DeviceOptionsTest, FitNoiseRunsItsModelOnTheChosenDevice) {
  trainTinyModel("tiny");
  writeImage("noisy.tif", noisyImage(64, 1, {0.02, 1e-3}), true);
  const CliResult cpu = run({"--quiet", "fit-noise", path("noisy.tif").string(), "--model", "tiny",
                             "--device", "cpu", "--format", "json"});
  ASSERT_EQ(cpu.code, 0) << cpu.err;
  EXPECT_EQ(nlohmann::json::parse(cpu.out).size(), 1u);
  const CliResult cuda = run({"--quiet", "fit-noise", path("noisy.tif").string(), "--model", "tiny",
                              "--device", "cuda", "--format", "json"});
  if (TorchRuntime::cudaAvailable()) {
    ASSERT_EQ(cuda.code, 0) << cuda.err;
    EXPECT_EQ(nlohmann::json::parse(cuda.out).size(), 1u);
  } else {
    expectError(cuda, 2, "device cuda: no CUDA device is available");
  }
  expectError(run({"fit-noise", path("noisy.tif").string(), "--model", "tiny", "--device", "tpu"}),
              2, "--device");
}

} // namespace
} // namespace pgd::test
