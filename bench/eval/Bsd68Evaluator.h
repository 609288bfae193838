#pragma once
// Bsd68Evaluator: the paper's Table 8 protocol: Gaussian noise sigma 25 (0..255 units, not
// clipped) on the BSD Train400 crops for training and on the BSD68 test images for scoring
// (PSNR range 255). Trains our uncalibrated model and N2V once on all noisy training crops, then
// scores noisy, ours mu, ours posterior (per-image full a,b fit) and N2V on every test image.
// Meant for a GPU with the paper preset. Runs on the calling thread.
#include "EvalTrainer.h"
#include "ScoreRow.h"

#include <iosfwd>
#include <vector>

namespace pgd {

class Bsd68Evaluator {
public:
  Bsd68Evaluator(const EvalSettings& settings, const EvalTrainer& trainer, std::ostream& log);
  std::vector<ScoreRow> evaluate() const;

private:
  const EvalSettings& m_settings;
  const EvalTrainer& m_trainer;
  std::ostream& m_log;
};

} // namespace pgd
