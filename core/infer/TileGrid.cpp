#include "infer/TileGrid.h"

#include "nn/DeviceMemory.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pgd {
namespace {

constexpr int kAlign = 32;

int roundDown(int v, int m) {
  return v / m * m;
}

// Splits [0, n) into cores of at most `core` (a multiple of 32 except the last) and returns their
// start positions.
std::vector<int> coreStarts(int n, int core) {
  std::vector<int> starts;
  for (int s = 0; s < n; s += core)
    starts.push_back(s);
  return starts;
}

int alignedMargin(int margin) {
  return std::max(0, roundDown(margin + kAlign - 1, kAlign));
}

} // namespace

int minimumTileSize(int margin) {
  return 2 * alignedMargin(margin) + kAlign;
}

std::vector<Tile> makeTileGrid(int height, int width, const TileGridOptions& options) {
  if (height <= 0 || width <= 0)
    throw std::invalid_argument("makeTileGrid: empty image");
  const int margin = alignedMargin(options.margin);
  const int tile = std::max(roundDown(options.tileSize, kAlign), minimumTileSize(options.margin));
  std::vector<Tile> tiles;
  if (height <= tile && width <= tile) {
    tiles.push_back({0, 0, height, width, 0, 0, height, width});
    return tiles;
  }
  const int core = tile - 2 * margin;
  for (int cy : coreStarts(height, core))
    for (int cx : coreStarts(width, core)) {
      Tile t;
      t.coreY = cy;
      t.coreX = cx;
      t.coreH = std::min(core, height - cy);
      t.coreW = std::min(core, width - cx);
      t.inY = std::max(0, cy - margin);
      t.inX = std::max(0, cx - margin);
      t.inH = std::min(height, cy + t.coreH + margin) - t.inY;
      t.inW = std::min(width, cx + t.coreW + margin) - t.inX;
      tiles.push_back(t);
    }
  return tiles;
}

int tileSizeForMemory(std::size_t memoryBytes, int networkWidth, Precision precision) {
  const double side =
      std::sqrt(double(memoryBytes) / inferenceBytesPerPixel(networkWidth, false, precision));
  return std::max(128, roundDown(static_cast<int>(side), kAlign));
}

} // namespace pgd
