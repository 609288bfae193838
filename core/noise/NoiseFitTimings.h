#pragma once
// NoiseFitTimings: where the time of one noise fit goes, stage by stage, as CPU time of the whole
// process (all threads) and wall time. NoiseFitter::fitFrame fills it when asked (pgdenoise bench,
// bench/noise); a stage that runs twice (the guarded refit) adds up. Plain data.
namespace pgd {

struct NoiseFitStageTime {
  double cpuMs = 0.0;
  double wallMs = 0.0;
};

struct NoiseFitTimings {
  NoiseFitStageTime clip;        // clip levels: detected, or the pixels at the given ones counted
  NoiseFitStageTime correlation; // the local-difference correlation (auto and local residuals)
  NoiseFitStageTime percentiles; // the percentile mask's levels
  NoiseFitStageTime binning;     // the residual and the bins of mu
  NoiseFitStageTime nelderMead;  // the minimisation on the bins
  NoiseFitStageTime total;       // the whole fit
};

} // namespace pgd
