#include "noise/BinnedObjective.h"

#include "noise/CurvatureCorrection.h"
#include "noise/LevelCalibration.h"
#include "noise/LevelSums.h"
#include "noise/NoiseLikelihood.h"

#include <cmath>

namespace pgd::noisefit {

void BinnedData::pack(bool calibrate, const ClipLevels& levelClip, bool correctCurvature,
                      const StencilCoupling* coupling) {
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

double BinnedData::operator()(double a, double b) const {
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

} // namespace pgd::noisefit
