#pragma once
// StopOracleEvaluator (docs/ARCHITECTURE.md#goals): is the default automatic stop (best validation
// checkpoint, stop after `earlyStopPatience` validations without improvement) as good as the best
// of a sweep over fixed step counts? Trains our uncalibrated model once per image with early
// stopping switched off, scores the current weights at every validation (the weights a run fixed
// to that many steps would end with), then replays the trainer's stopping rule on the recorded
// validation losses. The clean image is used only to score, never to decide. Runs on the calling
// thread.
#include "DatasetCatalog.h"
#include "EvalTrainer.h"
#include "OracleImage.h"

#include <iosfwd>
#include <vector>

namespace pgd {

class StopOracleEvaluator {
public:
  StopOracleEvaluator(const EvalSettings& settings, const EvalTrainer& trainer, std::ostream& log);
  OracleImage evaluate(const ImagePair& pair) const;

  // The trainer's stopping rule replayed on a validation history: index of the checkpoint it
  // returns and the index where it stops (last index when it never stops).
  static std::pair<int, int> replayAutoStop(const std::vector<double>& validationLosses,
                                            int patience, double threshold);

private:
  const EvalSettings& m_settings;
  const EvalTrainer& m_trainer;
  std::ostream& m_log;
};

} // namespace pgd
