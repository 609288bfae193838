#include "nn/DeviceMemory.h"
#include "infer/TileGrid.h"

#include <gtest/gtest.h>

namespace pgd {
namespace {

constexpr std::size_t kMiB = std::size_t(1) << 20;
constexpr std::size_t kGiB = std::size_t(1) << 30;

MemoryProbe probe(std::optional<std::size_t> host, std::optional<std::size_t> cuda) {
  return {[host] { return host; }, [cuda] { return cuda; }};
}

TEST(DeviceMemory, TheBudgetComesFromTheDeviceThatRunsTheNetwork) {
  // CPU: a quarter of the available RAM, at most 1 GiB; the GPU's memory does not matter.
  EXPECT_EQ(inferenceMemoryBudget("cpu", probe(2 * kGiB, 80 * kGiB)), 512 * kMiB);
  EXPECT_EQ(inferenceMemoryBudget("cpu", probe(64 * kGiB, 1 * kGiB)), kGiB);
  // CUDA: 70% of the device's free memory; host RAM does not matter.
  EXPECT_EQ(inferenceMemoryBudget("cuda", probe(1 * kGiB, 10 * kGiB)),
            static_cast<std::size_t>(0.7 * double(10 * kGiB)));
  EXPECT_EQ(inferenceMemoryBudget("cuda", probe(64 * kGiB, 100 * kMiB)),
            static_cast<std::size_t>(0.7 * double(100 * kMiB)));
  // Probes that cannot tell fall back to fixed budgets.
  EXPECT_EQ(inferenceMemoryBudget("cpu", probe(std::nullopt, std::nullopt)), kGiB);
  EXPECT_EQ(inferenceMemoryBudget("cuda", probe(std::nullopt, std::nullopt)), 2 * kGiB);
  EXPECT_EQ(inferenceMemoryBudget("cuda", MemoryProbe{}), 2 * kGiB);
}

TEST(DeviceMemory, TilesGrowWithTheDevicesFreeMemory) {
  const int cpuTile = tileSizeForMemory(inferenceMemoryBudget("cpu", probe(64 * kGiB, {})), 16);
  const int gpuTile =
      tileSizeForMemory(inferenceMemoryBudget("cuda", probe(4 * kGiB, 40 * kGiB)), 16);
  EXPECT_EQ(cpuTile, 960);  // 1 GiB at 70 B per pixel and width unit
  EXPECT_GT(gpuTile, 4096); // a 4096x4096 image in one tile on a 40 GiB GPU
}

TEST(DeviceMemory, TheBatchedPassIsChosenOnlyWhereItFits) {
  const std::int64_t onePixel = 1;
  EXPECT_DOUBLE_EQ(inferenceBytesPerPixel(16, true), 160.0 * 16);
  EXPECT_DOUBLE_EQ(inferenceBytesPerPixel(16, false), 70.0 * 16);
  EXPECT_LT(inferenceBytesPerPixel(48, false), inferenceBytesPerPixel(48, true));
  // 1 GiB: a 512x512 tile of the quick net fits batched, a 1024x1024 one does not.
  EXPECT_TRUE(batchedPassFits(512 * 512, 16, kGiB));
  EXPECT_FALSE(batchedPassFits(1024 * 1024, 16, kGiB));
  EXPECT_TRUE(batchedPassFits(1024 * 1024, 16, 40 * kGiB));
  EXPECT_FALSE(batchedPassFits(onePixel, 16, 0));
}

TEST(DeviceMemory, TheSystemProbeReadsHostMemory) {
  const MemoryProbe system = systemMemoryProbe();
  const auto host = system.hostAvailable();
  ASSERT_TRUE(host.has_value()) << "/proc/meminfo has MemAvailable on Linux";
  EXPECT_GT(*host, 16 * kMiB);
}

} // namespace
} // namespace pgd
