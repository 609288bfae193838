#pragma once
// TiledPrediction: predicts mu (and s2) for a whole frame tile by tile (infer/TileGrid.h) through
// a tile predictor (the model's predict, or a stand-in in tests). When the device runs out of
// memory (OutOfMemoryError) it halves the tile edge and predicts the frame again, down to the
// smallest tile the margin allows; the smaller tile is kept for later frames. Below that it
// throws OutOfMemoryError with a one-line message saying what the user can do.
// Runs on the calling thread; one instance per denoising run.
#include "infer/TileGrid.h"

#include <functional>
#include <string>

namespace pgd {

// Predicts an h x w tile: writes h*w values to mu and, when s2 is not null, to s2.
using TilePredictor = std::function<void(const float* tile, int h, int w, float* mu, float* s2)>;
// Called before each tile with its index and the frame's tile count; false cancels the run.
using TileObserver = std::function<bool(std::size_t index, std::size_t count)>;

class TiledPrediction {
public:
  TiledPrediction(TilePredictor predictor, TileGridOptions grid, std::string device);

  // Fills mu (and s2 unless null) for an h x w frame. Throws Error(Cancelled) when `observer`
  // says so, OutOfMemoryError when even the smallest tile does not fit.
  void predictFrame(const float* frame, int h, int w, float* mu, float* s2,
                    const TileObserver& observer);

  // The tile edge in use (smaller than the one asked for after an out-of-memory retry).
  int tileSize() const { return m_grid.tileSize; }
  // Tiles per frame of an h x w image at the current tile size.
  std::size_t tileCount(int h, int w) const { return makeTileGrid(h, w, m_grid).size(); }
  // The smallest tile edge the margin allows (minimumTileSize in infer/TileGrid.h).
  int minimumTileSize() const;

private:
  void predictTiles(const float* frame, int h, int w, float* mu, float* s2,
                    const TileObserver& observer);

  TilePredictor m_predictor;
  TileGridOptions m_grid;
  std::string m_device;
};

} // namespace pgd
