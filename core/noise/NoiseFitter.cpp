#include "noise/NoiseFitter.h"

#include "image/Normalization.h"
#include "job/Error.h"
#include "noise/BinnedNewtonFit.h"
#include "noise/CurvatureCorrection.h"
#include "noise/FloatBounds.h"
#include "noise/LevelCalibration.h"
#include "noise/LevelSums.h"
#include "noise/LocalDifferenceCorrelation.h"
#include "noise/NelderMead.h"
#include "noise/ParallelChunks.h"
#include "noise/Quantiles.h"
#include "noise/StageTimer.h"
#include "noise/VectorKernel.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h> // _mm_sqrt_pd: square roots that vectorise (std::sqrt keeps errno)
#endif

namespace pgd {

std::string correlatedNoiseWarning(double correlation) {
  return fmt::format("the noise is correlated between neighbouring pixels (adjacent local "
                     "differences correlate {:+.2f}, independent noise {:+.2f}): the network "
                     "predicts part of it, so a and b read low (pgdenoise train chooses a 5x5 "
                     "blind spot for such images)",
                     correlation, kIndependentNoiseCorrelation);
}

namespace {

constexpr double kVarianceFloor = 1e-4; // docs/ARCHITECTURE.md#noise-fit
// The least variance the fitted line may have over the levels used (docs/NOISE_FIT.md,
// "Constraints"): strictly positive, and far below any variance J can resolve.
constexpr double kMinLineVariance = 1e-12;

// The model's noise variance at level mu, floored as in J.
double noiseVariance(double mu, double a, double b) {
  return std::max(kVarianceFloor, a * mu + b);
}
// The local residual's refit leaves out the levels closer than this many noise standard
// deviations to a level where pixels clip (NoiseFitter::fitFrame).
constexpr double kClipGuard = LevelCalibration::kClipGuard;

// The slot of one stage in `t`, or null when no timings are asked for.
NoiseFitStageTime* stage(NoiseFitTimings* t, NoiseFitStageTime NoiseFitTimings::*which) {
  return t ? &(t->*which) : nullptr;
}

// Clip levels: given ones, else detected as an extreme value shared by many pixels. Also
// counts the pixels at or beyond each clip level.
struct ClipCounts {
  ClipLevels levels;
  std::size_t low = 0;
  std::size_t high = 0;
};

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

// Which pixels enter the objective, and which of them count as clipped (censored).
struct Selection {
  const float* maskValues = nullptr; // y or mu, or nullptr for no percentile cut
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();
  ClipLevels censor; // default (no clip levels): nothing is censored

  bool keep(const float* y, const float* mu, std::size_t i) const {
    if (!std::isfinite(y[i]) || !std::isfinite(mu[i]))
      return false;
    return !maskValues || (maskValues[i] >= lo && maskValues[i] <= hi);
  }
};

// log P(Z >= z) for a standard normal Z, accurate far into the upper tail.
double logUpperTail(double z) {
  if (z < 5.0)
    return std::log(0.5 * std::erfc(z / std::sqrt(2.0)));
  const double z2 = z * z;
  return -0.5 * z2 - std::log(z) - 0.5 * std::log(2.0 * 3.14159265358979323846) +
         std::log1p(-1.0 / z2 + 3.0 / (z2 * z2));
}

// -2 log P(Y beyond the clip level) for a pixel at level mu; sign +1 above clipHigh, -1 below
// clipLow.
double censoredTerm(double mu, double clip, double sign, double a, double b) {
  const double sd = std::sqrt(noiseVariance(mu, a, b));
  return -2.0 * logUpperTail(sign * (clip - mu) / sd);
}

double pixelTerm(double r2, double mu, double a, double b) {
  const double v = noiseVariance(mu, a, b);
  return r2 / v + std::log(v);
}

// Exact per-pixel objective: the kept (mu, (y-mu)^2) pairs and the levels of censored pixels.
struct ExactData {
  std::vector<float> mu;
  std::vector<double> r2;
  std::vector<float> muHigh; // pixels at or above the high clip level
  std::vector<float> muLow;  // pixels at or below the low clip level
  ClipLevels clip;

  double operator()(double a, double b) const {
    double s = 0.0;
    for (std::size_t i = 0; i < mu.size(); ++i)
      s += pixelTerm(r2[i], mu[i], a, b);
    for (float m : muHigh)
      s += censoredTerm(m, clip.high, 1.0, a, b);
    for (float m : muLow)
      s += censoredTerm(m, clip.low, -1.0, a, b);
    return s / double(count());
  }
  std::size_t count() const { return mu.size() + muHigh.size() + muLow.size(); }
  // The lowest and highest level that enters J (censored pixels included).
  std::pair<double, double> levelRange() const {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const std::vector<float>* v : {&mu, &muHigh, &muLow})
      for (float m : *v) {
        lo = std::min(lo, double(m));
        hi = std::max(hi, double(m));
      }
    return {lo, hi};
  }
};

// Binned objective: per fine bin of mu, moments of d = mu - centre and of r2 up to second order
// in d, so that sum r2/v + log v expands around v_c = a*centre + b with an O(d^3) error.
struct BinnedData {
  // One cache line per bin: the binning pass updates a bin per pixel at scattered levels.
  struct alignas(64) Bin {
    double n = 0, d = 0, d2 = 0, r2 = 0, r2d = 0, r2d2 = 0;
    double e = 0;    // sum of y - mu (y: the noisy value), for the calibrated levels
    double far2 = 0; // sum of the far local difference squared, for the curvature correction
    // Another chunk's sums of the same bin, added field by field (collectBinned merges the
    // chunks in their order).
    void merge(const Bin& p) {
      n += p.n;
      d += p.d;
      d2 += p.d2;
      r2 += p.r2;
      r2d += p.r2d;
      r2d2 += p.r2d2;
      e += p.e;
      far2 += p.far2;
    }
    // One pixel at offset dm from the centre with squared residual r2, noisy value minus mu ev
    // and squared far local difference fv (0 for the paper's residual): the eight sums as two
    // additions of four (n, d, d2, r2) and (r2d, r2d2, e, far2), each product and sum as the
    // scalar expressions n += 1, d += dm, d2 += dm*dm, r2 += r2, r2d += r2*dm, r2d2 += r2*dm*dm,
    // e += ev, far2 += fv give (with AVX, two 32-byte loads and stores).
    void add(double dm, double r2v, double ev, double fv) {
      using Quad = double __attribute__((vector_size(32)));
      static_assert(sizeof(Bin) == 64 && offsetof(Bin, r2d) == 32);
      char* bytes = reinterpret_cast<char*>(this);
      Quad low;
      Quad high;
      std::memcpy(&low, bytes, 32);
      std::memcpy(&high, bytes + 32, 32);
      const double r2dm = r2v * dm;
      low += Quad{1.0, dm, dm * dm, r2v};
      high += Quad{r2dm, r2dm * dm, ev, fv};
      std::memcpy(bytes, &low, 32);
      std::memcpy(bytes + 32, &high, 32);
    }
  };
  struct CensoredBin {
    double n = 0, mu = 0; // count and sum of levels
  };
  std::vector<Bin> bins;
  std::vector<CensoredBin> high;
  std::vector<CensoredBin> low;
  ClipLevels clip;
  double first = 0.0;
  double width = 1.0;
  // The widest bin in the levels J reads (width, times the calibration's steepest slope).
  double span = 1.0;
  std::size_t total = 0;
  // The range of mu binned (set with the bins), and of the levels J reads (by pack(): the same,
  // or mapped through the calibration).
  double binnedMin = std::numeric_limits<double>::infinity();
  double binnedMax = -std::numeric_limits<double>::infinity();
  double levelMin = std::numeric_limits<double>::infinity();
  double levelMax = -std::numeric_limits<double>::infinity();
  std::pair<double, double> levelRange() const { return {levelMin, levelMax}; }

