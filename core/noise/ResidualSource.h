#pragma once
// What the noise fit reads as each pixel's noisy value: the noisy image itself (the paper's
// residual y - mu) or mu plus a local second difference of it (the local residual), block by block
// for the binning pass (ResidualSource) or written out for a whole frame (muPlusLocalDifference).
// Any thread; a ResidualSource is read-only while passes run.
#include "image/Normalization.h"
#include "noise/LevelCalibration.h"
#include "noise/NoiseFitter.h"
#include "noise/StencilCoupling.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace pgd::noisefit {

// The local residual's refit leaves out the levels closer than this many noise standard
// deviations to a level where pixels clip (NoiseFitter::fitFrame).
constexpr double kClipGuard = LevelCalibration::kClipGuard;

// The coupling whose selection by mu the curvature correction takes out for a local fit over
// `spacing`: only the one-pixel stencil's is measured (noise/StencilCoupling.h); null otherwise.
const StencilCoupling* selectionCoupling(const StencilCoupling& coupling, bool curvature,
                                         std::size_t spacing);

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
                      double* far) const;

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

// mu + (4 y - the 4 pixels `spacing` away from y) / sqrt(20) at interior pixels whose five values
// are finite and strictly inside the clip levels; NaN elsewhere (skipped by the fit). For noise
// of locally constant variance v, independent between pixels `spacing` apart, and a locally
// linear x, the difference has mean 0 and variance v, and it does not involve mu: the fit then
// reads none of mu's own error as noise. With `far` (the curvature correction), the four pixels
// twice as far must be so too, and the border is twice as wide.
std::vector<float> muPlusLocalDifference(const float* y, const float* mu, int width, int height,
                                         ClipLevels clip, bool far, int spacing);

// The far local differences squared (farDifferenceBlock's values, stencils 2 * spacing wide) at
// every pixel at least that far from the border, 0 elsewhere.
std::vector<double> farSquaredDifferences(const float* y, int width, int height, int spacing);

} // namespace pgd::noisefit
