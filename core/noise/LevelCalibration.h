#pragma once
// LevelCalibration: the clean level each value of the network's mean mu stands for, read off the
// noisy image itself. The blind-spot network computes mu_i without y_i, so pixel i's noise is
// independent of mu_i and E[y | mu] = E[x | mu]: the mean of the noisy values of the pixels at one
// level of mu is an unbiased estimate of their clean level. A briefly trained mu is not that
// level (it follows its neighbours' noise in flat regions and flattens bright structures), and a
// fit of var = a*x + b that reads mu as x gets a wrong slope; at calibrated levels it does not
// (docs/NOISE_FIT.md, "Calibrated levels"). Built once per fit, then read-only: safe to share
// between threads.

#include "image/NoClipLevel.h"

#include <vector>

namespace pgd {

class LevelCalibration {
public:
  // Groups of consecutive intervals need at least this many pixels each, and there are at most
  // kMaxGroups: each group's mean of y then has a standard error under 2.3% of the noise's.
  static constexpr double kMinGroupPixels = 2000.0;
  static constexpr int kMaxGroups = 48;

  // The identity map.
  LevelCalibration() = default;

  // From sums over consecutive intervals of mu in increasing order (empty intervals allowed):
  // pixel counts, sums of mu and sums of y. The intervals are merged into up to kMaxGroups
  // groups of equal count; each group's (mean mu, mean y) is a knot, the knots' levels are made
  // non-decreasing in mu (pool adjacent violators) and the map interpolates them linearly, with
  // slope 1 beyond the end knots. Fewer than two groups' worth of pixels gives the identity.
  static LevelCalibration fromSums(const std::vector<double>& count,
                                   const std::vector<double>& sumMu,
                                   const std::vector<double>& sumY);

  // fromSums, leaving out the intervals whose mean level lies within kClipGuard residual
  // standard deviations (sqrt(sumR2 / count), sumR2 the intervals' sums of (y - mu)^2) of a clip
  // level: there the unclipped pixels are a truncated sample whose mean y is not their level (the
  // map continues with slope 1 past its last knot). clipLow, clipHigh at or beyond -+kNoClipLevel:
  // none.
  static constexpr double kClipGuard = 2.5;
  static LevelCalibration fromSumsAwayFromClipping(std::vector<double> count,
                                                   std::vector<double> sumMu,
                                                   std::vector<double> sumY,
                                                   const std::vector<double>& sumR2, double clipLow,
                                                   double clipHigh);

  // The equal-count groups of consecutive intervals that fromSums (and CurvatureCorrection) use:
  // group g closes once the running count reaches (g + 1) / G of the total, G = min(kMaxGroups,
  // total / kMinGroupPixels). For each interval its group, -1 for an empty one; empty when G < 2.
  static std::vector<int> equalCountGroups(const std::vector<double>& count);

  bool identity() const { return m_mu.size() < 2; }
  // The calibrated level of mu, and the map's slope there (1 outside the knots).
  double operator()(double mu) const;
  double slope(double mu) const;

  // The knots: mean mu of each group and its calibrated level (non-decreasing).
  const std::vector<double>& knotMu() const { return m_mu; }
  const std::vector<double>& knotLevel() const { return m_level; }

private:
  std::vector<double> m_mu;
  std::vector<double> m_level;
};

} // namespace pgd
