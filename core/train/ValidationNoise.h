#pragma once

#include <cstdint>

#include <torch/torch.h>

namespace pgd {

// How much white noise the validation adds to its inputs when the network hides more than the
// pixel itself (NetworkSpec::blindSpot > 1), as a fraction of validationNoiseScale().
//
// Why: such a network is trained on noise correlated between neighbours. Noise smoothed by a
// kernel reaching past the hidden square (an interpolation kernel's lobes) shares terms with
// pixels beyond it, and a large receptive field can learn sums of many of them that recover part
// of the pixel's noise. The held-out loss rewards that while the denoised image gets worse: on
// FMD widefield BPAE G the default 10-minute run fell from 24.9 dB after 3 minutes to 21.8 dB.
// Our reading of the measurements is that such sums are finely balanced: a little white noise in
// the inputs breaks them and barely moves a prediction of the signal, which averages over many
// pixels. Validating on inputs with that noise makes the checkpoint choice and the automatic
// stop see the extrapolation as no gain (docs/NOISE_FIT.md, "Correlated noise": 0.2 still let
// the onset count as a gain there, 0.5 stopped the run before it). Training inputs stay as they
// are.
constexpr double kValidationNoiseFraction = 0.5;
// The fraction a network with this blind spot (NetworkSpec::blindSpot) validates with:
// kValidationNoiseFraction above 1, else 0 (noise independent from pixel to pixel cannot be
// extrapolated, and the one-pixel runs keep the validation they were measured with).
constexpr double validationNoiseFraction(int blindSpot) {
  return blindSpot > 1 ? kValidationNoiseFraction : 0.0;
}

// A robust enough scale of a window's noise: the standard deviation of its horizontal neighbour
// differences over sqrt(2) (the noise's own standard deviation for noise independent from pixel
// to pixel on a smooth image; less for grains, more where structure is strong).
double validationNoiseScale(const torch::Tensor& window);

// `window` (N x 1 x H x W, float) plus `fraction` x validationNoiseScale(window) x N(0, 1) drawn
// from a generator seeded with `seed`: the same window and seed give the same noise, so every
// validation of a run scores the same inputs. fraction 0 returns `window` itself.
torch::Tensor withValidationNoise(const torch::Tensor& window, double fraction, std::uint64_t seed);

} // namespace pgd
