#include "infer/DihedralAverage.h"

#include <stdexcept>
#include <utility>
#include <vector>

namespace pgd {

bool isDihedralCount(int transforms) {
  return transforms == 1 || transforms == 2 || transforms == 4 || transforms == 8;
}

std::size_t dihedralIndex(int t, int y, int x, int h, int w) {
  if (t & 1)
    x = w - 1 - x;
  if (t & 2)
    y = h - 1 - y;
  if (t & 4) // transposed: the tile is w x h and (y, x) lands at row x, column y
    return std::size_t(x) * std::size_t(h) + std::size_t(y);
  return std::size_t(y) * std::size_t(w) + std::size_t(x);
}

TilePredictor averageOverDihedral(TilePredictor inner, int transforms) {
  if (!isDihedralCount(transforms))
    throw std::invalid_argument("test-time transforms must be 1, 2, 4 or 8");
  if (transforms == 1)
    return inner;
  return [inner = std::move(inner), transforms](const float* tile, int h, int w, float* mu,
                                                float* s2) {
    const std::size_t n = std::size_t(h) * std::size_t(w);
    std::vector<float> in(n), outMu(n), outS2(s2 ? n : 0), sumMu(n, 0.0f), sumS2(s2 ? n : 0, 0.0f);
    std::vector<std::size_t> where(n);
    for (int t = 0; t < transforms; ++t) {
      for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
          where[std::size_t(y) * w + x] = dihedralIndex(t, y, x, h, w);
      for (std::size_t i = 0; i < n; ++i)
        in[where[i]] = tile[i];
      const bool transposed = (t & 4) != 0;
      inner(in.data(), transposed ? w : h, transposed ? h : w, outMu.data(),
            s2 ? outS2.data() : nullptr);
      for (std::size_t i = 0; i < n; ++i)
        sumMu[i] += outMu[where[i]];
      if (s2)
        for (std::size_t i = 0; i < n; ++i)
          sumS2[i] += outS2[where[i]];
    }
    const float inv = 1.0f / float(transforms);
    for (std::size_t i = 0; i < n; ++i)
      mu[i] = sumMu[i] * inv;
    if (s2)
      for (std::size_t i = 0; i < n; ++i)
        s2[i] = sumS2[i] * inv;
  };
}

} // namespace pgd
