#include "infer/TiledPrediction.h"
#include "job/Error.h"

#include <gtest/gtest.h>

#include <numeric>
#include <vector>

namespace pgd {
namespace {

// A stand-in network: mu = 2y, s2 = y^2 pixel by pixel (so any tiling gives the same frame),
// that runs out of memory on tiles larger than `maxPixels`, like a device with little room.
struct FakeDevice {
  long maxPixels = 1L << 40;
  std::vector<int> tileEdges; // the larger edge of every tile it was asked for
  int failures = 0;

  TilePredictor predictor() {
    return [this](const float* tile, int h, int w, float* mu, float* s2) {
      tileEdges.push_back(std::max(h, w));
      if (long(h) * w > maxPixels) {
        ++failures;
        throw OutOfMemoryError("cuda", "cuda ran out of memory while predicting a tile");
      }
      for (long i = 0; i < long(h) * w; ++i) {
        mu[i] = 2.0f * tile[i];
        if (s2)
          s2[i] = tile[i] * tile[i];
      }
    };
  }
};

std::vector<float> ramp(int h, int w) {
  std::vector<float> v(std::size_t(h) * w);
  std::iota(v.begin(), v.end(), 0.0f);
  return v;
}

TEST(TiledPrediction, OutOfMemoryHalvesTheTileAndKeepsTheSmallerOneForLaterFrames) {
  const int h = 700, w = 650;
  FakeDevice device;
  device.maxPixels = 400L * 400; // fits 352-px tiles, not the whole frame
  TiledPrediction tiled(device.predictor(), {1536, 96}, "cuda");
  const auto frame = ramp(h, w);
  std::vector<float> mu(frame.size()), s2(frame.size());
  tiled.predictFrame(frame.data(), h, w, mu.data(), s2.data(), {});
  EXPECT_EQ(tiled.tileSize(), 352); // 704 (the frame, rounded up to 32) halved
  EXPECT_EQ(device.failures, 1);
  for (std::size_t i = 0; i < frame.size(); ++i) {
    ASSERT_EQ(mu[i], 2.0f * frame[i]) << i;
    ASSERT_EQ(s2[i], frame[i] * frame[i]) << i;
  }
  // The next frame starts with the tile that worked: no failure, no retry.
  device.tileEdges.clear();
  tiled.predictFrame(frame.data(), h, w, mu.data(), nullptr, {});
  EXPECT_EQ(device.failures, 1);
  EXPECT_EQ(device.tileEdges.size(), tiled.tileCount(h, w));
  for (int edge : device.tileEdges)
    EXPECT_LE(edge, 352);
}

TEST(TiledPrediction, GivesUpWithOneLineWhenEvenTheSmallestTileDoesNotFit) {
  FakeDevice device;
  device.maxPixels = 100; // nothing fits
  TiledPrediction tiled(device.predictor(), {512, 96}, "cuda");
  EXPECT_EQ(tiled.minimumTileSize(), 2 * 96 + 32);
  const auto frame = ramp(600, 600);
  std::vector<float> mu(frame.size());
  try {
    tiled.predictFrame(frame.data(), 600, 600, mu.data(), nullptr, {});
    FAIL() << "expected OutOfMemoryError";
  } catch (const OutOfMemoryError& e) {
    const std::string what = e.what();
    EXPECT_EQ(what, "cuda ran out of memory even with 224x224 tiles: close other programs that "
                    "use it or run with --device cpu");
    EXPECT_EQ(e.device(), "cuda");
  }
  EXPECT_EQ(device.failures, 3); // tiles of 512, 256, then the smallest, 224
}

TEST(TiledPrediction, CancelBeforeATileStopsTheFrame) {
  FakeDevice device;
  TiledPrediction tiled(device.predictor(), {256, 32}, "cpu");
  const auto frame = ramp(512, 512);
  std::vector<float> mu(frame.size());
  std::size_t seen = 0;
  try {
    tiled.predictFrame(frame.data(), 512, 512, mu.data(), nullptr,
                       [&](std::size_t index, std::size_t count) {
                         EXPECT_EQ(count, tiled.tileCount(512, 512));
                         seen = index;
                         return index < 2;
                       });
    FAIL() << "expected a cancel";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Cancelled);
  }
  EXPECT_EQ(seen, 2u);
  EXPECT_EQ(device.tileEdges.size(), 2u);
}

} // namespace
} // namespace pgd
