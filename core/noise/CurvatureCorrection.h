#pragma once
// CurvatureCorrection: the share of the local difference's mean square that is the clean image's
// own structure, removed level by level. The local difference L1 = (4y - the four neighbours) /
// sqrt(20) reads, besides the noise, the clean image's curvature at the pixel, and on real
// structure (edges, texture of a pixel or two) that adds a little variance where the image is
// bright: the fitted slope a comes out steep. The same stencil with the neighbours two pixels
// away, L2, holds noise of the same variance (noise independent from pixel to pixel) and reads
// the structure more strongly, so
//
//     (4 E[L1^2] - E[L2^2]) / 3
//
// cancels structure whose L2 response is twice L1's (the Richardson step for that ratio) and
// leaves the noise. Per group of pixels of similar mu, the factor (4 S1 - S2) / (3 S1) (S1, S2:
// the group's sums of L1^2 and L2^2) scales the group's squared local differences
// (docs/NOISE_FIT.md, "Curvature correction"). Given the network's coupling to the stencils
// (noise/StencilCoupling.h), each group's sums first lose the variance that grouping by mu selects
// (docs/NOISE_FIT.md, "Selection by mu"). Built once per fit, then read-only: safe to share
// between threads.

#include "noise/StencilCoupling.h"

#include <vector>

namespace pgd {

// The selection by mu that CurvatureCorrection takes out: mu's coupling to the near and the far
// stencil's pixels level by level (not owned; null: none), and the width in mu of the intervals the
// sums come in (equal widths).
struct SelectionByMu {
  const StencilCoupling* coupling = nullptr;
  double intervalWidth = 0.0;
};

class CurvatureCorrection {
public:
  // The pixels are grouped by mu as LevelCalibration groups them (equalCountGroups: at least
  // 2,000 pixels each, so the factor's standard error is about 1%).
  // A group's factor is kept at or above kMinFactor: the noise alone gives 1, at most 4/3 (L2 = 0),
  // and the bound only keeps a group of pathological data from making its variance vanish.
  static constexpr double kMinFactor = 0.25;

  // No correction (factor 1 everywhere).
  CurvatureCorrection() = default;

  // From sums over consecutive intervals of mu in increasing order (empty intervals allowed):
  // pixel counts, sums of mu, of L1^2 and of L2^2. The intervals are merged into groups of equal
  // count (LevelCalibration::equalCountGroups); each group's (mean mu, factor) is a knot and the
  // factor is interpolated linearly between knots, constant beyond the end knots. Fewer than two
  // groups' worth of pixels gives no correction. With a selection, a group's sums of L1^2 and L2^2
  // each lose W^2 v^2 (p''/p summed over its pixels) / 20, W^2 the near or far coupling at the
  // group's mean mu (StencilCoupling::nearAt, farAt), v the group's noise variance (its
  // curvature-corrected mean of L1^2 after the correction: a few fixed-point steps), p mu's density
  // smoothed over the spread the stencil's noise gives mu, 2 w sqrt(mean v) with w the coupling's
  // rmsWeight; the factor then scales the group's L1^2 to what is left.
  static CurvatureCorrection fromSums(const std::vector<double>& count,
                                      const std::vector<double>& sumMu,
                                      const std::vector<double>& sumNear,
                                      const std::vector<double>& sumFar,
                                      const SelectionByMu& selection = {});
  // p''/p of the density the counts over equal intervals sample, smoothed by a Gaussian of
  // `bandwidth` intervals (at least one), per interval, in 1/interval^2; 0 where the smoothed
  // density is 0.
  static std::vector<double> densityCurvature(const std::vector<double>& count, double bandwidth);

  bool identity() const { return m_mu.size() < 2; }
  // The factor that scales the squared local differences of the pixels at level mu.
  double operator()(double mu) const;

  const std::vector<double>& knotMu() const { return m_mu; }
  const std::vector<double>& knotFactor() const { return m_factor; }

private:
  std::vector<double> m_mu;
  std::vector<double> m_factor;
};

} // namespace pgd
