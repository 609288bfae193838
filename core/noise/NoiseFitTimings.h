#pragma once
// NoiseFitTimings: where the time of one noise fit goes, stage by stage, as CPU time of the whole
// process (all threads), CPU time of the calling thread and wall time. NoiseFitter::fitFrame fills
// it when asked (pgdenoise bench, bench/noise); a stage that runs twice (the guarded refit) adds
// up. Plain data.
namespace pgd {

struct NoiseFitStageTime {
  double cpuMs = 0.0;
  // The calling thread's CPU time: it takes the first share of every pass and all the serial
  // work, and the other threads run equal shares beside it, so on free cores the wall time is
  // about this (on a loaded machine wallMs is larger; docs/TRAINING.md, "Noise fit speed").
  double threadMs = 0.0;
  double wallMs = 0.0;
};

struct NoiseFitTimings {
  NoiseFitStageTime clip;        // clip levels: detected, or the pixels at the given ones counted
  NoiseFitStageTime correlation; // the local-difference correlation (auto and local residuals)
  NoiseFitStageTime percentiles; // the percentile mask's levels
  NoiseFitStageTime binning;     // the residual and the bins of mu
  NoiseFitStageTime minimiser;   // the minimisation (Newton or Nelder-Mead) on the bins
  NoiseFitStageTime total;       // the whole fit
};

} // namespace pgd
