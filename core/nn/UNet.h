#pragma once
// UNet: a plain U-Net (3x3 convs with ReLU, 2x2 max-pools, nearest upsampling with skip
// concatenation, linear 1x1 output) for the Noise2Void baseline. It has no blind spot: N2V
// training hides pixels by replacing them with random neighbours (see Losses.h). Core-internal
// (includes LibTorch). Not thread-safe: one thread per instance.
#include <torch/torch.h>

namespace pgd {

struct UNetOptions {
  int width = 32; // channels of the first level (doubled at each level down)
  int depth = 2;  // number of poolings
  int inChannels = 1;
};

class UNetImpl : public torch::nn::Module {
public:
  explicit UNetImpl(const UNetOptions& options = {});

  // x: N x C x H x W with H, W multiples of 2^depth. Returns N x C x H x W (mu).
  torch::Tensor forward(torch::Tensor x);

private:
  UNetOptions m_options;
  std::vector<torch::nn::Conv2d> m_down; // two per level plus two at the bottom
  std::vector<torch::nn::Conv2d> m_up;   // two per level
  torch::nn::Conv2d m_out{nullptr};
};
TORCH_MODULE(UNet);

} // namespace pgd