  // The non-empty bins, one array per moment, in the order of the bins (filled by pack()).
  BinMoments packed;
  // true when no pixel enters J censored (J is then the bins' sum alone).
  bool uncensored() const {
    const auto empty = [](const std::vector<CensoredBin>& v) {
      return std::all_of(v.begin(), v.end(), [](const CensoredBin& q) { return q.n == 0; });
    };
    return empty(high) && empty(low);
  }

  // Fills `packed`; with `correctCurvature`, each bin's squared residuals scaled by the
  // CurvatureCorrection factor at its centre (from the bins' sums of r2 and far2); with
  // `calibrate`, at calibrated levels (LevelCalibration from the bins' sums of mu and y, away from
  // the clip levels `levelClip`): a pixel at offset d from its bin's centre c then sits at level
  // L(c) + s*d, with s the map's slope at c, so the bin's moments of d scale by s and s^2. The
  // censored pixels' levels and the range of levels map the same way.
  // `coupling`: mu's coupling to the stencils (noise/StencilCoupling.h), whose selection by mu the
  // curvature correction takes out first; null: none.
  void pack(bool calibrate, const ClipLevels& levelClip, bool correctCurvature,
            const StencilCoupling* coupling = nullptr) {
    packed = {};
    span = width;
    levelMin = binnedMin;
    levelMax = binnedMax;
    CurvatureCorrection curvature;
    if (correctCurvature) {
      const std::size_t k = bins.size();
      std::vector<double> count(k), mu(k), near(k), far(k);
      for (std::size_t b = 0; b < k; ++b) {
        count[b] = bins[b].n;
        mu[b] = bins[b].n * (first + (double(b) + 0.5) * width) + bins[b].d;
        near[b] = bins[b].r2;
        far[b] = bins[b].far2;
      }
      curvature = CurvatureCorrection::fromSums(count, mu, near, far, {coupling, width});
    }
    LevelCalibration calibration;
    if (calibrate) {
      LevelSums sums(bins.size());
      for (std::size_t k = 0; k < bins.size(); ++k) {
        const Bin& q = bins[k];
        sums.count[k] = q.n;
        sums.mu[k] = q.n * (first + (double(k) + 0.5) * width) + q.d;
        sums.y[k] = sums.mu[k] + q.e;
        sums.r2[k] = q.r2;
      }
      calibration = std::move(sums).calibrationAwayFrom(levelClip.low, levelClip.high);
    }
    double steepest = 0.0;
    for (std::size_t k = 0; k < bins.size(); ++k) {
      const Bin& q = bins[k];
      if (q.n == 0)
        continue;
      const double centre = first + (double(k) + 0.5) * width;
      const double s = calibration.slope(centre);
      const double f = curvature(centre);
      steepest = std::max(steepest, s);
      packed.c.push_back(calibration(centre));
      packed.n.push_back(q.n);
      packed.d.push_back(s * q.d);
      packed.d2.push_back(s * s * q.d2);
      packed.r2.push_back(f * q.r2);
      packed.r2d.push_back(f * s * q.r2d);
      packed.r2d2.push_back(f * s * s * q.r2d2);
    }
    if (calibration.identity())
      return;
    span = width * steepest;
    // Mapped in place, so at most once: only the local residual is calibrated, and it censors
    // nothing (its clipped stencils are left out), so these bins are empty whenever pack() repeats.
    for (std::vector<CensoredBin>* v : {&high, &low})
      for (CensoredBin& q : *v)
        if (q.n > 0)
          q.mu = q.n * calibration(q.mu / q.n);
    if (levelMin <= levelMax) {
      levelMin = calibration(levelMin);
      levelMax = calibration(levelMax);
    }
  }

