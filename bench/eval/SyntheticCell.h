#pragma once
// SyntheticCell: the results for one (lambda, sigma) cell of the synthetic grid: the true a,b,
// the estimates (ours with either residual, ground-truth fit, Foi) in [0,1] units (the paper's),
// and PSNRs (range 1). Values are NaN where a method did not run on the cell. Plain value.
#include "noise/NoiseParams.h"

#include <limits>

namespace pgd {

struct SyntheticCell {
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

  double lambda = 0.0;
  double sigma = 0.0;
  NoiseParams truth;
  NoiseParams groundTruth;
  NoiseParams foi;
  bool hasOurs = false;
  NoiseParams ours;      // pseudo-clean fit (the paper's residual y - mu)
  NoiseParams oursPaper; // local-difference fit (--residual local)
  double psnrNoisy = kNone;
  double psnrMu = kNone;
  double psnrPosterior = kNone;
  double psnrPosteriorPaper = kNone;
  double psnrGroundTruth = kNone;
  double psnrN2v = kNone;
};

} // namespace pgd
