#include "nn/BlindSpotNet.h"

#include "nn/AutocastScope.h"

#include <algorithm>
#include <string>

namespace pgd {
namespace {

namespace F = torch::nn::functional;

constexpr double kSlope = 0.1;
constexpr int kLevels = 5;
// Pixels per row band of the low-memory head (~32 MB of 8*width channels for the paper net).
constexpr std::int64_t kHeadBandPixels = 1 << 16;

torch::nn::Conv2d makeConv(int in, int out, int kernel, const std::string& name,
                           torch::nn::Module& owner) {
  auto conv =
      owner.register_module(name, torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)));
  torch::nn::init::kaiming_normal_(conv->weight, kSlope, torch::kFanIn, torch::kLeakyReLU);
  torch::nn::init::zeros_(conv->bias);
  return conv;
}

// Shift the image content down by one row: pad a zero row on top, drop the bottom row.
torch::Tensor shiftDown(const torch::Tensor& x) {
  const auto h = x.size(2);
  return F::pad(x, F::PadFuncOptions({0, 0, 1, 0})).narrow(2, 0, h);
}

// A valid 3x3 convolution of x padded by 2 rows on top and 1 column left and right, without the
// padded copy: the convolution's own zero padding (2 rows, 1 column on every side) computes two
// rows too many at the bottom, which are dropped. The padded copies (a fill and a copy of every
// activation) took a sixth of a bfloat16 inference pass (docs/TRAINING.md, "CPU fast path").
torch::Tensor shiftedConvRaw(const torch::Tensor& x, const torch::Tensor& weight,
                             const torch::Tensor& bias) {
  return torch::conv2d(x, weight, bias, 1, {2, 1}).narrow(2, 0, x.size(2));
}

// A copy of x with the channels-last layout, which every later layer keeps: oneDNN's bfloat16
// convolutions run faster on it (docs/TRAINING.md, "CPU fast path"). x.contiguous() would not do
// for one channel, where both layouts count as contiguous.
torch::Tensor channelsLast(const torch::Tensor& x) {
  auto out = torch::empty(x.sizes(), x.options().memory_format(torch::MemoryFormat::ChannelsLast));
  return out.copy_(x);
}

torch::Tensor leaky(const torch::Tensor& x) {
  return torch::leaky_relu(x, kSlope);
}

torch::Tensor shiftedPool(const torch::Tensor& x) {
  if (torch::GradMode::is_enabled())
    return torch::max_pool2d(shiftDown(x), {2, 2}, {2, 2});
  // Inference: the same maxima from strided views, without the shifted copy and without the
  // int64 argmax indices max_pool2d writes (it spent more time writing them than comparing).
  // Output row j pools input rows 2j - 1 and 2j; row -1 is the zero row shiftDown adds.
  const auto h = x.size(2);
  const auto w = x.size(3);
  const auto pairMax = [w](const torch::Tensor& rows) {
    return torch::maximum(rows.slice(3, 0, w, 2), rows.slice(3, 1, w, 2));
  };
  auto out = pairMax(x.slice(2, 0, h, 2)); // rows 0, 2, 4, ...
  out.narrow(2, 0, 1).clamp_min_(0.0);
  auto below = out.narrow(2, 1, h / 2 - 1);
  at::maximum_out(below, below, pairMax(x.slice(2, 1, h - 1, 2))); // rows 1, 3, 5, ...
  return out;
}

torch::Tensor upsample(const torch::Tensor& x) {
  return torch::upsample_nearest2d(x, {x.size(2) * 2, x.size(3) * 2});
}

} // namespace

