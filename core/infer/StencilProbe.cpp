#include "infer/StencilProbe.h"

#include "image/ImageProfile.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <random>
#include <vector>

namespace pgd {

namespace {

// The bands of equal count (by the level of each lattice pixel) of the squared summed responses.
std::vector<StencilCoupling::Band> bandsOf(const std::vector<double>& level,
                                           const std::vector<double>& squared, int bands) {
  std::vector<std::size_t> order(level.size());
  std::iota(order.begin(), order.end(), std::size_t(0));
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return level[a] < level[b]; });
  std::vector<StencilCoupling::Band> out;
  for (int b = 0; b < bands; ++b) {
    const std::size_t from = order.size() * std::size_t(b) / std::size_t(bands);
    const std::size_t to = order.size() * std::size_t(b + 1) / std::size_t(bands);
    if (to <= from)
      continue;
    StencilCoupling::Band band;
    for (std::size_t k = from; k < to; ++k) {
      band.level += level[order[k]];
      band.squaredSum += squared[order[k]];
    }
    band.level /= double(to - from);
    band.squaredSum = std::max(0.0, band.squaredSum / double(to - from)); // a mean of products
    if (!out.empty() && !(band.level > out.back().level)) {               // equal levels: one band
      out.back().squaredSum = 0.5 * (out.back().squaredSum + band.squaredSum);
      continue;
    }
    out.push_back(band);
  }
  return out;
}

} // namespace

StencilCoupling measureStencilCoupling(const TilePredictor& predict, const float* y, int width,
                                       int height, const StencilProbeOptions& options,
                                       const float* frameMu) {
  StencilCoupling coupling;
  const int cw = std::min(width, StencilProbeOptions::kMaxCrop);
  const int ch = std::min(height, StencilProbeOptions::kMaxCrop);
  constexpr int kReach = 2;
  const int x0 = (width - cw) / 2, y0 = (height - ch) / 2;
  const std::size_t n = std::size_t(cw) * std::size_t(ch);
  std::vector<float> crop(n);
  for (int r = 0; r < ch; ++r)
    std::copy_n(y + std::size_t(y0 + r) * width + x0, cw, crop.begin() + std::ptrdiff_t(r) * cw);
  const double delta = 0.25 * localDifferenceNoiseStd(crop.data(), cw, ch);
  if (!(delta > 0.0) || !std::isfinite(delta))
    return coupling;

  std::vector<std::size_t> lattice; // pixel indices in the crop
  std::mt19937_64 rng(options.seed);
  std::bernoulli_distribution heads(0.5);
  // Lattice pixels stay clear of the crop's edge, where the network sees padding.
  constexpr int kMargin = 8;
  for (int r = kMargin; r < ch - kMargin; r += StencilProbeOptions::kSpacing)
    for (int c = kMargin; c < cw - kMargin; c += StencilProbeOptions::kSpacing)
      lattice.push_back(std::size_t(r) * cw + std::size_t(c));
  if (lattice.size() < std::size_t(StencilProbeOptions::kBands))
    return coupling;

  std::vector<float> mu(n), changed(n), muChanged(n), s2(n);
  if (frameMu && cw == width && ch == height)
    std::copy_n(frameMu, n, mu.begin());
  else
    predict(crop.data(), ch, cw, mu.data(), s2.data());
  std::array<std::vector<StencilCoupling::Band>*, 2> out{&coupling.near, &coupling.far};
  // Each lattice pixel's measured sum holds, besides its own cross's, the far crosses' changes:
  // zero on average (random signs) but not in its square. Two passes with independent signs give
  // two such measurements with independent far parts, whose product is the square without them.
  std::array<std::vector<double>, 2> signs;
  for (auto& draw : signs)
    for (std::size_t k = 0; k < lattice.size(); ++k)
      draw.push_back(heads(rng) ? 1.0 : -1.0);
  for (int d = 1; d <= kReach; ++d) {
    const std::array<std::ptrdiff_t, 4> offsets{d, -d, std::ptrdiff_t(d) * cw,
                                                -std::ptrdiff_t(d) * cw};
    std::array<std::vector<double>, 2> sums;
    for (std::size_t t = 0; t < 2; ++t) {
      changed = crop;
      for (std::size_t k = 0; k < lattice.size(); ++k)
        for (const std::ptrdiff_t o : offsets) {
          float& v = changed[std::size_t(std::ptrdiff_t(lattice[k]) + o)];
          v = static_cast<float>(v + signs[t][k] * delta);
        }
      predict(changed.data(), ch, cw, muChanged.data(), s2.data());
      for (std::size_t k = 0; k < lattice.size(); ++k) {
        const std::size_t i = lattice[k];
        sums[t].push_back((double(muChanged[i]) - double(mu[i])) / delta * signs[t][k]);
      }
    }
    std::vector<double> level, squared;
    for (std::size_t k = 0; k < lattice.size(); ++k) {
      const double product = sums[0][k] * sums[1][k];
      const double m = mu[lattice[k]];
      if (std::isfinite(product) && std::isfinite(m)) {
        level.push_back(m);
        squared.push_back(product);
      }
    }
    if (level.size() < std::size_t(StencilProbeOptions::kBands))
      return StencilCoupling();
    *out[std::size_t(d - 1)] = bandsOf(level, squared, StencilProbeOptions::kBands);
  }
  return coupling;
}

} // namespace pgd
