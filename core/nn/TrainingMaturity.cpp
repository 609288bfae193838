#include "nn/TrainingMaturity.h"

#include <fmt/format.h>

#include <cmath>

namespace pgd {
namespace {

bool startsWith(const std::string& s, const char* prefix) {
  return s.rfind(prefix, 0) == 0;
}

} // namespace

std::string undertrainedReason(const ModelInfo& info) {
  // The stop reasons are the texts of core/train/Trainer.h's TrainingResult::stopReason.
  const std::string& r = info.stopReason;
  // A base model (per-image normalisation, docs/BASE_MODEL.md) is a starting point pretrained on
  // many images for a fixed budget, not a model of the image at hand: the rule does not apply.
  if (info.perImageNormalization)
    return "";
  if (startsWith(r, "cancelled") || startsWith(r, "diverged") || startsWith(r, "out of memory"))
    return fmt::format("model undertrained: its training stopped early ({})", r);
  // steps 0 with no stop reason: a model.json that records no training (nothing to tell). A warm
  // start (info.base) begins from the pretrained base's steps, so its own count says little.
  if (info.steps < kMinTrainedSteps && !(info.steps == 0 && r.empty()) && !info.base)
    return fmt::format("model undertrained: trained only {} steps (fewer than {})", info.steps,
                       kMinTrainedSteps);
  const bool stoppedByLimit = r == "step limit" || r == "time budget";
  if (stoppedByLimit && std::isfinite(info.lateValidationGain) &&
      info.lateValidationGain > kLateValidationGainLimit)
    return fmt::format("model undertrained: stopped by its {} while the validation loss was "
                       "still falling ({:.3g} over the last quarter)",
                       r, info.lateValidationGain);
  return "";
}

} // namespace pgd
