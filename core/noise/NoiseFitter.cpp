#include "noise/NoiseFitter.h"

#include "job/Error.h"
#include "noise/BinCollection.h"
#include "noise/ClipDetection.h"
#include "noise/CurvatureCorrection.h"
#include "noise/ExactObjective.h"
#include "noise/FitMinimiser.h"
#include "noise/FitSelection.h"
#include "noise/FitVerdict.h"
#include "noise/LocalDifferenceCorrelation.h"
#include "noise/NoiseLikelihood.h"
#include "noise/Quantiles.h"
#include "noise/ResidualSource.h"
#include "noise/StageTimer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <vector>

namespace pgd {

// The fit's parts (noise/ClipDetection.h, FitSelection.h, ResidualSource.h, ExactObjective.h,
// BinnedObjective.h, BinCollection.h, FitMinimiser.h, FitVerdict.h) live in pgd::noisefit.
using namespace noisefit;

namespace {

// The slot of one stage in `t`, or null when no timings are asked for.
NoiseFitStageTime* stage(NoiseFitTimings* t, NoiseFitStageTime NoiseFitTimings::*which) {
  return t ? &(t->*which) : nullptr;
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

NoiseFitResult constantFrameResult(const std::string& warning) {
  NoiseFitResult r;
  r.method = "none (constant frame)";
  r.converged = true;
  r.constantFrame = true;
  r.warnings.push_back(warning);
  return r;
}

std::string fitMethodLabel(const NoiseFitResult& r) {
  if (r.method == "local-difference" && r.localSpacing > 1)
    return fmt::format("{} ({} px)", r.method, r.localSpacing);
  return r.method;
}

bool independentNoise(double correlation) {
  return correlation <= kIndependentNoiseCorrelation + kCorrelatedNoiseMargin;
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
