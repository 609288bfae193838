#include "noise/ExactObjective.h"

#include "noise/LevelCalibration.h"
#include "noise/LevelSums.h"

namespace pgd::noisefit {

namespace {

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

} // namespace

CurvatureCorrection curvatureOf(const std::vector<float>& mu, const std::vector<double>& r2,
                                const std::vector<double>& far, const StencilCoupling* coupling) {
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

ExactData collectExact(const float* y, const float* mu, std::size_t n, const Selection& sel,
                       const float* levelY, const ClipLevels& levelClip, const double* far,
                       const StencilCoupling* coupling) {
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

} // namespace pgd::noisefit
