#include "noise/ClipDetection.h"

#include "noise/FloatBounds.h"
#include "noise/ParallelChunks.h"
#include "noise/VectorKernel.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

namespace pgd::noisefit {

namespace {

// How many of y[0, n) lie at or below `low` and at or above `high`.
PGD_VECTOR_KERNEL std::pair<std::size_t, std::size_t> countAtOrBeyond(const float* y, std::size_t n,
                                                                      float low, float high) {
  std::size_t below = 0;
  std::size_t above = 0;
  for (std::size_t i = 0; i < n; ++i) {
    below += y[i] <= low;
    above += y[i] >= high;
  }
  return {below, above};
}

// How many of y[0, n) equal `low` and `high`.
PGD_VECTOR_KERNEL std::pair<std::size_t, std::size_t> countEqual(const float* y, std::size_t n,
                                                                 float low, float high) {
  std::size_t atLow = 0;
  std::size_t atHigh = 0;
  for (std::size_t i = 0; i < n; ++i) {
    atLow += y[i] == low;
    atHigh += y[i] == high;
  }
  return {atLow, atHigh};
}

// The least and greatest finite value of y[0, n) as integer keys with the order of the floats
// (int32 max and min when none is finite); branch-free with masks, so that it vectorises.
PGD_VECTOR_KERNEL std::pair<std::int32_t, std::int32_t> finiteKeyRange(const float* y,
                                                                       std::size_t n) {
  std::int32_t lo = std::numeric_limits<std::int32_t>::max();
  std::int32_t hi = std::numeric_limits<std::int32_t>::min();
  for (std::size_t i = 0; i < n; ++i) {
    std::int32_t bits = 0;
    std::memcpy(&bits, &y[i], sizeof bits);
    const std::int32_t key = bits ^ ((bits >> 31) & 0x7fffffff);
    // All ones for a finite value.
    const std::int32_t finite = -std::int32_t((bits & 0x7f800000) != 0x7f800000);
    const std::int32_t forLo =
        (key & finite) | (std::numeric_limits<std::int32_t>::max() & ~finite);
    const std::int32_t forHi =
        (key & finite) | (std::numeric_limits<std::int32_t>::min() & ~finite);
    lo = forLo < lo ? forLo : lo;
    hi = forHi > hi ? forHi : hi;
  }
  return {lo, hi};
}

} // namespace

ClipCounts clipLevels(const float* y, std::size_t n, const NoiseFitOptions& o) {
  ClipCounts c{{o.clipLow, o.clipHigh}};
  if (c.levels.any()) {
    const std::size_t chunks = chunkCount(n, o.threads);
    std::vector<std::pair<std::size_t, std::size_t>> counts(chunks);
    parallelChunks(
        n,
        [&](std::size_t chunk, std::size_t begin, std::size_t end) {
          // As floats: y <= clipLow exactly when y <= floatBelow(clipLow), and so on.
          counts[chunk] = countAtOrBeyond(y + begin, end - begin, floatBelow(o.clipLow),
                                          floatAbove(o.clipHigh));
        },
        o.threads);
    for (const auto& [low, high] : counts) {
      c.low += low;
      c.high += high;
    }
    return c;
  }
  if (!o.detectClipping)
    return c;
  // Two branch-free passes that the compiler vectorises: the extremes of the finite values, as
  // integer keys with the order of the floats, then how many pixels sit exactly on them.
  struct Extremes {
    std::int32_t lo = std::numeric_limits<std::int32_t>::max();
    std::int32_t hi = std::numeric_limits<std::int32_t>::min();
    std::size_t atLo = 0;
    std::size_t atHi = 0;
  };
  std::vector<Extremes> parts(chunkCount(n, o.threads));
  parallelChunks(
      n,
      [&](std::size_t c, std::size_t begin, std::size_t end) {
        const auto [lo, hi] = finiteKeyRange(y + begin, end - begin);
        parts[c].lo = lo;
        parts[c].hi = hi;
      },
      o.threads);
  std::int32_t loKey = parts[0].lo;
  std::int32_t hiKey = parts[0].hi;
  for (const Extremes& e : parts) {
    loKey = std::min(loKey, e.lo);
    hiKey = std::max(hiKey, e.hi);
  }
  if (loKey >= hiKey) // no finite value, or a single one
    return c;
  const auto fromKey = [](std::int32_t key) {
    const std::int32_t bits = key ^ ((key >> 31) & 0x7fffffff);
    float v = 0.0f;
    std::memcpy(&v, &bits, sizeof v);
    return v + 0.0f; // -0 reads as 0
  };
  const float lo = fromKey(loKey);
  const float hi = fromKey(hiKey);
  parallelChunks(
      n,
      [&](std::size_t c, std::size_t begin, std::size_t end) {
        const auto [atLo, atHi] = countEqual(y + begin, end - begin, lo, hi);
        parts[c].atLo = atLo;
        parts[c].atHi = atHi;
      },
      o.threads);
  std::size_t atLo = 0;
  std::size_t atHi = 0;
  for (const Extremes& e : parts) {
    atLo += e.atLo;
    atHi += e.atHi;
  }
  const auto minCount = std::max<std::size_t>(8, n / 2000);
  if (lo < hi && atLo >= minCount) {
    c.levels.low = lo;
    c.low = atLo;
  }
  if (lo < hi && atHi >= minCount) {
    c.levels.high = hi;
    c.high = atHi;
  }
  return c;
}

} // namespace pgd::noisefit
