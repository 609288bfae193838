#pragma once
// conv2dForTraining: torch::conv2d (stride 1, no dilation, one group) for training on the CPU,
// with its own backward pass. The forward values are torch::conv2d's, in the precision the
// thread's autocast state gives (nn/AutocastScope.h); the backward pass takes the input's gradient
// from oneDNN as LibTorch would, but the weight's and bias's gradients from LibTorch's im2col
// kernel (at::_slow_conv2d_backward). oneDNN's bfloat16 weight gradient ran at a third of the
// speed of its forward pass and made a bfloat16 training step no cheaper than a float32 one; in
// float32 only one-channel inputs gain (docs/TRAINING.md, "Training step profile"). Use it where
// those gain: bfloat16, or one input channel. Core-internal (includes LibTorch); same threading
// as the tensors it is given.
#include <array>
#include <cstdint>

#include <torch/torch.h>

namespace pgd {

torch::Tensor conv2dForTraining(const torch::Tensor& x, const torch::Tensor& weight,
                                const torch::Tensor& bias, std::array<std::int64_t, 2> padding);

} // namespace pgd
