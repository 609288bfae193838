#include "noise/BinCollection.h"

#include "noise/FloatBounds.h"
#include "noise/NoiseLikelihood.h"
#include "noise/ParallelChunks.h"
#include "noise/VectorKernel.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace pgd::noisefit {

namespace {

// The bins of mu and how the binning pass reads one block's pixels (collectBinned).
struct BinGrid {
  float maskLo = 0.0f, maskHi = 0.0f; // the percentile cut as floats (floatAbove, floatBelow)
  double low = 0.0, scale = 1.0, lastBin = 0.0; // bin = clamp((mu - low) * scale, 0, lastBin)
  double first = 0.0, width = 1.0;              // bin b's centre: first + (b + 0.5) * width
};

// One block of the binning pass, in branch-free loops that vectorise: every pixel's bin into
// index (-1: left out: y or mu not finite, or the mask value kb outside the cut), its offset from
// the bin's centre and its squared residual (y - mu)^2 (for left-out pixels too, never read);
// widens [levelLow, levelHigh] (floatOrderKey of the levels) to the kept levels and returns how
// many pixels it keeps.
PGD_VECTOR_KERNEL std::size_t binBlock(const float* yb, const float* mb, const float* kb,
                                       std::size_t count, const BinGrid& g, std::int32_t* index,
                                       double* offset, double* squared, std::int32_t& levelLow,
                                       std::int32_t& levelHigh) {
  for (std::size_t j = 0; j < count; ++j) {
    const double m = mb[j];
    const bool kept = (std::fabs(yb[j]) <= std::numeric_limits<float>::max()) &
                      (std::fabs(mb[j]) <= std::numeric_limits<float>::max()) &
                      (kb[j] >= g.maskLo) & (kb[j] <= g.maskHi);
    // (m - lo) * inv lies in [0, k] for every kept level; clamping before the conversion
    // gives the same bin as clamping after it. Written as selects: the loop vectorises.
    double at = (m - g.low) * g.scale;
    at = at > 0.0 ? at : 0.0;
    at = at < g.lastBin ? at : g.lastBin;
    index[j] = std::int32_t(kept ? at : -1.0);
  }
  // The count and the level range in 32-bit integers (the levels as order keys): float minima
  // do not vectorise.
  constexpr std::int32_t kMaxKey = std::numeric_limits<std::int32_t>::max();
  constexpr std::int32_t kMinKey = std::numeric_limits<std::int32_t>::min();
  std::int32_t kept = 0;
  std::int32_t lo = levelLow;
  std::int32_t hi = levelHigh;
  for (std::size_t j = 0; j < count; ++j) {
    const std::int32_t out = index[j] >> 31; // all bits set for a pixel left out
    const std::int32_t key = floatOrderKey(mb[j]);
    kept += 1 + out;
    const std::int32_t forLo = (key & ~out) | (kMaxKey & out);
    const std::int32_t forHi = (key & ~out) | (kMinKey & out);
    lo = forLo < lo ? forLo : lo;
    hi = forHi > hi ? forHi : hi;
  }
  levelLow = lo;
  levelHigh = hi;
  for (std::size_t j = 0; j < count; ++j) {
    const double m = mb[j];
    offset[j] = m - (g.first + (double(index[j]) + 0.5) * g.width);
    const double r = double(yb[j]) - m;
    squared[j] = r * r;
  }
  return std::size_t(kept);
}

// Adds each pixel of a block (binBlock's index, offset and squared residual; the noisy values and
// mu) to its bin, in pixel order; pixels with index -1 are left out. A vector kernel for the
// wider additions of Bin::add.
PGD_VECTOR_KERNEL void addToBins(BinnedData::Bin* bins, const std::int32_t* index,
                                 const double* offset, const double* squared, const float* noisy,
                                 const float* mb, const double* far, std::size_t count) {
  for (std::size_t j = 0; j < count; ++j) {
    const std::int32_t b = index[j];
    if (b >= 0)
      bins[b].add(offset[j], squared[j], double(noisy[j]) - double(mb[j]), far ? far[j] : 0.0);
  }
}

// One block's working arrays for the binning passes: the source's values and far differences,
// and binBlock's bins, offsets and squared residuals.
struct BlockScratch {
  static constexpr std::size_t kBlock = ResidualSource::kBlock;
  float buffer[kBlock];
  std::int32_t index[kBlock];
  double offset[kBlock];
  double squared[kBlock];
  double far[kBlock];

