#include "noise/LocalDifferenceCorrelation.h"

#include "noise/FloatBounds.h"
#include "noise/ParallelChunks.h"
#include "noise/Quantiles.h"
#include "noise/VectorKernel.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace pgd {

namespace {

// Mean of v^2 over the values at or below the kKeptShare quantile of v (v >= 0): a second moment
// that the few large differences at strong edges do not dominate, and that, unlike a median,
// moves smoothly with the scale of discrete (low-count Poisson, 8-bit) noise.
constexpr double kKeptShare = 0.98;

// The sum of x^2 over the values x <= cut of v[0, n) and their count. Eight partial sums (value
// i into sum i mod 8) added in a fixed order at the end, so that the loop vectorises and the
// result depends on the order of v alone; the counts are doubles too (exact below 2^53), as
// mixing integer and double lanes keeps the compiler from vectorising.
PGD_VECTOR_KERNEL std::pair<double, std::size_t> sumOfSquaresUpTo(const float* v, std::size_t n,
                                                                  float cut) {
  constexpr std::size_t kLanes = 8;
  double sums[kLanes] = {};
  double counts[kLanes] = {};
  const auto take = [&](std::size_t lane, float value) {
    const double x = value;
    const bool in = value <= cut;
    sums[lane] += in ? x * x : 0.0;
    counts[lane] += in ? 1.0 : 0.0;
  };
  std::size_t i = 0;
  for (; i + kLanes <= n; i += kLanes)
    for (std::size_t l = 0; l < kLanes; ++l)
      take(l, v[i + l]);
  for (; i < n; ++i)
    take(0, v[i]);
  double sum = 0.0;
  double count = 0.0;
  for (std::size_t l = 0; l < kLanes; ++l) {
    sum += sums[l];
    count += counts[l];
  }
  return {sum, std::size_t(count)};
}

double trimmedMeanSquare(const float* v, std::size_t n, int threads) {
  const double cut = quantiles(v, n, {kKeptShare}, threads)[0];
  // As a float: x <= cut exactly when x <= floatBelow(cut).
  const auto [sum, count] = sumOfSquaresUpTo(v, n, floatBelow(cut));
  return count > 0 ? sum / double(count) : 0.0;
}

// The local differences L = 4y - left - right - up - down of one row's pixels 1 .. width-2 into
// `out` (index col - 1), NaN where the stencil holds a value not strictly inside (low, high) or
// not finite (NaN and infinities fail the float comparisons too). Branch-free with bit masks,
// so that the compiler vectorises it.
PGD_VECTOR_KERNEL void rowDifferences(const float* row, std::size_t w, float low, float high,
                                      float* out) {
  const float* up = row - w;
  const float* down = row + w;
  for (std::size_t col = 1; col + 1 < w; ++col) {
    const float c = row[col], l = row[col - 1], r = row[col + 1], u = up[col], d = down[col];
    out[col - 1] = keptOrNaN(4.0f * c - l - r - u - d, stencilInsideMask(c, l, r, u, d, low, high));
  }
}

// The pairs of one row's local differences (`here`, `count` of them) with the row below and with
// the right neighbour, in the order of one pass (below, then right, column by column): |L1 + L2|
// into sums and |L1 - L2| into diffs, pairs with a NaN left out. Returns how many it wrote.
// Branch-free: each pair is written, then kept by advancing the count.
PGD_VECTOR_KERNEL std::size_t rowPairs(const float* here, const float* below, std::size_t count,
                                       float* sums, float* diffs) {
  std::size_t used = 0;
  const auto add = [&](float l1, float l2) {
    sums[used] = std::fabs(l1 + l2);
    diffs[used] = std::fabs(l1 - l2);
    used += std::size_t((int(std::isnan(l1)) | int(std::isnan(l2))) == 0);
  };
  for (std::size_t col = 0; col + 1 < count; ++col) {
    add(here[col], below[col]);
    add(here[col], here[col + 1]);
  }
  if (count > 0)
    add(here[count - 1], below[count - 1]);
  return used;
}

} // namespace

