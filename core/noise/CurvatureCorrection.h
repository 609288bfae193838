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
// (docs/NOISE_FIT.md, "Curvature correction"). Built once per fit, then read-only: safe to share
// between threads.

#include <vector>

namespace pgd {

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
  // groups' worth of pixels gives no correction.
  static CurvatureCorrection fromSums(const std::vector<double>& count,
                                      const std::vector<double>& sumMu,
                                      const std::vector<double>& sumNear,
                                      const std::vector<double>& sumFar);

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
