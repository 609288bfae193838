#pragma once
// EvalTrainer: trains the models the evaluation compares, all from the same preset and budget so
// that every method gets the same protocol: the blind-spot net with the uncalibrated or the
// regularized loss, or the N2V U-Net. Prints one line per validation to the log stream. Runs on
// the calling thread.
#include "EvalSettings.h"
#include "train/Trainer.h"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace pgd {

enum class EvalModelKind { Uncalibrated, Regularized, N2V };

class EvalTrainer {
public:
  EvalTrainer(const EvalSettings& settings, std::ostream& log);

  // The config a model of `kind` gets (lambda only for Regularized).
  TrainingConfig config(EvalModelKind kind, double lambda = 0.0) const;
  // Trains on `data` (raw units); `tag` names the run in the log.
  TrainingResult train(const std::vector<ImageStack>& data, EvalModelKind kind,
                       const std::string& tag, double lambda = 0.0) const;
  // Points `trainer` (built from config(kind)) at the built-in base model when the settings start
  // from it and the config trains the base's network; returns whether it did.
  bool startFromBase(Trainer& trainer, const TrainingConfig& config) const;
  // The built-in base model when the settings start from it (loaded once), else nullptr.
  const Model* base() const { return m_base ? &*m_base : nullptr; }

private:
  const EvalSettings& m_settings;
  std::ostream& m_log;
  std::optional<Model> m_base; // the built-in base model, loaded once when the settings use it
};

} // namespace pgd
