#include "nn/Losses.h"

#include <algorithm>
#include <cmath>

namespace pgd {

torch::Tensor uncalibratedLossMap(const torch::Tensor& y, const torch::Tensor& mu,
                                  const torch::Tensor& s) {
  const auto v = s * s + kUncalibratedVarianceFloor;
  return (y - mu).pow(2) / v + torch::log(v);
}

torch::Tensor regularizedNoiseA(const torch::Tensor& aPrime) {
  return torch::softplus(aPrime - 4.0) + 1e-3;
}

torch::Tensor regularizedLossMap(const torch::Tensor& y, const torch::Tensor& mu,
                                 const torch::Tensor& s, const torch::Tensor& aPrime,
                                 const torch::Tensor& b, double lambda) {
  const auto noise =
      torch::clamp_min(regularizedNoiseA(aPrime) * torch::clamp_min(mu, 1e-3) + b, 1e-3);
  const auto v = s * s + noise;
  return (y - mu).pow(2) / v + torch::log(v) + lambda * torch::abs(s);
}

torch::Tensor maskedMean(const torch::Tensor& map, const torch::Tensor& mask) {
  return (map * mask).sum() / torch::clamp_min(mask.sum(), 1.0);
}

N2VBatch n2vManipulate(const torch::Tensor& y, double fraction, std::mt19937_64& rng) {
  const auto source = y.contiguous();
  auto input = source.clone();
  auto mask = torch::zeros_like(input);
  const int n = static_cast<int>(input.size(0));
  const int h = static_cast<int>(input.size(2));
  const int w = static_cast<int>(input.size(3));
  const int cell = std::max(2, static_cast<int>(std::lround(std::sqrt(1.0 / fraction))));
  auto in = input.accessor<float, 4>();
  auto m = mask.accessor<float, 4>();
  auto src = source.accessor<float, 4>();
  std::uniform_int_distribution<int> offset(-2, 2);
  for (int b = 0; b < n; ++b) {
    for (int cy = 0; cy < h; cy += cell) {
      for (int cx = 0; cx < w; cx += cell) {
        std::uniform_int_distribution<int> py(cy, std::min(h, cy + cell) - 1);
        std::uniform_int_distribution<int> px(cx, std::min(w, cx + cell) - 1);
        const int yy = py(rng);
        const int xx = px(rng);
        int sy = yy;
        int sx = xx;
        while (sy == yy && sx == xx && (h > 1 || w > 1)) {
          sy = std::clamp(yy + offset(rng), 0, h - 1);
          sx = std::clamp(xx + offset(rng), 0, w - 1);
        }
        in[b][0][yy][xx] = src[b][0][sy][sx];
        m[b][0][yy][xx] = 1.0f;
      }
    }
  }
  return {input, mask};
}

torch::Tensor n2vLoss(const torch::Tensor& y, const torch::Tensor& prediction,
                      const torch::Tensor& mask) {
  return maskedMean((y - prediction).pow(2), mask);
}

} // namespace pgd
