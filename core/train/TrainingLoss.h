#pragma once
// The training loss of one batch of crops (nn/Losses.h): the uncalibrated or regularised loss of
// a blind-spot network, or N2V's masked loss with its own pixel manipulation drawn from `maskRng`.
// Called on the training thread, by training steps and by N2V's validation.
#include "nn/ModelImpl.h"
#include "train/TrainingConfig.h"

#include <torch/torch.h>

#include <random>

namespace pgd::training {

torch::Tensor batchLoss(ModelImpl& impl, LossKind kind, double lambda, const torch::Tensor& batch,
                        std::mt19937_64& maskRng);

} // namespace pgd::training
