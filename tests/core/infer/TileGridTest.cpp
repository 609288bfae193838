#include "infer/TileGrid.h"
#include "nn/DeviceMemory.h"

#include <gtest/gtest.h>

#include <vector>

using namespace pgd;

namespace {

// Every pixel must be covered by exactly one core, and every core must sit inside its window.
void expectExactCover(int h, int w, const TileGridOptions& o) {
  const auto tiles = makeTileGrid(h, w, o);
  std::vector<int> hits(std::size_t(h) * w, 0);
  for (const Tile& t : tiles) {
    EXPECT_LE(t.inY, t.coreY);
    EXPECT_LE(t.inX, t.coreX);
    EXPECT_GE(t.inY + t.inH, t.coreY + t.coreH);
    EXPECT_GE(t.inX + t.inW, t.coreX + t.coreW);
    EXPECT_LE(t.inY + t.inH, h);
    EXPECT_LE(t.inX + t.inW, w);
    EXPECT_EQ(t.inY % 32, 0);
    EXPECT_EQ(t.inX % 32, 0);
    EXPECT_LE(t.inH, std::max(o.tileSize, h < o.tileSize ? h : o.tileSize));
    for (int y = t.coreY; y < t.coreY + t.coreH; ++y)
      for (int x = t.coreX; x < t.coreX + t.coreW; ++x)
        ++hits[std::size_t(y) * w + x];
  }
  for (int v : hits)
    ASSERT_EQ(v, 1);
}

} // namespace

TEST(TileGrid, SmallImageIsOneTile) {
  const auto tiles = makeTileGrid(100, 70, {512, 96});
  ASSERT_EQ(tiles.size(), 1u);
  EXPECT_EQ(tiles[0].inH, 100);
  EXPECT_EQ(tiles[0].coreW, 70);
}

TEST(TileGrid, LargeImagesAreCoveredExactlyOnce) {
  expectExactCover(1000, 777, {320, 96});
  expectExactCover(2048, 2048, {512, 96});
  expectExactCover(257, 1500, {256, 64});
}

TEST(TileGrid, InteriorTilesKeepTheFullMargin) {
  const auto tiles = makeTileGrid(1024, 1024, {384, 96});
  bool sawInterior = false;
  for (const Tile& t : tiles)
    if (t.coreY > 0 && t.coreY + t.coreH < 1024) {
      EXPECT_EQ(t.coreY - t.inY, 96);
      sawInterior = true;
    }
  EXPECT_TRUE(sawInterior);
}

TEST(TileGrid, TileSizeGrowsWithMemoryAndShrinksWithWidth) {
  const int small = tileSizeForMemory(std::size_t(256) << 20, 48);
  const int big = tileSizeForMemory(std::size_t(1536) << 20, 48);
  EXPECT_GT(big, small);
  EXPECT_GT(tileSizeForMemory(std::size_t(256) << 20, 16), small);
  EXPECT_EQ(big % 32, 0);
  EXPECT_GE(tileSizeForMemory(1, 48), 128);
  EXPECT_GT(inferenceMemoryBudget("cpu"), std::size_t(0));
}

TEST(TileGrid, BFloat16TilesCoverA2048FrameWithTwoByTwoTiles) {
  // bfloat16 activations take less memory, so the default 1 GiB budget gives larger tiles: 1280 px
  // for the quick net, whose 1024 px cores cover 2048 px in two tiles per axis.
  const std::size_t gib = std::size_t(1) << 30;
  const int tile = tileSizeForMemory(gib, 16, Precision::BFloat16);
  EXPECT_GT(tile, tileSizeForMemory(gib, 16, Precision::Float32));
  EXPECT_EQ(tile, 1280);
  TileGridOptions options;
  options.tileSize = tile;
  EXPECT_EQ(makeTileGrid(2048, 2048, options).size(), 4u);
}
