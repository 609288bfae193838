#pragma once
// Training losses (docs/ARCHITECTURE.md) as per-pixel maps, so the trainer can average them over
// training pixels or over held-out validation pixels alike. Core-internal (includes LibTorch).
// Pure functions; safe from any thread on tensors that thread owns.
#include <cstdint>
#include <random>

#include <torch/torch.h>

namespace pgd {

constexpr double kUncalibratedVarianceFloor = 1e-3;

// (y - mu)^2 / v + log v with v = s^2 + 1e-3.
torch::Tensor uncalibratedLossMap(const torch::Tensor& y, const torch::Tensor& mu,
                                  const torch::Tensor& s);

// The regularized (Poisson-Gaussian) noise gain a = softplus(a' - 4) + 1e-3.
torch::Tensor regularizedNoiseA(const torch::Tensor& aPrime);

// (y - mu)^2 / v + log v + lambda * |s| with v = s^2 + max(a * max(mu, 1e-3) + b, 1e-3).
torch::Tensor regularizedLossMap(const torch::Tensor& y, const torch::Tensor& mu,
                                 const torch::Tensor& s, const torch::Tensor& aPrime,
                                 const torch::Tensor& b, double lambda);

// Mean of `map` over the pixels where `mask` is 1 (mask 0/1, same shape).
torch::Tensor maskedMean(const torch::Tensor& map, const torch::Tensor& mask);

// Noise2Void pixel manipulation: in each cell of a grid with about 1/fraction pixels per cell,
// one random pixel is replaced by a random other pixel of its 5x5 neighbourhood. `y` is a CPU
// float tensor N x 1 x H x W. Returns the manipulated input and the 0/1 mask of replaced pixels.
struct N2VBatch {
  torch::Tensor input;
  torch::Tensor mask;
};
N2VBatch n2vManipulate(const torch::Tensor& y, double fraction, std::mt19937_64& rng);

// Masked MSE of the N2V baseline: mean over masked pixels of (y - prediction)^2.
torch::Tensor n2vLoss(const torch::Tensor& y, const torch::Tensor& prediction,
                      const torch::Tensor& mask);

} // namespace pgd
