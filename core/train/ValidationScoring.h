#pragma once
// The held-out scores of a network on the run's validation blocks (Trainer::validationScores,
// docs/TRAINING.md "Choosing the checkpoint"): blind-spot networks predicted with the denoiser's
// wide context and in crop-sized tiles, N2V on the blocks alone. Called on the training thread.
#include "nn/ModelImpl.h"
#include "train/Trainer.h"
#include "train/TrainingConfig.h"
#include "train/TrainingFrames.h"
#include "train/ValidationSplit.h"

namespace pgd::training {

// The mu-error criterion needs a blind-spot prediction; N2V's masked loss already is a held-out
// MSE, so N2V always selects by its loss.
bool selectsByMuError(const TrainingConfig& c);

// The scores of `impl` on the validation blocks of `split` in `frames`.
ValidationScores validationScoresOf(ModelImpl& impl, const TrainingConfig& config,
                                    const Frames& frames, const ValidationSplit& split);

} // namespace pgd::training