  // Reads pixels [i, i + count) of `src` into these arrays and bins them on `grid` (binBlock,
  // with the mask values `mask`); adds the pixels kept to `kept` and returns the values read.
  const float* bin(const ResidualSource& src, std::size_t i, std::size_t count, const float* mu,
                   const float* mask, const BinGrid& grid, std::int32_t& levelLow,
                   std::int32_t& levelHigh, std::size_t& kept) {
    const float* yb = src.values(i, count, mu, buffer, far);
    kept +=
        binBlock(yb, mu + i, mask + i, count, grid, index, offset, squared, levelLow, levelHigh);
    return yb;
  }
};

// One chunk's share of the bins, merged in chunk order.
struct PartialBins {
  std::vector<BinnedData::Bin> bins;
  std::vector<BinnedData::CensoredBin> high;
  std::vector<BinnedData::CensoredBin> low;
  std::size_t total = 0;
  double levelMin = std::numeric_limits<double>::infinity();
  double levelMax = -std::numeric_limits<double>::infinity();
};

// The levels the guarded refit leaves out (NoiseFitter::fitFrame): those below `below` and above
// `above` (-inf and +inf at an end where no pixel clips).
struct GuardZone {
  double below = -std::numeric_limits<double>::infinity();
  double above = std::numeric_limits<double>::infinity();
};

// How far from a clip level the guard reaches, when the levels it leaves out there form one
// interval: a level at distance t > 0 is left out where t < f = kClipGuard * sqrt(floor) or
// t^2 - 2 c t - g v < 0 (g = kClipGuard^2, v the line at the clip level, c = g*a/2 away from the
// clip level towards the other end, -c the other way), i.e. between the roots c +- sqrt(c^2 +
// g v). nullopt where those roots leave a gap after f wider than `margin`'s rounding allows.
std::optional<double> guardDistance(double c, double gv, double f, double margin) {
  const double discriminant = c * c + gv;
  if (discriminant < 0.0)
    return f;
  const double root = std::sqrt(discriminant);
  if (c + root <= 0.0)
    return f;
  if (c - root >= f - margin)
    return std::nullopt;
  return std::max(f, c + root);
}

// The guard's zone for the source's line and clip levels; nullopt where an end's is not one
// interval (guardDistance). `margin`: how far the zone's ends may be trusted to lie from where
// the pixels' own test (guardBlock) turns, far above its rounding.
std::optional<GuardZone> guardZone(const ResidualSource& src, double margin) {
  const double g = kClipGuard * kClipGuard;
  const double f = kClipGuard * std::sqrt(kVarianceFloor);
  const double c = 0.5 * g * src.guardA;
  GuardZone z;
  if (src.guardAt.low > -kNoClipLevel) {
    const auto t = guardDistance(c, g * (src.guardA * src.guardAt.low + src.guardB), f, margin);
    if (!t)
      return std::nullopt;
    z.below = src.guardAt.low + *t;
  }
  if (src.guardAt.high < kNoClipLevel) {
    const auto t = guardDistance(-c, g * (src.guardA * src.guardAt.high + src.guardB), f, margin);
    if (!t)
      return std::nullopt;
    z.above = src.guardAt.high - *t;
  }
  return z;
}

// Whether any of m[0, count) lies in [lo1, hi1] or in [lo2, hi2]; branch-free, so that it
// vectorises.
PGD_VECTOR_KERNEL bool anyLevelIn(const float* m, std::size_t count, float lo1, float hi1,
                                  float lo2, float hi2) {
  int any = 0;
  for (std::size_t j = 0; j < count; ++j)
    any |= int((m[j] >= lo1) & (m[j] <= hi1)) | int((m[j] >= lo2) & (m[j] <= hi2));
  return any != 0;
}

} // namespace