BlindSpotNetImpl::BlindSpotNetImpl(const BlindSpotNetOptions& options) : m_options(options) {
  const int w = options.width;
  const int d = 2 * w;
  m_encoder.push_back(makeConv(options.inChannels, w, 3, "enc_conv0", *this));
  for (int i = 1; i <= 6; ++i)
    m_encoder.push_back(makeConv(w, w, 3, "enc_conv" + std::to_string(i), *this));
  // Decoder levels 5..1: inputs are upsampled features concatenated with the skip.
  for (int level = kLevels; level >= 1; --level) {
    const int upChannels = level == kLevels ? w : d;
    const int skipChannels = level == 1 ? options.inChannels : w;
    m_decoder.push_back(
        makeConv(upChannels + skipChannels, d, 3, "dec_conv" + std::to_string(level) + "a", *this));
    m_decoder.push_back(makeConv(d, d, 3, "dec_conv" + std::to_string(level) + "b", *this));
  }
  m_head1 = makeConv(4 * d, options.headWidth, 1, "head1", *this);
  m_head2 = makeConv(options.headWidth, d, 1, "head2", *this);
  m_headMu = makeConv(d, options.inChannels, 1, "head_mu", *this);
  m_headS = makeConv(d, options.inChannels, 1, "head_s", *this);
  m_noiseAPrime = register_parameter("noise_a_prime", torch::zeros({1}));
  m_noiseB = register_parameter("noise_b", torch::zeros({1}));
}

torch::Tensor BlindSpotNetImpl::shiftedConv(torch::nn::Conv2d& conv, const torch::Tensor& x) {
  // Equal to "pad one row on top, 'same' conv, drop the bottom row".
  return leaky(shiftedConvRaw(x, conv->weight, conv->bias));
}

torch::Tensor BlindSpotNetImpl::inputLevelConv(const torch::Tensor& features,
                                               const torch::Tensor& input) {
  auto& conv = m_decoder[2 * (kLevels - 1)];
  if (!AutocastScope::reducedPrecisionOn(input.device().type()))
    return shiftedConv(conv, torch::cat({features, input}, 1));
  // In bfloat16 the image's own channels are convolved in float32, split off by linearity:
  // conv(cat(f, x), W) = conv(f, W_f) + conv(x, W_x). Rounding the image to bfloat16 (up to half a
  // grey level of 8-bit data) here cost up to 0.03 dB of PSNR (docs/TRAINING.md, "bfloat16
  // inference"); the features' part, all but one input channel, stays in bfloat16.
  const auto& weight = conv->weight;
  const auto c = features.size(1);
  const auto fromFeatures = shiftedConvRaw(features, weight.narrow(1, 0, c), conv->bias);
  const AutocastScope float32(input.device().type(), Precision::Float32);
  auto fromInput =
      shiftedConvRaw(input.to(torch::kFloat), weight.narrow(1, c, weight.size(1) - c), {});
  // Summed in place in float32 (the input's part is a fresh tensor): an add of mixed types takes
  // LibTorch's slow elementwise path, an explicit conversion does not.
  auto sum = fromInput.add_(fromFeatures.to(torch::kFloat));
  return torch::leaky_relu_(sum, kSlope);
}

torch::Tensor BlindSpotNetImpl::branch(torch::Tensor x) {
  std::vector<torch::Tensor> skips{x};
  auto n = shiftedConv(m_encoder[0], x);
  n = shiftedPool(shiftedConv(m_encoder[1], n));
  skips.push_back(n);
  for (int i = 2; i <= 5; ++i) {
    n = shiftedPool(shiftedConv(m_encoder[i], n));
    if (i < 5)
      skips.push_back(n);
  }
  n = shiftedConv(m_encoder[6], n);
  for (int level = 0; level < kLevels; ++level) {
    const auto skip = skips.back();
    skips.pop_back();
    n = level == kLevels - 1
            ? inputLevelConv(upsample(n), skip)
            : shiftedConv(m_decoder[2 * level], torch::cat({upsample(n), skip}, 1));
    n = shiftedConv(m_decoder[2 * level + 1], n);
  }
  return shiftDown(n);
}

