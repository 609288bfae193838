#include "nn/UNet.h"

#include <string>

namespace pgd {
namespace {

torch::nn::Conv2d makeConv(int in, int out, int kernel, const std::string& name,
                           torch::nn::Module& owner) {
  auto conv = owner.register_module(
      name, torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel).padding(kernel / 2)));
  torch::nn::init::kaiming_normal_(conv->weight, 0.0, torch::kFanIn, torch::kReLU);
  torch::nn::init::zeros_(conv->bias);
  return conv;
}

} // namespace

UNetImpl::UNetImpl(const UNetOptions& options) : m_options(options) {
  int in = options.inChannels;
  for (int level = 0; level <= options.depth; ++level) {
    const int c = options.width << level;
    m_down.push_back(makeConv(in, c, 3, "down" + std::to_string(level) + "a", *this));
    m_down.push_back(makeConv(c, c, 3, "down" + std::to_string(level) + "b", *this));
    in = c;
  }
  for (int level = options.depth - 1; level >= 0; --level) {
    const int c = options.width << level;
    m_up.push_back(makeConv(in + c, c, 3, "up" + std::to_string(level) + "a", *this));
    m_up.push_back(makeConv(c, c, 3, "up" + std::to_string(level) + "b", *this));
    in = c;
  }
  m_out = makeConv(in, options.inChannels, 1, "out", *this);
}

torch::Tensor UNetImpl::forward(torch::Tensor x) {
  std::vector<torch::Tensor> skips;
  auto n = x;
  for (int level = 0; level <= m_options.depth; ++level) {
    n = torch::relu(m_down[2 * level]->forward(n));
    n = torch::relu(m_down[2 * level + 1]->forward(n));
    if (level < m_options.depth) {
      skips.push_back(n);
      n = torch::max_pool2d(n, {2, 2}, {2, 2});
    }
  }
  for (int i = 0; i < m_options.depth; ++i) {
    n = torch::upsample_nearest2d(n, {n.size(2) * 2, n.size(3) * 2});
    n = torch::cat({n, skips.back()}, 1);
    skips.pop_back();
    n = torch::relu(m_up[2 * i]->forward(n));
    n = torch::relu(m_up[2 * i + 1]->forward(n));
  }
  return m_out->forward(n);
}

} // namespace pgd