// The binned objective's data over the pixels `sel` keeps, on `threads` threads.
BinnedData collectBinned(const ResidualSource& src, const float* mu, std::size_t n,
                         const Selection& sel, int binCount, int threads, bool calibrate) {
  BinnedData d;
  const std::size_t chunks = chunkCount(n, threads);
  const auto rangeOf = [&](std::size_t c) {
    return std::pair<std::size_t, std::size_t>{c * n / chunks, (c + 1) * n / chunks};
  };
  double lo = sel.lo;
  double hi = sel.hi;
  if (sel.maskValues != mu) { // the range of the kept levels needs a pass of its own
    std::vector<std::pair<double, double>> ranges(chunks);
    runChunks(chunks, [&](std::size_t c) {
      float buffer[ResidualSource::kBlock];
      double far[ResidualSource::kBlock];
      double l = std::numeric_limits<double>::infinity();
      double h = -l;
      src.forEachRun(rangeOf(c).first, rangeOf(c).second, [&](std::size_t i, std::size_t count) {
        const float* yb = src.values(i, count, mu, buffer, far);
        for (std::size_t j = 0; j < count; ++j)
          if (std::isfinite(yb[j]) && std::isfinite(mu[i + j]) &&
              (!sel.maskValues ||
               (sel.maskValues[i + j] >= sel.lo && sel.maskValues[i + j] <= sel.hi))) {
            l = std::min(l, double(mu[i + j]));
            h = std::max(h, double(mu[i + j]));
          }
      });
      ranges[c] = {l, h};
    });
    lo = std::numeric_limits<double>::infinity();
    hi = -lo;
    for (const auto& [l, h] : ranges) {
      lo = std::min(lo, l);
      hi = std::max(hi, h);
    }
  }
  if (!(lo <= hi))
    return d;
  const std::size_t k = std::size_t(std::max(1, binCount));
  d.bins.assign(k, {});
  d.clip = sel.censor;
  if (sel.censor.any()) {
    d.high.assign(k, {});
    d.low.assign(k, {});
  }
  d.first = lo;
  d.width = hi > lo ? (hi - lo) / double(k) : 1.0;
  const double inv = 1.0 / d.width;
  std::vector<PartialBins> parts(chunks);
  runChunks(chunks, [&](std::size_t c) {
    PartialBins& part = parts[c];
    part.bins.assign(k, {});
    part.high.assign(d.high.size(), {});
    part.low.assign(d.low.size(), {});
    // Everything the loop reads stays in locals (registers): the bins are doubles, so the
    // compiler would otherwise reload every double it cannot prove unaliased after each store.
    BinnedData::Bin* bins = part.bins.data();
    // Without a percentile cut, test mu against an infinite range (always kept when finite).
    const float* mask = sel.maskValues ? sel.maskValues : mu;
    // As floats: kb >= maskLo exactly when kb >= sel.lo (floatAbove), and so on.
    BinGrid grid;
    grid.maskLo = sel.maskValues ? floatAbove(sel.lo) : -std::numeric_limits<float>::infinity();
    grid.maskHi = sel.maskValues ? floatBelow(sel.hi) : std::numeric_limits<float>::infinity();
    grid.low = lo;
    grid.scale = inv;
    grid.lastBin = double(k - 1);
    grid.first = d.first;
    grid.width = d.width;
    const double censorLow = sel.censor.low;
    const double censorHigh = sel.censor.high;
    const bool censoring = sel.censor.any();
    std::size_t total = 0;
    std::int32_t levelLow = std::numeric_limits<std::int32_t>::max();
    std::int32_t levelHigh = std::numeric_limits<std::int32_t>::min();
    // Blocks of pixels: first, in branch-free loops that vectorise, every pixel's bin (-1: left
    // out), its offset from the bin's centre and its squared residual; then the updates in pixel
    // order (so the sums are those of one pass), four and two moments per vector addition
    // (Bin::add; addToBins, a vector kernel, where nothing is censored). No prefetch: the bins
    // stay in the second-level cache (docs/TRAINING.md, "Noise fit speed").
    BlockScratch block;
    const double* farOrNull = src.curvature ? block.far : nullptr;
    src.forEachRun(rangeOf(c).first, rangeOf(c).second, [&](std::size_t i, std::size_t count) {
      const float* yb = block.bin(src, i, count, mu, mask, grid, levelLow, levelHigh, total);
      const float* mb = mu + i;
      const float* noisy = src.y + i; // the noisy values themselves (yb: mu + residual)
      if (!censoring) {
        addToBins(bins, block.index, block.offset, block.squared, noisy, mb, farOrNull, count);
        return;
      }
      for (std::size_t j = 0; j < count; ++j) {
        const std::int32_t b = block.index[j];
        if (b < 0)
          continue;
        const float yi = yb[j];
        if (yi >= censorHigh || yi <= censorLow) {
          BinnedData::CensoredBin& cb =
              yi >= censorHigh ? part.high[std::size_t(b)] : part.low[std::size_t(b)];
          cb.n += 1.0;
          cb.mu += double(mb[j]);
          continue;
        }
        bins[b].add(block.offset[j], block.squared[j], double(noisy[j]) - double(mb[j]),
                    farOrNull ? block.far[j] : 0.0);
      }
    });
    part.total = total;
    // + 0.0f: a level -0 reads as 0.
    part.levelMin = total > 0 ? double(floatFromOrderKey(levelLow) + 0.0f) : part.levelMin;
    part.levelMax = total > 0 ? double(floatFromOrderKey(levelHigh) + 0.0f) : part.levelMax;
  });
  for (const PartialBins& part : parts) {
    d.total += part.total;
    d.binnedMin = std::min(d.binnedMin, part.levelMin);
    d.binnedMax = std::max(d.binnedMax, part.levelMax);
    for (std::size_t b = 0; b < k; ++b) {
      d.bins[b].merge(part.bins[b]);
    }
    for (std::size_t b = 0; b < d.high.size(); ++b) {
      d.high[b].n += part.high[b].n;
      d.high[b].mu += part.high[b].mu;
      d.low[b].n += part.low[b].n;
      d.low[b].mu += part.low[b].mu;
    }
  }
  d.pack(calibrate, sel.censor.any() ? sel.censor : src.stencilClip, src.curvature, src.coupling);
  return d;
}

