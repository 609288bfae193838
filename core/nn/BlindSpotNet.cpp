#include "nn/BlindSpotNet.h"

#include "nn/AutocastScope.h"

#include <algorithm>
#include <string>

namespace pgd {
namespace {

namespace F = torch::nn::functional;

constexpr double kSlope = 0.1;
constexpr int kLevels = 5;
// Pixels per row band of the low-memory head (~8 MB of 8*width channels for the paper net). Bands
// of 65,536 pixels held ~50 MB of head temporaries for the quick net at no gain in time
// (docs/TRAINING.md, "CPU fast path").
constexpr std::int64_t kHeadBandPixels = 1 << 14;
// Pixels per row band of the float32 part of the input level in bfloat16 inference (~8 MB per
// float32 temporary for the quick net). Not much smaller: LibTorch convolves a float32 input of at
// most 20,480 elements with its slow reference kernel instead of oneDNN's.
constexpr std::int64_t kInputBandPixels = 1 << 16;

void initialise(torch::nn::Conv2dImpl& conv) {
  torch::NoGradGuard noGrad;
  torch::nn::init::kaiming_normal_(conv.weight, kSlope, torch::kFanIn, torch::kLeakyReLU);
  torch::nn::init::zeros_(conv.bias);
}

torch::nn::Conv2d makeConv(int in, int out, int kernel, const std::string& name,
                           torch::nn::Module& owner) {
  auto conv =
      owner.register_module(name, torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)));
  initialise(*conv);
  return conv;
}

// Shift the image content down by `rows` rows: pad zero rows on top, drop as many at the bottom.
torch::Tensor shiftDown(const torch::Tensor& x, std::int64_t rows = 1) {
  // One padding with a negative bottom: its backward pass is one crop, where a pad and a narrow
  // filled a zeroed gradient of the padded size.
  return F::pad(x, F::PadFuncOptions({0, 0, rows, -rows}));
}

// A valid 3x3 convolution of x padded by 2 rows on top and 1 column left and right, without the
// padded copy: the convolution's own zero padding (2 rows, 1 column on every side) computes two
// rows too many at the bottom, which are dropped. The padded copies (a fill and a copy of every
// activation) took a sixth of a bfloat16 inference pass (docs/TRAINING.md, "CPU fast path").
torch::Tensor shiftedConvRaw(const torch::Tensor& x, const torch::Tensor& weight,
                             const torch::Tensor& bias) {
  // Training on the CPU: a copy padded by 2 rows on top, then a convolution padding the columns
  // only, whose output has the input's rows. oneDNN's backward pass of the convolution padded by 2
  // rows, whose output has 2 rows more than its input, ran 3-4x slower than that (in bfloat16 and
  // float32 alike); the copy and its gradient cost far less (docs/TRAINING.md, "Training
  // through 'same' convolutions").
  if (torch::GradMode::is_enabled() && x.is_cpu())
    return torch::conv2d(F::pad(x, F::PadFuncOptions({0, 0, 2, 0})), weight, bias, 1,
                         torch::IntArrayRef{0, 1});
  return torch::conv2d(x, weight, bias, 1, {2, 1}).narrow(2, 0, x.size(2));
}

// A copy of x with the channels-last layout, which every later layer keeps: oneDNN's bfloat16
// convolutions run faster on it (docs/TRAINING.md, "CPU fast path"). x.contiguous() would not do
// for one channel, where both layouts count as contiguous.
torch::Tensor channelsLast(const torch::Tensor& x) {
  auto out = torch::empty(x.sizes(), x.options().memory_format(torch::MemoryFormat::ChannelsLast));
  return out.copy_(x);
}

// LeakyReLU; in place without grad mode (inference), where nothing else reads x: one activation
// fewer alive per layer.
torch::Tensor leaky(torch::Tensor x) {
  if (torch::GradMode::is_enabled())
    return torch::leaky_relu(x, kSlope);
  return torch::leaky_relu_(x, kSlope);
}

// Rows [first, first + count) of shiftDown(x, shift): a view of x where they lie inside it, a copy
// with the zero rows on top otherwise.
torch::Tensor shiftedRows(const torch::Tensor& x, std::int64_t first, std::int64_t count,
                          std::int64_t shift) {
  if (first >= shift)
    return x.narrow(2, first - shift, count);
  const auto zeros = std::min(count, shift - first);
  return F::pad(x.narrow(2, 0, count - zeros), F::PadFuncOptions({0, 0, zeros, 0}));
}

