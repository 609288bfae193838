#pragma once
// BlindSpotNet: the Laine et al. (2019) blind-spot U-Net as used by Khademi et al. (WACV 2021).
// The input and its 90/180/270 degree rotations pass through one shared branch of shifted
// convolutions and pools (receptive field: the pixel's row and those above it), are shifted down
// by (blindSpot + 1) / 2 rows, rotated back and concatenated (4 x 2*width channels); 1x1
// convolutions (8*width -> headWidth -> 2*width, LeakyReLU 0.1) and two linear 1x1 heads give mu
// and s. The output at a pixel never depends on the input in the blindSpot x blindSpot square
// centred on it: the pixel alone for Laine et al.'s net (blindSpot 1), a larger square for noise
// correlated between neighbouring pixels (docs/NOISE_FIT.md, "Correlated noise"). Also holds the
// regularized loss's learned noise scalars a' and b (official code), so the paper net has 1,265,860
// parameters. Core-internal (includes LibTorch). Not thread-safe: one thread per instance.
#include "nn/ModelInfo.h"

#include <torch/torch.h>

namespace pgd {

struct BlindSpotNetOptions {
  int width = 48;      // encoder channels; the decoder uses 2*width
  int headWidth = 384; // first 1x1 head width (8*width for the paper net)
  int inChannels = 1;
  // Side of the square the prediction never sees: 1 (the pixel only), 3 or 5.
  int blindSpot = 1;
};

class BlindSpotNetImpl : public torch::nn::Module {
public:
  explicit BlindSpotNetImpl(const BlindSpotNetOptions& options = {});

  // x: N x C x H x W with H, W multiples of 32. Returns N x 2C x H x W: mu then s. The four
  // rotations go through the branch as one batch (training and, where memory allows, inference).
  torch::Tensor forward(torch::Tensor x);
  // The same function (to float rounding) for inference with about a third of the peak memory:
  // the rotations run one after another and the 1x1 head in row bands. Needs grad mode off.
  torch::Tensor forwardLowMemory(const torch::Tensor& x);

  // Learned noise scalars of the regularized loss (a' and b, both initialised to 0).
  torch::Tensor& noiseAPrime() { return m_noiseAPrime; }
  torch::Tensor& noiseB() { return m_noiseB; }

  const BlindSpotNetOptions& options() const { return m_options; }

  // Draws the four 1x1 head layers afresh, as a new network initialises them (from torch's
  // global generator), and keeps every other weight: a warm start trains the base's features
  // with a new head (TrainingConfig::warmStartResetHead, docs/BASE_MODEL.md "A new head").
  void resetHead();

private:
  // Rows the branch output moves down: the blind square's half side plus the centre row.
  std::int64_t finalShift() const { return (m_options.blindSpot + 1) / 2; }
  torch::Tensor branch(torch::Tensor x);
  // The branch without its final shift down (forwardLowMemory shifts band by band).
  torch::Tensor branchUnshifted(torch::Tensor x);
  torch::Tensor head(const torch::Tensor& rotations);
  torch::Tensor shiftedConv(torch::nn::Conv2d& conv, const torch::Tensor& x);
  // Takes `features` by value and frees it as soon as it is read.
  torch::Tensor inputLevelConv(torch::Tensor features, const torch::Tensor& input);

  BlindSpotNetOptions m_options;
  std::vector<torch::nn::Conv2d> m_encoder; // enc_conv0..enc_conv6
  std::vector<torch::nn::Conv2d> m_decoder; // two per level, deepest level first
  torch::nn::Conv2d m_head1{nullptr};
  torch::nn::Conv2d m_head2{nullptr};
  torch::nn::Conv2d m_headMu{nullptr};
  torch::nn::Conv2d m_headS{nullptr};
  torch::Tensor m_noiseAPrime;
  torch::Tensor m_noiseB;
};
TORCH_MODULE(BlindSpotNet);

} // namespace pgd
