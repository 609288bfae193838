#pragma once
// The undertrained rule: whether what model.json records says the model's training ended
// before the network had learned the image (docs/NOISE_FIT.md, "Quality verdict"). An
// undertrained mu inflates the pseudo-clean fit's a (docs/NOISE_FIT.md, "Residual"). Pure
// function; safe from any thread.
#include "nn/ModelInfo.h"

#include <string>

namespace pgd {

// Fewer steps than this: undertrained (the quick preset runs up to 4,000).
constexpr long kMinTrainedSteps = 500;
// A run stopped by its step limit or time budget whose validation loss still fell by more than
// this over its last quarter (ModelInfo::lateValidationGain; nats per pixel for the blind-spot
// losses) was still learning: undertrained.
constexpr double kLateValidationGainLimit = 0.01;

// "" for a model trained enough (or one whose model.json records too little to tell), else one
// short English line saying why it counts as undertrained.
std::string undertrainedReason(const ModelInfo& info);

} // namespace pgd