// Rows [y, y + rows) of rot90(shiftDown(b, shift), -k): the branch output b of the input rotated
// by k quarter turns, shifted down and turned back, for one row band of the head. Only the band is
// copied; b stays as the branch left it.
torch::Tensor unrotatedBand(const torch::Tensor& b, int k, std::int64_t y, std::int64_t rows,
                            std::int64_t shift) {
  switch (k) {
  case 0:
    return shiftedRows(b, y, rows, shift);
  case 1: // output rows are b's columns y..y+rows
    return torch::rot90(shiftedRows(b.narrow(3, y, rows), 0, b.size(2), shift), -1, {2, 3});
  case 2: // output row i is b's row H-1-i
    return torch::rot90(shiftedRows(b, b.size(2) - y - rows, rows, shift), 2, {2, 3});
  default: // k == 3: output row i is b's column W-1-i
    return torch::rot90(shiftedRows(b.narrow(3, b.size(3) - y - rows, rows), 0, b.size(2), shift),
                        1, {2, 3});
  }
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
  TORCH_CHECK(NetworkSpec::isBlindSpotSide(options.blindSpot),
              "BlindSpotNet: the blind spot must be an odd side from 1 to ",
              NetworkSpec::kMaxBlindSpot);
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

void BlindSpotNetImpl::resetHead() {
  for (auto* conv : {&m_head1, &m_head2, &m_headMu, &m_headS})
    initialise(**conv);
}

torch::Tensor BlindSpotNetImpl::shiftedConv(torch::nn::Conv2d& conv, const torch::Tensor& x) {
  // Equal to "pad one row on top, 'same' conv, drop the bottom row".
  return leaky(shiftedConvRaw(x, conv->weight, conv->bias));
}

torch::Tensor BlindSpotNetImpl::inputLevelConv(torch::Tensor features, const torch::Tensor& input) {
  auto& conv = m_decoder[2 * (kLevels - 1)];
  const bool cpuTraining = torch::GradMode::is_enabled() && input.is_cpu();
  if (!AutocastScope::reducedPrecisionOn(input.device().type()) && !cpuTraining) {
    // The concatenation is its own statement so that `features` is freed before the convolution.
    auto joined = torch::cat({features, input}, 1);
    features.reset();
    return shiftedConv(conv, joined);
  }
  // In bfloat16 the image's own channels are convolved in float32, split off by linearity:
  // conv(cat(f, x), W) = conv(f, W_f) + conv(x, W_x). Rounding the image to bfloat16 (up to half a
  // grey level of 8-bit data) here cost up to 0.03 dB of PSNR (docs/TRAINING.md, "bfloat16
  // inference"); the features' part, all but one input channel, stays in bfloat16. Training on the
  // CPU splits in float32 too: oneDNN's backward pass of 2*width+1 input channels took 2.5x that
  // of 2*width (docs/TRAINING.md, "Training through 'same' convolutions").
  const auto& weight = conv->weight;
  const auto c = features.size(1);
  auto sum = shiftedConvRaw(features, weight.narrow(1, 0, c), conv->bias);
  features.reset();
  const AutocastScope float32(input.device().type(), Precision::Float32);
  const auto input32 = input.to(torch::kFloat);
  const auto inputWeight = weight.narrow(1, c, weight.size(1) - c);
  if (torch::GradMode::is_enabled()) {
    auto fromInput = shiftedConvRaw(input32, inputWeight, {});
    // Summed in place in float32 (the input's part is a fresh tensor): an add of mixed types takes
    // LibTorch's slow elementwise path, an explicit conversion does not.
    auto total = fromInput.add_(sum.to(torch::kFloat));
    return torch::leaky_relu_(total, kSlope);
  }
  // Inference: the float32 sum row band by row band, written back rounded into the bfloat16
  // features' part. The next convolution rounds its input to bfloat16 anyway, so the numbers are
  // those of the float32 sum above, without two float32 activations of 2*width channels (the
  // largest pair in the pass). Output row r reads input rows r-2..r: each band convolves its rows
  // and the two above it.
  const auto height = input32.size(2);
  const auto band = std::max<std::int64_t>(1, kInputBandPixels / input32.size(3));
  for (std::int64_t y = 0; y < height; y += band) {
    const auto rows = std::min(band, height - y);
    const auto first = std::max<std::int64_t>(0, y - 2);
    auto part = shiftedConvRaw(input32.narrow(2, first, y + rows - first), inputWeight, {})
                    .narrow(2, y - first, rows);
    auto target = sum.narrow(2, y, rows);
    part.add_(target.to(torch::kFloat));
    target.copy_(torch::leaky_relu_(part, kSlope));
  }
  return sum;
}

torch::Tensor BlindSpotNetImpl::branch(torch::Tensor x) {
  return shiftDown(branchUnshifted(std::move(x)), finalShift());
}

torch::Tensor BlindSpotNetImpl::branchUnshifted(torch::Tensor x) {
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
    auto up = upsample(n);
    n.reset();
    if (level == kLevels - 1) {
      n = inputLevelConv(std::move(up), skip);
    } else {
      // Its own statement, so that the upsampled features are freed before the convolution.
      auto joined = torch::cat({up, skip}, 1);
      up.reset();
      n = shiftedConv(m_decoder[2 * level], joined);
    }
    n = shiftedConv(m_decoder[2 * level + 1], n);
  }
  return n;
}