LocalDifferenceCorrelationResult localDifferenceCorrelation(const float* y, int width, int height,
                                                            double clipLow, double clipHigh,
                                                            std::size_t maxPairs, int threads) {
  LocalDifferenceCorrelationResult result;
  result.correlation = std::numeric_limits<double>::quiet_NaN();
  if (width < 4 || height < 4)
    return result;
  const std::size_t w = std::size_t(width);
  // Each interior row gives about 2 * (width - 2) pairs; take every step-th row.
  const std::size_t perRow = 2 * (w - 2);
  const std::size_t rows = std::size_t(height - 3);
  const std::size_t step = std::max<std::size_t>(1, (rows * perRow + maxPairs - 1) / maxPairs);
  const std::size_t sampled = (rows + step - 1) / step; // rows 1, 1 + step, ... below height - 2
  // Row s's pairs go to [s * pairsPerRow, ...) of two arrays (not zeroed: every value read is
  // written first); chunks of whole sampled rows on the threads, then the rows that lost pairs
  // with a NaN closed up in row order: the lists are those of one pass over the rows, whatever
  // the number of threads.
  const std::size_t pairsPerRow = perRow - 1; // below for each column, right for all but the last
  // A pair costs several times what one value costs a plain pass (two stencils, then two
  // quantile passes and sums), hence threads from a quarter of parallelChunks' share.
  const std::size_t chunks = std::min(sampled, chunkCount(4 * sampled * perRow, threads));
  const std::unique_ptr<float[]> sums(new float[sampled * pairsPerRow]);
  const std::unique_ptr<float[]> diffs(new float[sampled * pairsPerRow]);
  std::vector<std::size_t> rowPairCount(sampled);
  const float low = floatBelow(clipLow);
  const float high = floatAbove(clipHigh);
  runChunks(chunks, [&](std::size_t c) {
    std::vector<float> here(w - 2), below(w - 2);
    for (std::size_t s = c * sampled / chunks; s < (c + 1) * sampled / chunks; ++s) {
      const std::size_t row = 1 + s * step;
      rowDifferences(y + row * w, w, low, high, here.data());
      rowDifferences(y + (row + 1) * w, w, low, high, below.data());
      rowPairCount[s] = rowPairs(here.data(), below.data(), w - 2, sums.get() + s * pairsPerRow,
                                 diffs.get() + s * pairsPerRow);
    }
  });
  std::size_t pairs = 0;
  for (std::size_t s = 0; s < sampled; ++s) {
    if (pairs != s * pairsPerRow) {
      std::memmove(sums.get() + pairs, sums.get() + s * pairsPerRow,
                   rowPairCount[s] * sizeof(float));
      std::memmove(diffs.get() + pairs, diffs.get() + s * pairsPerRow,
                   rowPairCount[s] * sizeof(float));
    }
    pairs += rowPairCount[s];
  }
  result.pairs = pairs;
  if (result.pairs < 2)
    return result;
  // The two trimmed moments side by side when two threads are allowed, each summed in pair
  // order.
  double p2 = 0.0;
  double m2 = 0.0;
  const auto moment = [&](std::size_t c) {
    (c == 0 ? p2 : m2) = trimmedMeanSquare(c == 0 ? sums.get() : diffs.get(), pairs, 1);
  };
  if (chunkCount(2 * result.pairs, threads) >= 2) {
    runChunks(2, moment);
  } else {
    moment(0);
    moment(1);
  }
  if (p2 + m2 > 0.0)
    result.correlation = (p2 - m2) / (p2 + m2);
  return result;
}

LocalDifferenceCorrelationResult localDifferenceCorrelationAt(const float* y, int width, int height,
                                                              int spacing, double clipLow,
                                                              double clipHigh, std::size_t maxPairs,
                                                              int threads) {
  if (spacing <= 1)
    return localDifferenceCorrelation(y, width, height, clipLow, clipHigh, maxPairs, threads);
  const std::size_t s = std::size_t(spacing);
  const std::size_t w = std::size_t(std::max(0, width));
  const std::size_t h = std::size_t(std::max(0, height));
  LocalDifferenceCorrelationResult result;
  result.correlation = std::numeric_limits<double>::quiet_NaN();
  double weighted = 0.0;
  std::vector<float> sub;
  for (std::size_t r = 0; r < s && r < h; ++r)
    for (std::size_t c = 0; c < s && c < w; ++c) {
      const std::size_t sw = (w - c + s - 1) / s;
      const std::size_t sh = (h - r + s - 1) / s;
      sub.resize(sw * sh);
      for (std::size_t row = 0; row < sh; ++row)
        for (std::size_t col = 0; col < sw; ++col)
          sub[row * sw + col] = y[(r + row * s) * w + c + col * s];
      const LocalDifferenceCorrelationResult part =
          localDifferenceCorrelation(sub.data(), int(sw), int(sh), clipLow, clipHigh,
                                     std::max<std::size_t>(1, maxPairs / (s * s)), threads);
      if (part.pairs < 2 || !std::isfinite(part.correlation))
        continue;
      weighted += part.correlation * double(part.pairs);
      result.pairs += part.pairs;
    }
  if (result.pairs >= 2)
    result.correlation = weighted / double(result.pairs);
  return result;
}

} // namespace pgd