std::optional<BinnedData> guardedFromFirstPass(const ResidualSource& src, const float* mu,
                                               std::size_t n, const Selection& sel,
                                               const BinnedData& first, int threads,
                                               bool calibrate) {
  const std::optional<GuardZone> zone = guardZone(src, first.width);
  if (sel.maskValues != mu || sel.censor.any() || !zone || first.bins.empty())
    return std::nullopt;
  const std::ptrdiff_t k = std::ptrdiff_t(first.bins.size());
  const double scale = 1.0 / first.width;
  // The bin of level x as binBlock computes it (monotone in x).
  const auto binOf = [&](double x) {
    double at = (x - first.first) * scale;
    at = at > 0.0 ? at : 0.0;
    at = at < double(k - 1) ? at : double(k - 1);
    return std::ptrdiff_t(at);
  };
  const double w = first.width; // far above the rounding of the guard's test
  // Bins [lowFrom, lowTo] and [highFrom, highTo] are binned again; below lowFrom and above
  // highTo every pixel lies in the zone. Empty ranges (from > to) at an end without a guard.
  std::ptrdiff_t lowFrom = 0, lowTo = -1, highFrom = k, highTo = k - 1;
  if (zone->below > -std::numeric_limits<double>::infinity()) {
    lowFrom = binOf(zone->below - w);
    lowTo = binOf(zone->below + w) + 1;
    while (lowTo < k && first.bins[std::size_t(lowTo)].n == 0)
      ++lowTo;
    if (lowTo >= k)
      return std::nullopt;
  }
  if (zone->above < std::numeric_limits<double>::infinity()) {
    highTo = binOf(zone->above + w);
    highFrom = binOf(zone->above - w) - 1;
    while (highFrom >= 0 && first.bins[std::size_t(highFrom)].n == 0)
      --highFrom;
    if (highFrom < 0)
      return std::nullopt;
  }
  if (lowTo >= highFrom)
    return std::nullopt;
  const auto again = [&](std::int32_t b) {
    return (b >= lowFrom && b <= lowTo) || (b >= highFrom && b <= highTo);
  };
  // The levels of those bins, with a bin width to spare, for a quick test of each block.
  const auto levelOf = [&](std::ptrdiff_t b) { return first.first + double(b) * w; };
  const float lowLo = lowFrom <= lowTo ? floatBelow(levelOf(lowFrom) - w) : 1.0f;
  const float lowHi = lowFrom <= lowTo ? floatAbove(levelOf(lowTo + 1) + w) : 0.0f;
  const float highLo = highFrom <= highTo ? floatBelow(levelOf(highFrom) - w) : 1.0f;
  const float highHi = highFrom <= highTo ? floatAbove(levelOf(highTo + 1) + w) : 0.0f;

  BinGrid grid;
  grid.maskLo = floatAbove(sel.lo);
  grid.maskHi = floatBelow(sel.hi);
  grid.low = first.first;
  grid.scale = scale;
  grid.lastBin = double(k - 1);
  grid.first = first.first;
  grid.width = first.width;
  struct Part {
    std::vector<BinnedData::Bin> bins;
    float lowMin = std::numeric_limits<float>::infinity();   // least level binned at the low end
    float highMax = -std::numeric_limits<float>::infinity(); // greatest at the high end
  };
  const std::size_t chunks = chunkCount(n, threads);
  std::vector<Part> parts(chunks);
  runChunks(chunks, [&](std::size_t c) {
    Part& part = parts[c];
    part.bins.assign(std::size_t(k), {});
    BlockScratch block;
    std::int32_t unusedLow = 0;
    std::int32_t unusedHigh = 0;
    std::size_t unusedKept = 0;
    // Only the runs of 32-pixel pieces that hold such levels: a common level near the zone's end
    // has a few pixels in most blocks.
    const auto binAgain = [&](std::size_t i, std::size_t count) {
      const float* mb = mu + i;
      block.bin(src, i, count, mu, mu, grid, unusedLow, unusedHigh, unusedKept);
      for (std::size_t j = 0; j < count; ++j) {
        const std::int32_t b = block.index[j];
        if (b < 0 || !again(b))
          continue;
        part.bins[std::size_t(b)].add(block.offset[j], block.squared[j],
                                      double(src.y[i + j]) - double(mb[j]),
                                      src.curvature ? block.far[j] : 0.0);
        if (b <= lowTo)
          part.lowMin = std::min(part.lowMin, mb[j]);
        else
          part.highMax = std::max(part.highMax, mb[j]);
      }
    };
    constexpr std::size_t kPiece = 32;
    src.forEachRun(c * n / chunks, (c + 1) * n / chunks, [&](std::size_t i, std::size_t count) {
      std::size_t runFrom = count; // start of the current run of pieces to bin again, if any
      for (std::size_t at = 0; at < count; at += kPiece) {
        const std::size_t size = std::min(kPiece, count - at);
        const bool take = anyLevelIn(mu + i + at, size, lowLo, lowHi, highLo, highHi);
        if (take && runFrom == count)
          runFrom = at;
        if (!take && runFrom != count) {
          binAgain(i + runFrom, at - runFrom);
          runFrom = count;
        }
      }
      if (runFrom != count)
        binAgain(i + runFrom, count - runFrom);
    });
  });
  BinnedData d = first;
  float lowMin = std::numeric_limits<float>::infinity();
  float highMax = -std::numeric_limits<float>::infinity();
  for (std::ptrdiff_t b = 0; b < k; ++b) {
    BinnedData::Bin& q = d.bins[std::size_t(b)];
    if (b > lowTo && b < highFrom)
      continue;
    q = {};
    if (!again(std::int32_t(b)))
      continue;
    for (const Part& part : parts) {
      q.merge(part.bins[std::size_t(b)]);
    }
  }
  for (const Part& part : parts) {
    lowMin = std::min(lowMin, part.lowMin);
    highMax = std::max(highMax, part.highMax);
  }
  d.total = 0;
  for (const BinnedData::Bin& q : d.bins)
    d.total += std::size_t(q.n);
  // The ends of the level range: binned again at an end with a guard (its last bin holds
  // pixels), else the first pass's (+ 0.0f: a level -0 reads as 0, as in collectBinned).
  if (lowFrom <= lowTo)
    d.binnedMin = double(lowMin + 0.0f);
  if (highFrom <= highTo)
    d.binnedMax = double(highMax + 0.0f);
  d.pack(calibrate, src.stencilClip, src.curvature, src.coupling);
  return d;
}

} // namespace pgd::noisefit