torch::Tensor BlindSpotNetImpl::forward(torch::Tensor x) {
  TORCH_CHECK(x.dim() == 4 && x.size(2) % 32 == 0 && x.size(3) % 32 == 0,
              "BlindSpotNet expects N x C x H x W with H, W multiples of 32");
  const auto n = x.size(0);
  std::vector<torch::Tensor> unrotated(4);
  if (x.size(2) == x.size(3)) {
    // Square: all four rotations in one batch through the shared branch.
    auto rotations = torch::cat(
        {x, torch::rot90(x, 1, {2, 3}), torch::rot90(x, 2, {2, 3}), torch::rot90(x, 3, {2, 3})}, 0);
    // Training on the CPU: channels-last, as the low-memory inference pass, is 5-8% faster per
    // step there (docs/TRAINING.md, "Training through 'same' convolutions").
    if (torch::GradMode::is_enabled() && x.is_cpu())
      rotations = channelsLast(rotations);
    // split, not four narrows: the narrows' backward passes each filled a zeroed copy of the
    // whole batch's gradient and summed the four (a fifth of a float32 training step).
    const auto parts = torch::split(branch(rotations), n, 0);
    for (int k = 0; k < 4; ++k)
      unrotated[k] = torch::rot90(parts[std::size_t(k)], -k, {2, 3});
  } else {
    // Rectangular: rotations 0/180 and 90/270 share a shape, so run them as two batches.
    auto even = branch(torch::cat({x, torch::rot90(x, 2, {2, 3})}, 0));
    auto odd = branch(torch::cat({torch::rot90(x, 1, {2, 3}), torch::rot90(x, 3, {2, 3})}, 0));
    const auto evenParts = torch::split(even, n, 0);
    const auto oddParts = torch::split(odd, n, 0);
    unrotated[0] = evenParts[0];
    unrotated[1] = torch::rot90(oddParts[0], -1, {2, 3});
    unrotated[2] = torch::rot90(evenParts[1], -2, {2, 3});
    unrotated[3] = torch::rot90(oddParts[1], -3, {2, 3});
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
  // rotation's 2*width-channel output as the branch left it: still rotated and not yet shifted
  // down, so that no full-size copy is made. The head, which is per pixel, then runs in row bands
  // and shifts and turns back only its band of each output (unrotatedBand).
  std::vector<torch::Tensor> rotated(4);
  for (int k = 0; k < 4; ++k)
    rotated[std::size_t(k)] =
        branchUnshifted(channelsLast(k == 0 ? x : torch::rot90(x, k, {2, 3})));
  auto out = torch::empty({x.size(0), 2 * x.size(1), x.size(2), x.size(3)}, x.options());
  const auto height = x.size(2);
  const auto band = std::max<std::int64_t>(1, kHeadBandPixels / x.size(3));
  const auto channels = rotated[0].size(1);
  for (std::int64_t y = 0; y < height; y += band) {
    const auto rows = std::min(band, height - y);
    // Gathered into one channels-last band: torch::cat of the rotations' differently laid out
    // bands would give a plain (NCHW) tensor, on which the head's convolutions are slower.
    auto joined =
        torch::empty({x.size(0), 4 * channels, rows, x.size(3)},
                     rotated[0].options().memory_format(torch::MemoryFormat::ChannelsLast));
    for (int k = 0; k < 4; ++k)
      joined.narrow(1, k * channels, channels)
          .copy_(unrotatedBand(rotated[std::size_t(k)], k, y, rows, finalShift()));
    out.narrow(2, y, rows).copy_(head(joined));
  }
  return out;
}

} // namespace pgd
