#pragma once
// RealImageEvaluator: every method on one real noisy/clean pair under one protocol: the models
// train on the noisy frame itself (no clean data), then each result is scored against the clean
// reference with the set's PSNR convention. Methods: noisy input, median 3x3, curvature flow,
// N2V, ours (mu, posterior with the default fit mask, with the paper's mask, with local-difference
// a,b and with s2 as predicted), the posterior
// with ground-truth-fit a,b (same trained model, FitVariant::Fixed), and the regularized loss for
// each lambda when the settings ask for it. Optionally adds the image's noise-fit plot and crop
// gallery row to the manifest. Runs on the calling thread.
#include "DatasetCatalog.h"
#include "EvalTrainer.h"
#include "PlotManifest.h"
#include "ScoreRow.h"

#include <iosfwd>
#include <vector>

namespace pgd {

class RealImageEvaluator {
public:
  RealImageEvaluator(const EvalSettings& settings, const EvalTrainer& trainer, PlotManifest& plots,
                     std::ostream& log);
  std::vector<ScoreRow> evaluate(const ImagePair& pair, bool withPlots) const;

private:
  const EvalSettings& m_settings;
  const EvalTrainer& m_trainer;
  PlotManifest& m_plots;
  std::ostream& m_log;
};

} // namespace pgd
