#pragma once
// DihedralAverage: test-time averaging of a tile predictor over the symmetries of the square
// (docs/ARCHITECTURE.md#test-time-transforms). Each of the first `transforms` of the eight
// flips and transposes of a tile goes through the predictor; its mu and s2 are mapped back and
// averaged. Every transformed prediction keeps the blind spot (a square centred on the pixel maps
// onto itself), so the average does too, while the part of mu's error that depends on the
// network's orientation averages out. Costs `transforms` network passes per tile.
// The returned predictor runs on the calling thread, like the one it wraps.
#include "infer/TiledPrediction.h"

namespace pgd {

// Transforms are counted in this order: identity, horizontal flip, vertical flip, both flips
// (180 degrees), then the same four after a transpose. 1 returns `inner` unchanged; 2, 4 or 8
// average over the first 2, 4 or 8. Throws std::invalid_argument for another count.
TilePredictor averageOverDihedral(TilePredictor inner, int transforms);

// Whether `transforms` is a count averageOverDihedral accepts (1, 2, 4 or 8).
bool isDihedralCount(int transforms);

// The index of pixel (y, x) of an h x w tile in transform t (0-7) of the tile; the transformed
// tile is w x h when t >= 4 (transposed), else h x w. Exposed for tests.
std::size_t dihedralIndex(int t, int y, int x, int h, int w);

} // namespace pgd