torch::Tensor BlindSpotNetImpl::forward(torch::Tensor x) {
  TORCH_CHECK(x.dim() == 4 && x.size(2) % 32 == 0 && x.size(3) % 32 == 0,
              "BlindSpotNet expects N x C x H x W with H, W multiples of 32");
  const auto n = x.size(0);
  std::vector<torch::Tensor> unrotated(4);
  if (x.size(2) == x.size(3)) {
    // Square: all four rotations in one batch through the shared branch.
    auto out = branch(torch::cat(
        {x, torch::rot90(x, 1, {2, 3}), torch::rot90(x, 2, {2, 3}), torch::rot90(x, 3, {2, 3})},
        0));
    for (int k = 0; k < 4; ++k)
      unrotated[k] = torch::rot90(out.narrow(0, k * n, n), -k, {2, 3});
  } else {
    // Rectangular: rotations 0/180 and 90/270 share a shape, so run them as two batches.
    auto even = branch(torch::cat({x, torch::rot90(x, 2, {2, 3})}, 0));
    auto odd = branch(torch::cat({torch::rot90(x, 1, {2, 3}), torch::rot90(x, 3, {2, 3})}, 0));
    unrotated[0] = even.narrow(0, 0, n);
    unrotated[1] = torch::rot90(odd.narrow(0, 0, n), -1, {2, 3});
    unrotated[2] = torch::rot90(even.narrow(0, n, n), -2, {2, 3});
    unrotated[3] = torch::rot90(odd.narrow(0, n, n), -3, {2, 3});
  }
  return head(torch::cat(unrotated, 1));
}

torch::Tensor BlindSpotNetImpl::head(const torch::Tensor& rotations) {
  auto h = leaky(m_head1->forward(rotations));
  h = leaky(m_head2->forward(h));
  // The linear heads in float32 even inside a bfloat16 scope: mu and s are the outputs, and in
  // bfloat16 they doubled the PSNR cost of bfloat16 denoising (docs/TRAINING.md, "bfloat16
  // inference"); one output channel each, so float32 costs nothing measurable.
  const AutocastScope float32(h.device().type(), Precision::Float32);
  const auto h32 = h.to(torch::kFloat);
  return torch::cat({m_headMu->forward(h32), m_headS->forward(h32)}, 1);
}

torch::Tensor BlindSpotNetImpl::forwardLowMemory(const torch::Tensor& x) {
  TORCH_CHECK(!torch::GradMode::is_enabled(), "BlindSpotNet::forwardLowMemory is for inference");
  TORCH_CHECK(x.dim() == 4 && x.size(2) % 32 == 0 && x.size(3) % 32 == 0,
              "BlindSpotNet expects N x C x H x W with H, W multiples of 32");
  // One rotation's activations at a time (a batched pass holds all four), keeping only each
  // rotation's 2*width-channel output; then the head, which is per pixel, in row bands.
  // The outputs that outlive a rotation are allocated before any rotation runs: placed after a
  // branch's temporaries, they would fragment the heap, which keeps freed blocks for reuse
  // (nn/TorchRuntime.h), and raise the peak memory.
  const auto featureOptions =
      x.options()
          .dtype(AutocastScope::reducedPrecisionOn(x.device().type()) ? torch::kBFloat16
                                                                      : torch::kFloat)
          .memory_format(torch::MemoryFormat::ChannelsLast);
  std::vector<torch::Tensor> unrotated(4);
  for (auto& u : unrotated)
    u = torch::empty({x.size(0), 2 * m_options.width, x.size(2), x.size(3)}, featureOptions);
  auto out = torch::empty({x.size(0), 2 * x.size(1), x.size(2), x.size(3)}, x.options());
  for (int k = 0; k < 4; ++k) {
    auto& u = unrotated[std::size_t(k)];
    if (k == 0)
      u.copy_(branch(channelsLast(x)));
    else
      u.copy_(torch::rot90(branch(channelsLast(torch::rot90(x, k, {2, 3}))), -k, {2, 3}));
  }
  const auto height = x.size(2);
  const auto band = std::max<std::int64_t>(1, kHeadBandPixels / x.size(3));
  for (std::int64_t y = 0; y < height; y += band) {
    const auto rows = std::min(band, height - y);
    std::vector<torch::Tensor> parts;
    for (const auto& u : unrotated)
      parts.push_back(u.narrow(2, y, rows));
    out.narrow(2, y, rows).copy_(head(torch::cat(parts, 1)));
  }
  return out;
}

} // namespace pgd