  double operator()(double a, double b) const {
    double s = 0.0;
    const double halfSpan = 0.5 * std::fabs(a) * span;
    const std::size_t count = packed.c.size();
    const double* c = packed.c.data();
    // a * c + b is monotone in c, so when both end bins lie above the floor every bin does, and
    // the loop needs no test. Each term and the order of the sum are those of the general loop.
    const bool aboveFloor =
        count > 0 && std::min(a * c[0] + b, a * c[count - 1] + b) - halfSpan > kVarianceFloor;
    if (aboveFloor) {
      const double* n = packed.n.data();
      const double* d = packed.d.data();
      const double* d2 = packed.d2.data();
      const double* r2 = packed.r2.data();
      const double* r2d = packed.r2d.data();
      const double* r2d2 = packed.r2d2.data();
      for (std::size_t k = 0; k < count; ++k) {
        const double vc = a * c[k] + b;
        const double inv = 1.0 / vc;
        const double ai = a * inv;
        s += inv * (r2[k] - ai * r2d[k] + ai * ai * r2d2[k]) + n[k] * std::log(vc) + ai * d[k] -
             0.5 * ai * ai * d2[k];
      }
    } else {
      for (std::size_t k = 0; k < count; ++k) {
        const double vc = a * c[k] + b;
        if (vc - halfSpan > kVarianceFloor) {
          const double inv = 1.0 / vc;
          const double ai = a * inv;
          s += inv * (packed.r2[k] - ai * packed.r2d[k] + ai * ai * packed.r2d2[k]) +
               packed.n[k] * std::log(vc) + ai * packed.d[k] - 0.5 * ai * ai * packed.d2[k];
        } else if (vc + halfSpan < kVarianceFloor) {
          s += packed.r2[k] / kVarianceFloor + packed.n[k] * std::log(kVarianceFloor);
        } else {
          const double mean = c[k] + packed.d[k] / packed.n[k];
          const double v = noiseVariance(mean, a, b);
          s += packed.r2[k] / v + packed.n[k] * std::log(v);
        }
      }
    }
    // Censored pixels: the term at the bin's mean level (an O(width^2) approximation).
    for (const CensoredBin& q : high)
      if (q.n > 0)
        s += q.n * censoredTerm(q.mu / q.n, clip.high, 1.0, a, b);
    for (const CensoredBin& q : low)
      if (q.n > 0)
        s += q.n * censoredTerm(q.mu / q.n, clip.low, -1.0, a, b);
    return s / double(total);
  }
  std::size_t count() const { return total; }
};

// The levels of the exact objective's pixels mapped through the calibration measured on them:
// the sums over 4096 intervals of mu, with the noisy values `levelY` of the kept pixels.
void calibrateExactLevels(ExactData& d, const std::vector<float>& levelY, const ClipLevels& clip) {
  const auto [lo, hi] = d.levelRange();
  const LevelIntervals intervals(lo, hi);
  if (intervals.empty() || d.mu.empty())
    return;
  LevelSums sums(intervals.size());
  for (std::size_t i = 0; i < d.mu.size(); ++i)
    sums.add(intervals(d.mu[i]), d.mu[i], levelY[i], d.r2[i]);
  const LevelCalibration calibration = std::move(sums).calibrationAwayFrom(clip.low, clip.high);
  if (calibration.identity())
    return;
  for (std::vector<float>* v : {&d.mu, &d.muHigh, &d.muLow})
    for (float& m : *v)
      m = static_cast<float>(calibration(m));
}

// The CurvatureCorrection of squared local differences r2 at levels mu (the pixels' far squared
// differences `far`), from sums over 4096 intervals of mu, as the binned fit builds it from its
// bins.
CurvatureCorrection curvatureOf(const std::vector<float>& mu, const std::vector<double>& r2,
                                const std::vector<double>& far,
                                const StencilCoupling* coupling = nullptr) {
  const LevelIntervals intervals =
      LevelIntervals::over(mu.data(), mu.size(), [](std::size_t) { return true; });
  if (intervals.empty())
    return {};
  // The level calibration's four sums, with the far squared differences in place of y.
  LevelSums sums(intervals.size());
  for (std::size_t i = 0; i < mu.size(); ++i)
    sums.add(intervals(mu[i]), mu[i], far[i], r2[i]);
  return CurvatureCorrection::fromSums(sums.count, sums.mu, sums.r2, sums.y,
                                       {coupling, intervals.width()});
}

// The exact objective's data: `y` supplies the residual y - mu (the noisy image, or mu plus a
// local difference of it), `levelY` (when given) the noisy values whose means calibrate the
// levels, `far` (when given) the far local differences squared whose CurvatureCorrection scales
// the squared residuals.
ExactData collectExact(const float* y, const float* mu, std::size_t n, const Selection& sel,
                       const float* levelY = nullptr, const ClipLevels& levelClip = {},
                       const double* far = nullptr, const StencilCoupling* coupling = nullptr) {
  ExactData d;
  d.clip = sel.censor;
  std::vector<float> kept;
  std::vector<double> keptFar;
  for (std::size_t i = 0; i < n; ++i) {
    if (!sel.keep(y, mu, i))
      continue;
    if (y[i] >= sel.censor.high) {
      d.muHigh.push_back(mu[i]);
      continue;
    }
    if (y[i] <= sel.censor.low) {
      d.muLow.push_back(mu[i]);
      continue;
    }
    const double r = double(y[i]) - double(mu[i]);
    d.mu.push_back(mu[i]);
    d.r2.push_back(r * r);
    if (levelY)
      kept.push_back(levelY[i]);
    if (far)
      keptFar.push_back(far[i]);
  }
  if (far) {
    const CurvatureCorrection curvature = curvatureOf(d.mu, d.r2, keptFar, coupling);
    for (std::size_t i = 0; i < d.mu.size(); ++i)
      d.r2[i] *= curvature(d.mu[i]);
  }
  if (levelY)
    calibrateExactLevels(d, kept, sel.censor.any() ? sel.censor : levelClip);
  return d;
}

// mu + (4y - the four pixels `s` away from y) / sqrt(20) for `count` pixels from yc (rows `w`
// apart) into out, NaN where the stencil is not strictly inside (low, high);
// muPlusLocalDifference's values bit for bit. Branch-free with bit masks, so that it vectorises.
PGD_VECTOR_KERNEL void localDifferenceBlock(const float* yc, std::size_t w, std::size_t s,
                                            const float* m, std::size_t count, float low,
                                            float high, float* out) {
  const double norm = 1.0 / std::sqrt(20.0);
  const float* yu = yc - s * w;
  const float* yd = yc + s * w;
  const float* yl = yc - s;
  const float* yr = yc + s;
  for (std::size_t j = 0; j < count; ++j) {
    const float c = yc[j], l = yl[j], r = yr[j], u = yu[j], d = yd[j];
    const float v = static_cast<float>(m[j] + (4.0 * c - l - r - u - d) * norm);
    out[j] = keptOrNaN(v, stencilInsideMask(c, l, r, u, d, low, high));
  }
}

// The far local difference of `count` pixels from yc (rows `w` apart): far[j] = L2^2 with L2 =
// (4y - the four pixels 2s away) / sqrt(20) (CurvatureCorrection), and out[j] (a kept value of
// localDifferenceBlock) set to NaN where those four are not strictly inside (low, high); the
// values muPlusLocalDifference and farSquaredDifferences give, bit for bit. far[j] is never read
// where out[j] is NaN. Branch-free, so that it vectorises.
PGD_VECTOR_KERNEL void farDifferenceBlock(const float* yc, std::size_t w, std::size_t s,
                                          std::size_t count, float low, float high, float* out,
                                          double* far) {
  const double norm = 1.0 / std::sqrt(20.0);
  const float* yu = yc - 2 * s * w;
  const float* yd = yc + 2 * s * w;
  const float* yl = yc - 2 * s;
  const float* yr = yc + 2 * s;
  for (std::size_t j = 0; j < count; ++j) {
    const float c = yc[j], l = yl[j], r = yr[j], u = yu[j], d = yd[j];
    const double f = (4.0 * c - l - r - u - d) * norm;
    far[j] = f * f;
    out[j] = keptOrNaN(out[j], stencilInsideMask(c, l, r, u, d, low, high));
  }
}

// Square roots of v[0, n) (all positive) into sd: correctly rounded, as std::sqrt, but two at a
// time where the CPU has SSE2 (std::sqrt keeps errno and does not vectorise).
PGD_VECTOR_KERNEL void squareRoots(const double* v, std::size_t n, double* sd) {
  std::size_t j = 0;
#if defined(__SSE2__)
  for (; j + 2 <= n; j += 2)
    _mm_storeu_pd(sd + j, _mm_sqrt_pd(_mm_loadu_pd(v + j)));
#endif
  for (; j < n; ++j)
    sd[j] = std::sqrt(v[j]);
}

// The guarded refit's test on one block (NoiseFitter::fitFrame): a value whose level m lies
// closer than kClipGuard noise standard deviations (line a, b) to `low` or `high` becomes NaN.
// Vectorised loops but for the square roots.
PGD_VECTOR_KERNEL void guardBlock(float* values, const float* m, std::size_t count, double a,
                                  double b, double low, double high) {
  constexpr std::size_t kBlock = 256;
  double sd[kBlock];
  for (std::size_t from = 0; from < count; from += kBlock) {
    const std::size_t n = std::min(kBlock, count - from);
    for (std::size_t j = 0; j < n; ++j)
      sd[j] = noiseVariance(m[from + j], a, b);
    squareRoots(sd, n, sd);
    for (std::size_t j = 0; j < n; ++j) {
      const double level = m[from + j];
      float& v = values[from + j];
      const bool out = (std::fabs(v) <= std::numeric_limits<float>::max()) &
                       ((level - low < kClipGuard * sd[j]) | (high - level < kClipGuard * sd[j]));
      v = out ? std::numeric_limits<float>::quiet_NaN() : v;
    }
  }
}

// The coupling whose selection by mu the curvature correction takes out for a local fit over
// `spacing`: only the one-pixel stencil's is measured (noise/StencilCoupling.h); null otherwise.
const StencilCoupling* selectionCoupling(const StencilCoupling& coupling, bool curvature,
                                         std::size_t spacing) {
  return curvature && spacing == 1 && coupling.measured() ? &coupling : nullptr;
}

// What the binning pass reads as each pixel's noisy value: y itself (the residual y - mu), or
// mu + the local difference of y (muPlusLocalDifference), computed block by block on the fly
// instead of into a frame-sized copy, optionally without the pixels near a clip level (the
// guarded refit in NoiseFitter::fitFrame). The values are those muPlusLocalDifference and the
// guard would give, bit for bit.
struct ResidualSource {
  const float* y = nullptr;
  int width = 0; // > 0: the local difference over width x height rows; 0: y as it is
  int height = 0;
  ClipLevels stencilClip; // stencils must lie strictly inside these levels
  // With the far local difference (CurvatureCorrection): stencils reach twice as far.
  bool curvature = false;
  // Pixels between the centre of a local stencil and its four other pixels
  // (NoiseFitResult::localSpacing).
  std::size_t spacing = 1;
  // mu's coupling to the stencils' pixels (noise/StencilCoupling.h), whose selection by mu the
  // curvature correction takes out; null: none (not measured, or a spacing it was not measured
  // for).
  const StencilCoupling* coupling = nullptr;
  // Guard: leave out levels closer than kClipGuard sd(mu; guardA, guardB) to guardAt
  // (+-kNoClipLevel at an end where no pixel clips).
  bool guard = false;
  ClipLevels guardAt;
  double guardA = 0.0;
  double guardB = 0.0;

