#pragma once
// TileGrid: splits an H x W image into overlapping tiles for network prediction. Each tile has an
// input window (what the network sees) and a core window (what it writes back); neighbouring
// cores touch without overlap and cover the image exactly once. Windows start on multiples of 32
// so the network's five 2x poolings see the same grid as a whole-image pass, and the margin
// (context on each side of a core) covers the receptive field that matters. Pure value
// computation; safe from any thread.
#include "nn/Model.h"

#include <cstddef>
#include <vector>

namespace pgd {

struct Tile {
  int inY = 0, inX = 0, inH = 0, inW = 0;         // input window in image coordinates
  int coreY = 0, coreX = 0, coreH = 0, coreW = 0; // written region in image coordinates
};

struct TileGridOptions {
  int tileSize = 512; // input window edge (multiple of 32); the whole image when it fits
  int margin = kDefaultTileMargin; // context on each side of a core (multiple of 32)
};

std::vector<Tile> makeTileGrid(int height, int width, const TileGridOptions& options);

// The smallest tile edge makeTileGrid uses for `margin`: both margins (rounded up to 32) plus a
// core of 32 px. Smaller requested tiles are raised to it.
int minimumTileSize(int margin);

// Largest tile edge (multiple of 32, at least 128) whose low-memory forward pass fits
// `memoryBytes`, for a network of encoder width `networkWidth` (nn/DeviceMemory.h has the
// per-pixel figures, which depend on the precision; the budget comes from inferenceMemoryBudget
// there).
int tileSizeForMemory(std::size_t memoryBytes, int networkWidth,
                      Precision precision = Precision::Float32);

} // namespace pgd
