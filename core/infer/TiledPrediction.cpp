#include "infer/TiledPrediction.h"

#include "job/Error.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace pgd {
namespace {

constexpr int kAlign = 32;

// Copies the input window of `tile` out of a frame.
void cropWindow(const float* frame, int width, const Tile& t, std::vector<float>& out) {
  out.resize(std::size_t(t.inH) * t.inW);
  for (int y = 0; y < t.inH; ++y)
    std::copy_n(frame + std::size_t(t.inY + y) * width + t.inX, t.inW,
                out.data() + std::size_t(y) * t.inW);
}

// Writes the core window of a tile's prediction back into a full frame.
void pasteCore(const std::vector<float>& tileOut, const Tile& t, int width, float* frame) {
  const int dy = t.coreY - t.inY, dx = t.coreX - t.inX;
  for (int y = 0; y < t.coreH; ++y)
    std::copy_n(tileOut.data() + std::size_t(dy + y) * t.inW + dx, t.coreW,
                frame + std::size_t(t.coreY + y) * width + t.coreX);
}

} // namespace

TiledPrediction::TiledPrediction(TilePredictor predictor, TileGridOptions grid, std::string device)
    : m_predictor(std::move(predictor)), m_grid(grid), m_device(std::move(device)) {}

int TiledPrediction::minimumTileSize() const {
  return pgd::minimumTileSize(m_grid.margin);
}

void TiledPrediction::predictFrame(const float* frame, int h, int w, float* mu, float* s2,
                                   const TileObserver& observer) {
  for (;;) {
    try {
      predictTiles(frame, h, w, mu, s2, observer);
      return;
    } catch (const OutOfMemoryError& e) {
      // The tile actually used is at least the minimum (makeTileGrid's rule) and at most the
      // frame; a frame that fits one tile shrinks from its own size.
      const int used = std::min(std::max(m_grid.tileSize, minimumTileSize()),
                                (std::max(h, w) + kAlign - 1) / kAlign * kAlign);
      if (used <= minimumTileSize())
        throw OutOfMemoryError(
            e.device(), fmt::format("{} ran out of memory even with {}x{} tiles: close other "
                                    "programs that use it{}",
                                    m_device, used, used,
                                    m_device == "cuda" ? " or run with --device cpu" : ""));
      m_grid.tileSize = std::max(minimumTileSize(), used / 2 / kAlign * kAlign);
    }
  }
}

void TiledPrediction::predictTiles(const float* frame, int h, int w, float* mu, float* s2,
                                   const TileObserver& observer) {
  const std::vector<Tile> tiles = makeTileGrid(h, w, m_grid);
  std::vector<float> window, tileMu, tileS2;
  for (std::size_t i = 0; i < tiles.size(); ++i) {
    const Tile& t = tiles[i];
    if (observer && !observer(i, tiles.size()))
      throw Error(ErrorKind::Cancelled, "denoising cancelled");
    cropWindow(frame, w, t, window);
    tileMu.resize(window.size());
    tileS2.resize(s2 ? window.size() : 0);
    m_predictor(window.data(), t.inH, t.inW, tileMu.data(), s2 ? tileS2.data() : nullptr);
    pasteCore(tileMu, t, w, mu);
    if (s2)
      pasteCore(tileS2, t, w, s2);
  }
}

} // namespace pgd