  static ResidualSource noisy(const float* y) {
    ResidualSource s;
    s.y = y;
    return s;
  }
  static ResidualSource localDifference(const float* y, int width, int height, ClipLevels clip,
                                        bool curvature, int spacing,
                                        const StencilCoupling& coupling) {
    ResidualSource s = noisy(y);
    s.width = width;
    s.height = height;
    s.stencilClip = clip;
    s.curvature = curvature;
    s.spacing = std::size_t(std::max(1, spacing));
    s.coupling = selectionCoupling(coupling, curvature, s.spacing);
    return s;
  }
  bool local() const { return width > 0; }
  // How far the local stencils reach: the border left out.
  std::size_t reach() const { return std::size_t(localStencilReach(curvature, int(spacing))); }

  // The noisy values of pixels [i, i + count) of one row's interior (local) or of any range (y
  // as it is); NaN for a pixel left out. With `curvature`, also the far local differences
  // squared into far (farDifferenceBlock).
  const float* values(std::size_t i, std::size_t count, const float* mu, float* buffer,
                      double* far) const {
    if (!local())
      return y + i;
    const std::size_t w = std::size_t(width);
    // Branch-free loops over float comparisons and bit masks, so that the compiler vectorises
    // them. A value outside (low, high) as floats is exactly one outside them as doubles
    // (floatBelow, floatAbove); NaN and infinities fail the comparisons too.
    const float low = floatBelow(stencilClip.low);
    const float high = floatAbove(stencilClip.high);
    const float* m = mu + i;
    localDifferenceBlock(y + i, w, spacing, m, count, low, high, buffer);
    if (curvature)
      farDifferenceBlock(y + i, w, spacing, count, low, high, buffer, far);
    if (guard)
      guardBlock(buffer, m, count, guardA, guardB, guardAt.low, guardAt.high);
    return buffer;
  }

