#include "train/NoiseEcho.h"

#include "train/ValidationNoise.h"

#include <algorithm>
#include <cmath>

namespace pgd {
namespace {

// Separable Gaussian blur with replicated edges (each pass pads one axis).
torch::Tensor gaussianBlur(const torch::Tensor& x, double sigma) {
  namespace F = torch::nn::functional;
  const int radius = static_cast<int>(std::ceil(3.0 * sigma));
  auto k = torch::arange(-radius, radius + 1, torch::TensorOptions().dtype(torch::kFloat32));
  k = torch::exp(-0.5 * (k / sigma).square());
  k = (k / k.sum()).to(x.device());
  const auto horizontal = k.view({1, 1, 1, 2 * radius + 1});
  const auto vertical = k.view({1, 1, 2 * radius + 1, 1});
  auto y = F::pad(x, F::PadFuncOptions({radius, radius, 0, 0}).mode(torch::kReplicate));
  y = F::conv2d(y, horizontal);
  y = F::pad(y, F::PadFuncOptions({0, 0, radius, radius}).mode(torch::kReplicate));
  return F::conv2d(y, vertical);
}

} // namespace

torch::Tensor noiseEchoProbe(const torch::Tensor& window) {
  const torch::NoGradGuard noGrad;
  const auto x = window.to(torch::kFloat32);
  auto fine = x - gaussianBlur(x, kNoiseEchoBlurSigma);
  fine = torch::roll(fine, {x.size(-2) / 2, x.size(-1) / 2}, {-2, -1});
  const double spread = fine.to(torch::kFloat64).std().item<double>();
  if (!(spread > 0.0))
    return torch::zeros_like(x);
  return fine * (kNoiseEchoProbeFraction * validationNoiseScale(x) / spread);
}

bool NoiseEchoGuard::admits(double echo, double loss) {
  if (!std::isfinite(echo))
    return true;
  // The previous validation joins the reference unless this one's loss is far below its own
  // (a loss that is not finite never shows that drop).
  if (std::isfinite(m_pendingEcho) && !(m_pendingLoss - loss > kNoiseEchoBaselineLossDrop))
    m_least = std::min(m_least, m_pendingEcho);
  m_pendingEcho = echo;
  m_pendingLoss = loss;
  return echo <= m_least + m_margin;
}

} // namespace pgd
