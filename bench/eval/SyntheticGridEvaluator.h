#pragma once
// SyntheticGridEvaluator: the paper's synthetic experiment (Tables 2 and 3) on one clean image:
// for every (lambda, sigma) cell, y = a*Poisson(x/a) + N(0, b) with a = 1/lambda,
// b = (sigma/255)^2 on x in [0,1] (no clipping). On every cell: the ground-truth fit and the Foi
// estimate. On the cells the settings select: our uncalibrated model trained on that noisy image
// (pseudo-clean fit, posterior, and posterior with the ground-truth a,b) and optionally N2V.
// Runs on the calling thread.
#include "EvalTrainer.h"
#include "PlotManifest.h"
#include "ScoreRow.h"
#include "SyntheticCell.h"

#include <iosfwd>
#include <vector>

namespace pgd {

class SyntheticGridEvaluator {
public:
  SyntheticGridEvaluator(const EvalSettings& settings, const EvalTrainer& trainer,
                         PlotManifest& plots, std::ostream& log);
  // `rows` receives one ScoreRow per (cell, method) for per_image.csv.
  std::vector<SyntheticCell> evaluate(std::vector<ScoreRow>& rows) const;

private:
  const EvalSettings& m_settings;
  const EvalTrainer& m_trainer;
  PlotManifest& m_plots;
  std::ostream& m_log;
};

} // namespace pgd