  // Calls fn(i, count) for runs of pixels in [first, last) that values() accepts (local: the
  // rows' interiors), at most kBlock long, in pixel order.
  template <class Fn> void forEachRun(std::size_t first, std::size_t last, const Fn& fn) const {
    if (!local()) {
      for (std::size_t i = first; i < last; i += kBlock)
        fn(i, std::min(kBlock, last - i));
      return;
    }
    const std::size_t w = std::size_t(width);
    const std::size_t e = reach();
    if (w <= 2 * e || std::size_t(height) <= 2 * e)
      return;
    const std::size_t lastRow = std::min((last + w - 1) / w, std::size_t(height) - e);
    for (std::size_t row = std::max<std::size_t>(first / w, e); row < lastRow; ++row) {
      const std::size_t begin = std::max(first, row * w + e);
      const std::size_t end = std::min(last, row * w + w - e);
      for (std::size_t i = begin; i < end; i += kBlock)
        fn(i, std::min(kBlock, end - i));
    }
  }
  static constexpr std::size_t kBlock = 256;
};

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

// One chunk's share of the bins, merged in chunk order.
struct PartialBins {
  std::vector<BinnedData::Bin> bins;
  std::vector<BinnedData::CensoredBin> high;
  std::vector<BinnedData::CensoredBin> low;
  std::size_t total = 0;
  double levelMin = std::numeric_limits<double>::infinity();
  double levelMax = -std::numeric_limits<double>::infinity();
};

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
    constexpr std::size_t kBlock = ResidualSource::kBlock;
    float buffer[kBlock];
    std::int32_t index[kBlock];
    double offset[kBlock];
    double squared[kBlock];
    double far[kBlock];
    const double* farOrNull = src.curvature ? far : nullptr;
    src.forEachRun(rangeOf(c).first, rangeOf(c).second, [&](std::size_t i, std::size_t count) {
      const float* yb = src.values(i, count, mu, buffer, far);
      const float* mb = mu + i;
      const float* noisy = src.y + i; // the noisy values themselves (yb: mu + residual)
      total += binBlock(yb, mb, mask + i, count, grid, index, offset, squared, levelLow, levelHigh);
      if (!censoring) {
        addToBins(bins, index, offset, squared, noisy, mb, farOrNull, count);
        return;
      }
      for (std::size_t j = 0; j < count; ++j) {
        const std::int32_t b = index[j];
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
        bins[b].add(offset[j], squared[j], double(noisy[j]) - double(mb[j]),
                    farOrNull ? far[j] : 0.0);
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

// The guarded refit's bins (src with its guard set) from the first pass's bins `first` without
// binning every pixel again: bins whose levels all lie in the guard zone (GuardZone) are emptied,
// bins whose levels all lie outside it are kept as they are, and only the bins within one bin
// width of either end of the zone, with the first bin beyond them that holds pixels (which holds
// the new end of the level range), are binned again from the pixels whose mu lies in them, in
// the order and chunks of collectBinned. The result is collectBinned's with the guard, bit for
// bit (NoiseFitter.LocalResidualBinnedOnTheFlyEqualsTheWrittenOutResidual). nullopt where that
// does not hold (a mask not on mu, whose refit takes a new grid; no GuardZone; the bins of the
// two ends meeting), for the caller to run collectBinned.
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
    constexpr std::size_t kBlock = ResidualSource::kBlock;
    float buffer[kBlock];
    std::int32_t index[kBlock];
    double offset[kBlock];
    double squared[kBlock];
    double far[kBlock];
    std::int32_t unusedLow = 0;
    std::int32_t unusedHigh = 0;
    // Only the runs of 32-pixel pieces that hold such levels: a common level near the zone's end
    // has a few pixels in most blocks.
    const auto binAgain = [&](std::size_t i, std::size_t count) {
      const float* mb = mu + i;
      const float* yb = src.values(i, count, mu, buffer, far);
      binBlock(yb, mb, mu + i, count, grid, index, offset, squared, unusedLow, unusedHigh);
      for (std::size_t j = 0; j < count; ++j) {
        const std::int32_t b = index[j];
        if (b < 0 || !again(b))
          continue;
        part.bins[std::size_t(b)].add(offset[j], squared[j], double(src.y[i + j]) - double(mb[j]),
                                      src.curvature ? far[j] : 0.0);
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

// Initial simplex edge along a coordinate, as scipy: 5% of a non-zero value, else 0.00025.
double initialStep(double x) {
  return x != 0.0 ? 0.05 * x : 0.00025;
}

// The physical region of the fit (docs/NOISE_FIT.md, "Constraints and flags"): a >= 0 (a
// Poisson gain cannot be negative) and a*x + b >= kMinLineVariance at the lowest level used,
// hence (with a >= 0) at every level used. For the single-parameter variants: a >= 0, or
// b >= kMinLineVariance.
struct Region {
  FitVariant variant;
  double levelMin;

  bool contains(double a, double b) const {
    switch (variant) {
    case FitVariant::GaussianOnly:
      return b >= kMinLineVariance;
    case FitVariant::PoissonOnly:
      return a >= 0.0;
    default:
      return a >= 0.0 && a * levelMin + b >= kMinLineVariance;
    }
  }
  // (a, b) pulled into the region: a to 0, then b up to the least b the line allows.
  std::array<double, 2> pull(double a, double b) const {
    switch (variant) {
    case FitVariant::GaussianOnly:
      return {0.0, std::max(b, kMinLineVariance)};
    case FitVariant::PoissonOnly:
      return {std::max(a, 0.0), 0.0};
    default: {
      const double pulledA = std::max(a, 0.0);
      return {pulledA, std::max(b, kMinLineVariance - pulledA * levelMin)};
    }
    }
  }
};

// Nelder-Mead from `start` (a, b), restarted from the best point until a restart no longer
// improves it (guards against a collapsed simplex), as is customary with Nelder-Mead. The
// objective reads (a, b) through ab(point); returns the best point's (a, b) and adds the
// iterations to r.
template <class ToParams>
std::array<double, 2> runNelderMead(const std::function<double(double, double)>& objective,
                                    const ToParams& ab, std::array<double, 2> start,
                                    const NoiseFitOptions& o, NoiseFitResult& r) {
  NelderMead::Settings settings;
  settings.maxIterations = o.maxIterations;
  settings.fTolerance = o.tolerance;
  const NelderMead nm(settings);
  const int dims = o.variant == FitVariant::Full ? 2 : 1;
  // Nelder-Mead's point: (a, b), or the one free parameter.
  const auto toPoint = [&o](const std::array<double, 2>& p) -> std::array<double, 2> {
    if (o.variant == FitVariant::GaussianOnly)
      return {p[1], 0.0};
    if (o.variant == FitVariant::PoissonOnly)
      return {p[0], 0.0};
    return p;
  };
  const NelderMead::Objective f = [&](const std::array<double, 2>& x) {
    const std::array<double, 2> p = ab(x);
    return objective(p[0], p[1]);
  };
  NelderMeadResult best;
  std::array<double, 2> x = toPoint(start);
  for (int round = 0; round < 4; ++round) {
    const NelderMeadResult res = nm.minimize(f, dims, x, {initialStep(x[0]), initialStep(x[1])});
    r.iterations += res.iterations;
    const bool improved =
        round == 0 || res.value < best.value - o.tolerance * std::fabs(best.value);
    if (round == 0 || res.value <= best.value)
      best = res;
    x = toPoint(ab(best.x));
    if (!improved || r.iterations >= o.maxIterations)
      break;
  }
  r.converged = best.converged;
  r.objective = best.value;
  return ab(best.x);
}

// Fits a, b (or one of them) over the levels `levels`. The unconstrained fit runs first; when
// its optimum lies outside the physical region (and options ask for it), the fit runs again on
// the objective read at points pulled into the region, from the pulled optimum, and the result
// (on the region's boundary) is flagged atBound. Ordinary data thus get exactly the
// unconstrained fit.
template <class Objective>
void minimise(const Objective& objective, std::pair<double, double> levels,
              const NoiseFitOptions& o, NoiseFitResult& r) {
  r.levelMin = levels.first;
  r.levelMax = levels.second;
  r.atBound = false;
  if (o.variant == FitVariant::Fixed) {
    r.a = o.fixed.a;
    r.b = o.fixed.b;
    r.objective = objective(r.a, r.b);
    r.converged = true;
    return;
  }
  const std::function<double(double, double)> j = [&objective](double a, double b) {
    return objective(a, b);
  };
  const auto free = [&o](const std::array<double, 2>& x) -> std::array<double, 2> {
    if (o.variant == FitVariant::GaussianOnly)
      return {0.0, x[0]};
    if (o.variant == FitVariant::PoissonOnly)
      return {x[0], 0.0};
    return x;
  };
  std::array<double, 2> ab = runNelderMead(j, free, {o.start.a, o.start.b}, o, r);
  const Region region{o.variant, levels.first};
  if (o.constrain && !region.contains(ab[0], ab[1])) {
    const auto pulled = [&](const std::array<double, 2>& x) {
      const std::array<double, 2> p = free(x);
      return region.pull(p[0], p[1]);
    };
    ab = runNelderMead(j, pulled, region.pull(ab[0], ab[1]), o, r);
    r.atBound = true;
  }
  r.a = ab[0];
  r.b = ab[1];
}

// The binned fit: where the bins alone make up J (no censored pixel) and the full line is fitted,
// Newton's method from the weighted least-squares line (noise/BinnedNewtonFit.h) finds J's
// minimum in a few evaluations; when it cannot, or the minimum lies outside the physical region,
// the fit is Nelder-Mead's as above (docs/NOISE_FIT.md, "Minimiser").
void minimise(const BinnedData& d, const NoiseFitOptions& o, NoiseFitResult& r) {
  const auto levels = d.levelRange();
  if (o.newton && o.variant == FitVariant::Full && d.uncensored()) {
    const std::optional<BinnedNewtonResult> newton =
        newtonOnBins(d.packed, d.span, double(d.total), kVarianceFloor,
                     weightedLineThroughBins(d.packed, kVarianceFloor));
    const Region region{o.variant, levels.first};
    if (newton && (!o.constrain || region.contains(newton->a, newton->b))) {
      r.levelMin = levels.first;
      r.levelMax = levels.second;
      r.atBound = false;
      r.a = newton->a;
      r.b = newton->b;
      r.objective = newton->value;
      r.iterations += newton->iterations;
      r.converged = true;
      return;
    }
  }
  minimise(d, levels, o, r);
}

Selection makeSelection(const float* y, const float* mu, std::size_t n, const NoiseFitOptions& o,
                        NoiseFitTimings* t = nullptr) {
  const StageTimer timer(stage(t, &NoiseFitTimings::percentiles));
  if (!(o.lowPercentile >= 0.0 && o.lowPercentile < o.highPercentile && o.highPercentile <= 1.0))
    throw Error(ErrorKind::Usage, "noise fit: percentiles must satisfy 0 <= low < high <= 1");
  Selection sel;
  // FitMask::Auto reaches here as the paper's residual's mask (the local residual's fit turns it
  // into None first).
  if (o.mask != FitMask::None) {
    sel.maskValues = o.mask == FitMask::NoisyPercentile ? y : mu;
    const auto q = quantiles(sel.maskValues, n, {o.lowPercentile, o.highPercentile}, o.threads);
    sel.lo = q[0];
    sel.hi = q[1];
  }
  return sel;
}

// Fits J over the selected pixels; `y` supplies the residual y - mu (the noisy image, or mu plus
// a local difference of it). Fills pixelsUsed, a, b and the minimiser's fields of `r`. The local
// residual's levels are calibrated (NoiseFitOptions::calibrateLevels): on the fly from the source
// when binned, from `noisy` (the noisy image) and away from `levelClip` on the exact path; the
// paper's residual y - mu keeps mu as its level. Returns the bins of the binned fit (empty for the
// exact one), for the guarded refit to start from.
BinnedData fitSelected(const ResidualSource& src, const float* mu, std::size_t n,
                       const Selection& sel, const NoiseFitOptions& o, NoiseFitResult& r,
                       NoiseFitTimings* t = nullptr, const float* noisy = nullptr,
                       const ClipLevels& levelClip = {}, const double* far = nullptr) {
  BinnedData d;
  if (o.binned) {
    {
      const StageTimer timer(stage(t, &NoiseFitTimings::binning));
      d = collectBinned(src, mu, n, sel, o.bins, o.threads, o.calibrateLevels && src.local());
    }
    r.pixelsUsed = d.count();
    const StageTimer timer(stage(t, &NoiseFitTimings::minimiser));
    if (d.count() > 0)
      minimise(d, o, r);
  } else {
    const ExactData exact = collectExact(src.y, mu, n, sel, o.calibrateLevels ? noisy : nullptr,
                                         levelClip, far, src.coupling);
    r.pixelsUsed = exact.count();
    if (exact.count() > 0)
      minimise(exact, exact.levelRange(), o, r);
  }
  if (r.pixelsUsed == 0)
    throw Error(ErrorKind::Input, "noise fit: no valid pixel left after masking");
  return d;
}

NoiseFitResult withClipInfo(const ClipCounts& clip, std::size_t n, const char* method) {
  NoiseFitResult r;
  r.method = method;
  r.clipLow = clip.levels.low;
  r.clipHigh = clip.levels.high;
  if (n > 0) {
    r.clippedLowFraction = double(clip.low) / double(n);
    r.clippedHighFraction = double(clip.high) / double(n);
  }
  return r;
}

// mu + (4 y - the 4 pixels `spacing` away from y) / sqrt(20) at interior pixels whose five values
// are finite and strictly inside the clip levels; NaN elsewhere (skipped by the fit). For noise
// of locally constant variance v, independent between pixels `spacing` apart, and a locally
// linear x, the difference has mean 0 and variance v, and it does not involve mu: the fit then
// reads none of mu's own error as noise. With `far` (the curvature correction), the four pixels
// twice as far must be so too, and the border is twice as wide.
std::vector<float> muPlusLocalDifference(const float* y, const float* mu, int width, int height,
                                         ClipLevels clip, bool far, int spacing) {
  const std::size_t w = std::size_t(width);
  std::vector<float> out(w * std::size_t(height), std::numeric_limits<float>::quiet_NaN());
  const auto inside = [&clip](float v) {
    return std::isfinite(v) && double(v) > clip.low && double(v) < clip.high;
  };
  const double norm = 1.0 / std::sqrt(20.0);
  const std::size_t s = std::size_t(std::max(1, spacing));
  const int e = localStencilReach(far, spacing);
  for (int row = e; row + e < height; ++row)
    for (std::size_t col = std::size_t(e); col + std::size_t(e) < w; ++col) {
      const std::size_t i = std::size_t(row) * w + col;
      const float c = y[i], l = y[i - s], r = y[i + s], u = y[i - s * w], d = y[i + s * w];
      if (!(inside(c) && inside(l) && inside(r) && inside(u) && inside(d)))
        continue;
      if (far && !(inside(y[i - 2 * s]) && inside(y[i + 2 * s]) && inside(y[i - 2 * s * w]) &&
                   inside(y[i + 2 * s * w])))
        continue;
      out[i] = static_cast<float>(mu[i] + (4.0 * c - l - r - u - d) * norm);
    }
  return out;
}

// The far local differences squared (farDifferenceBlock's values, stencils 2 * spacing wide) at
// every pixel at least that far from the border, 0 elsewhere.
std::vector<double> farSquaredDifferences(const float* y, int width, int height, int spacing) {
  const std::size_t w = std::size_t(width);
  std::vector<double> out(w * std::size_t(height), 0.0);
  const double norm = 1.0 / std::sqrt(20.0);
  const std::size_t f2 = 2 * std::size_t(std::max(1, spacing));
  const int e = int(f2);
  for (int row = e; row + e < height; ++row)
    for (std::size_t col = f2; col + f2 < w; ++col) {
      const std::size_t i = std::size_t(row) * w + col;
      const double f = (4.0 * y[i] - y[i - f2] - y[i + f2] - y[i - f2 * w] - y[i + f2 * w]) * norm;
      out[i] = f * f;
    }
  return out;
}

// Sets fewPixels and the warnings from the flags of a finished fit.
void flagFit(NoiseFitResult& r, const NoiseFitOptions& o) {
  r.fewPixels = r.pixelsUsed < kMinFitPixels;
  r.warnings.clear();
  if (r.atBound)
    r.warnings.push_back(
        r.a <= 0.0 ? "a constraint is active: a = 0 (no signal-dependent noise resolved)"
                   : fmt::format("a constraint is active: the variance a*mu + b reaches its "
                                 "floor at the lowest level used (mu = {:.4g})",
                                 r.levelMin));
  if (r.fewPixels)
    r.warnings.push_back(
        fmt::format("only {} pixels entered the fit (fewer than {})", r.pixelsUsed, kMinFitPixels));
  if (!r.converged && r.iterations > 0)
    r.warnings.push_back(
        fmt::format("Nelder-Mead did not converge in {} iterations", r.iterations));
  r.heavyClipping = r.clippedLowFraction + r.clippedHighFraction >= kHeavyClipFraction;
  if (r.heavyClipping)
    r.warnings.push_back(fmt::format("{:.1f}% of the pixels are clipped (from {:.0f}% on)",
                                     100.0 * (r.clippedLowFraction + r.clippedHighFraction),
                                     100.0 * kHeavyClipFraction));
  // false for NaN; a network that hides the neighbours the noise correlates with leaves all of
  // the pixel's noise in the residual (NoiseFitOptions::blindSpot).
  r.correlatedNoise = o.blindSpot <= 1 && r.noiseCorrelation > kCorrelatedNoiseFlag;
  if (r.correlatedNoise)
    r.warnings.push_back(correlatedNoiseWarning(r.noiseCorrelation));
}

// `correlation`: the frame's localDifferenceCorrelation where it was measured (NaN otherwise),
// recorded in the result before its flags are set.
NoiseFitResult fitPseudoClean(const float* y, const float* mu, std::size_t n,
                              const ClipCounts& clip, const NoiseFitOptions& o,
                              NoiseFitTimings* t = nullptr,
                              double correlation = std::numeric_limits<double>::quiet_NaN()) {
  NoiseFitResult r = withClipInfo(clip, n, "pseudo-clean");
  r.noiseCorrelation = correlation;
  Selection sel = makeSelection(y, mu, n, o, t);
  if (o.censorClipped && o.mask != FitMask::NoisyPercentile)
    sel.censor = clip.levels;
  fitSelected(ResidualSource::noisy(y), mu, n, sel, o, r, t);
  flagFit(r, o);
  return r;
}

// The local residual's fit on the exact per-pixel objective (NoiseFitOptions::binned false), with
// the guarded refit of NoiseFitter::fitFrame on the frame's residuals materialised.
NoiseFitResult fitLocalExact(const float* y, const float* mu, int width, int height,
                             const ClipCounts& clip, const Selection& sel, const NoiseFitOptions& o,
                             NoiseFitResult& r) {
  const std::size_t n = std::size_t(width) * std::size_t(height);
  std::vector<float> shifted = muPlusLocalDifference(y, mu, width, height, clip.levels,
                                                     o.curvatureCorrection, r.localSpacing);
  const std::vector<double> far = o.curvatureCorrection
                                      ? farSquaredDifferences(y, width, height, r.localSpacing)
                                      : std::vector<double>();
  const double* farOrNull = far.empty() ? nullptr : far.data();
  ResidualSource source = ResidualSource::noisy(shifted.data());
  source.coupling =
      selectionCoupling(o.stencilCoupling, o.curvatureCorrection, std::size_t(r.localSpacing));
  fitSelected(source, mu, n, sel, o, r, nullptr, y, clip.levels, farOrNull);
  flagFit(r, o);
  if (clip.low == 0 && clip.high == 0)
    return r;
  // The pixels of the first fit near a clip level.
  std::size_t guarded = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!sel.keep(shifted.data(), mu, i))
      continue;
    const double sd = std::sqrt(noiseVariance(mu[i], r.a, r.b));
    const bool nearLow = clip.low > 0 && mu[i] - clip.levels.low < kClipGuard * sd;
    const bool nearHigh = clip.high > 0 && clip.levels.high - mu[i] < kClipGuard * sd;
    if (nearLow || nearHigh) {
      shifted[i] = std::numeric_limits<float>::quiet_NaN();
      ++guarded;
    }
  }
  if (guarded > 0 && guarded < r.pixelsUsed) {
    fitSelected(source, mu, n, sel, o, r, nullptr, y, clip.levels, farOrNull);
    flagFit(r, o);
  }
  return r;
}

} // namespace

std::vector<float> localDifferenceSamples(const float* y, const float* mu, int width, int height,
                                          const NoiseFitOptions& o) {
  const std::size_t n = std::size_t(std::max(0, width)) * std::size_t(std::max(0, height));
  const int spacing = std::max(1, o.localSpacing);
  std::vector<float> out = muPlusLocalDifference(y, mu, width, height, clipLevels(y, n, o).levels,
                                                 o.curvatureCorrection, spacing);
  if (!o.curvatureCorrection)
    return out;
  // Each difference scaled by the square root of the curvature correction's factor at its level,
  // the factor built as the exact fit builds it (curvatureOf) but over every kept stencil: the fit
  // also leaves out the levels outside its percentile mask, so near the ends of the range the two
  // factors can differ a little.
  const std::vector<double> far = farSquaredDifferences(y, width, height, spacing);
  std::vector<float> levels;
  std::vector<double> r2, keptFar;
  for (std::size_t i = 0; i < n; ++i)
    if (std::isfinite(out[i]) && std::isfinite(mu[i])) {
      const double r = double(out[i]) - double(mu[i]);
      levels.push_back(mu[i]);
      r2.push_back(r * r);
      keptFar.push_back(far[i]);
    }
  const CurvatureCorrection curvature = curvatureOf(
      levels, r2, keptFar, selectionCoupling(o.stencilCoupling, true, std::size_t(spacing)));
  for (std::size_t i = 0; i < n; ++i)
    if (std::isfinite(out[i]) && std::isfinite(mu[i]))
      out[i] = static_cast<float>(mu[i] +
                                  (double(out[i]) - double(mu[i])) * std::sqrt(curvature(mu[i])));
  return out;
}

int localStencilReach(bool curvatureCorrection, int spacing) {
  return (curvatureCorrection ? 2 : 1) * std::max(1, spacing);
}

std::string fitMethodLabel(const NoiseFitResult& r) {
  if (r.method == "local-difference" && r.localSpacing > 1)
    return fmt::format("{} ({} px)", r.method, r.localSpacing);
  return r.method;
}

bool independentNoise(double correlation) {
  return correlation <= kIndependentNoiseCorrelation + kCorrelatedNoiseMargin;
}

namespace {

// Every verdict flag with the rule that raises it, in the order noiseFitFlags() lists them.
struct FlagRule {
  const char* name;
  bool (*raised)(const NoiseFitResult&);
};

constexpr FlagRule kFlagRules[] = {
    {"at-bound", [](const NoiseFitResult& r) { return r.atBound; }},
    {"few-pixels", [](const NoiseFitResult& r) { return r.fewPixels; }},
    {"not-converged", [](const NoiseFitResult& r) { return !r.converged && r.iterations > 0; }},
    {"heavy-clipping", [](const NoiseFitResult& r) { return r.heavyClipping; }},
    {"correlated-noise", [](const NoiseFitResult& r) { return r.correlatedNoise; }},
    {"undertrained", [](const NoiseFitResult& r) { return r.undertrained; }},
    {"unlike-training", [](const NoiseFitResult& r) { return r.unlikeTraining; }},
};

} // namespace

const std::vector<std::string>& noiseFitFlagNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> n;
    for (const FlagRule& rule : kFlagRules)
      n.emplace_back(rule.name);
    return n;
  }();
  return names;
}

std::string noiseFitFlags(const NoiseFitResult& r) {
  std::string flags;
  for (const FlagRule& rule : kFlagRules) {
    if (!rule.raised(r))
      continue;
    if (!flags.empty())
      flags += ';';
    flags += rule.name;
  }
  return flags.empty() ? "ok" : flags;
}

void addModelVerdict(NoiseFitResult& r, const std::string& undertrained,
                     const std::vector<std::string>& mismatches) {
  r.undertrained = !undertrained.empty();
  if (r.undertrained)
    r.warnings.push_back(undertrained);
  r.unlikeTraining = !mismatches.empty();
  if (r.unlikeTraining)
    r.warnings.push_back(
        fmt::format("image unlike the model's training data: {}", fmt::join(mismatches, "; ")));
}

std::string flaggedFitsLine(const std::vector<NoiseFitResult>& frames) {
  std::vector<std::string> flagged;
  std::vector<std::string> warnings;
  for (std::size_t f = 0; f < frames.size(); ++f) {
    if (noiseFitFlags(frames[f]) == "ok")
      continue;
    flagged.push_back(std::to_string(f));
    for (const std::string& w : frames[f].warnings)
      if (std::find(warnings.begin(), warnings.end(), w) == warnings.end())
        warnings.push_back(w);
  }
  if (flagged.empty())
    return "";
  const std::string where =
      frames.size() == 1 ? std::string()
                         : fmt::format(" on frame{} {} of {}", flagged.size() == 1 ? "" : "s",
                                       fmt::join(flagged, ", "), frames.size());
  return fmt::format("noise fit flagged{}: {}", where, fmt::join(warnings, "; "));
}

NoiseFitResult NoiseFitter::fit(const float* y, const float* mu, std::size_t n) const {
  return fitPseudoClean(y, mu, n, clipLevels(y, n, m_options), m_options);
}

NoiseFitResult NoiseFitter::fitFrame(const float* y, const float* mu, int width, int height,
                                     NoiseFitTimings* timings) const {
  const StageTimer timer(stage(timings, &NoiseFitTimings::total));
  const std::size_t n = std::size_t(std::max(0, width)) * std::size_t(std::max(0, height));
  const FitResidual residual = m_options.residual;
  const auto clipOf = [&] {
    const StageTimer clipTimer(stage(timings, &NoiseFitTimings::clip));
    return clipLevels(y, n, m_options);
  };
  const bool curvature = m_options.curvatureCorrection;
  const int fixedSpacing = std::max(1, m_options.localSpacing);
  const int smallest = 2 * localStencilReach(curvature, fixedSpacing) + 1;
  if (residual == FitResidual::PseudoClean ||
      (residual == FitResidual::Auto &&
       (width < std::max(4, smallest) || height < std::max(4, smallest))))
    return fitPseudoClean(y, mu, n, clipOf(), m_options, timings);
  if (width < smallest || height < smallest)
    throw Error(ErrorKind::Input,
                fmt::format("noise fit: the local-difference fit needs an image of at least "
                            "{0}x{0} pixels",
                            smallest));
  const ClipCounts clip = clipOf();
  double correlation = 0.0;
  {
    const StageTimer correlationTimer(stage(timings, &NoiseFitTimings::correlation));
    correlation = localDifferenceCorrelation(y, width, height, clip.levels.low, clip.levels.high,
                                             m_options.correlationPairs, m_options.threads)
                      .correlation;
  }
  int spacing = fixedSpacing;
  if (residual == FitResidual::Auto) {
    const StageTimer correlationTimer(stage(timings, &NoiseFitTimings::correlation));
    // Noise in grains: the smallest wider stencil over which the frame's noise measures as
    // independent, if any (NoiseFitOptions::localSpacing).
    const auto independentAt = [&](int s) {
      return s == 1
                 ? independentNoise(correlation)
                 : width > 2 * localStencilReach(curvature, s) &&
                       height > 2 * localStencilReach(curvature, s) &&
                       independentNoise(localDifferenceCorrelationAt(
                                            y, width, height, s, clip.levels.low, clip.levels.high,
                                            m_options.correlationPairs, m_options.threads)
                                            .correlation);
    };
    const int widest = m_options.localSpacing > 0 ? fixedSpacing : kMaxLocalSpacing;
    spacing = 0;
    for (int s = fixedSpacing; s <= widest && spacing == 0; ++s)
      if (independentAt(s))
        spacing = s;
  }
  if (spacing == 0)
    return fitPseudoClean(y, mu, n, clip, m_options, timings, correlation);
  NoiseFitResult r = withClipInfo(clip, n, "local-difference");
  r.noiseCorrelation = correlation;
  r.localSpacing = spacing;
  // An explicit percentile mask still reads the noisy image or mu; the default keeps every pixel
  // (FitMask::Auto). Clipped stencils are left out, not censored (a difference of clipped values
  // has no simple distribution).
  NoiseFitOptions localOptions = m_options;
  if (localOptions.mask == FitMask::Auto)
    localOptions.mask = FitMask::None;
  const Selection sel = makeSelection(y, mu, n, localOptions, timings);
  if (!m_options.binned)
    return fitLocalExact(y, mu, width, height, clip, sel, m_options, r);
  ResidualSource source =
      ResidualSource::localDifference(y, width, height, clip.levels, m_options.curvatureCorrection,
                                      spacing, m_options.stencilCoupling);
  const BinnedData first = fitSelected(source, mu, n, sel, m_options, r, timings);
  flagFit(r, m_options);
  if (clip.low == 0 && clip.high == 0)
    return r;
  // Near a level where pixels do clip, the unclipped stencils are a truncated sample whose
  // variance is too small: refit without the levels closer than kClipGuard noise standard
  // deviations (of the first fit) to it, when that leaves out some of the first fit's pixels but
  // not all. The bins come from the first fit's where they can (guardedFromFirstPass).
  source.guard = true;
  source.guardAt = {clip.low > 0 ? clip.levels.low : -kNoClipLevel,
                    clip.high > 0 ? clip.levels.high : kNoClipLevel};
  source.guardA = r.a;
  source.guardB = r.b;
  std::optional<BinnedData> d;
  {
    const StageTimer timer(stage(timings, &NoiseFitTimings::binning));
    d = guardedFromFirstPass(source, mu, n, sel, first, m_options.threads,
                             m_options.calibrateLevels);
    if (!d)
      d = collectBinned(source, mu, n, sel, m_options.bins, m_options.threads,
                        m_options.calibrateLevels);
  }
  const std::size_t guarded = first.count() - d->count();
  if (guarded > 0 && guarded < r.pixelsUsed) {
    r.pixelsUsed = d->count();
    const StageTimer timer(stage(timings, &NoiseFitTimings::minimiser));
    minimise(*d, m_options, r);
    flagFit(r, m_options);
  }
  return r;
}

double NoiseFitter::objective(const float* y, const float* mu, std::size_t n,
                              NoiseParams params) const {
  Selection sel = makeSelection(y, mu, n, m_options);
  if (m_options.censorClipped && m_options.mask != FitMask::NoisyPercentile)
    sel.censor = clipLevels(y, n, m_options).levels;
  const ExactData d = collectExact(y, mu, n, sel);
  if (d.count() == 0)
    throw Error(ErrorKind::Input, "noise fit: no valid pixel left after masking");
  return d(params.a, params.b);
}

} // namespace pgd
