#include "noise/Posterior.h"

#include "job/Error.h"

#include <algorithm>
#include <cmath>

namespace pgd {

namespace {

constexpr float kNoiseFloor = 1e-3f; // docs/ARCHITECTURE.md#posterior
constexpr float kPriorFloor = 1e-4f;

} // namespace

void posteriorMean(const float* y, const float* mu, const float* s2, std::size_t n,
                   NoiseParams params, float* out, float* outStd) {
  const float a = static_cast<float>(params.a);
  const float b = static_cast<float>(params.b);
  // Branch-free float loops so the compiler vectorises them.
  for (std::size_t i = 0; i < n; ++i) {
    const float noise = std::max(kNoiseFloor, a * mu[i] + b);
    const float prior = std::max(kPriorFloor, s2[i] - noise);
    out[i] = (y[i] * prior + noise * mu[i]) / (prior + noise);
  }
  if (!outStd)
    return;
  for (std::size_t i = 0; i < n; ++i) {
    const float noise = std::max(kNoiseFloor, a * mu[i] + b);
    const float prior = std::max(kPriorFloor, s2[i] - noise);
    outStd[i] = std::sqrt(prior * noise / (prior + noise));
  }
}

void priorToTotalVariance(const float* mu, float* s2, std::size_t n, NoiseParams params) {
  const float a = static_cast<float>(params.a);
  const float b = static_cast<float>(params.b);
  for (std::size_t i = 0; i < n; ++i)
    s2[i] += std::max(kNoiseFloor, a * std::max(kNoiseFloor, mu[i]) + b);
}

ImageStack posteriorMean(const ImageStack& y, const ImageStack& mu, const ImageStack& s2,
                         const std::vector<NoiseParams>& perFrame) {
  if (y.frames() != mu.frames() || y.frames() != s2.frames() || y.size() != mu.size() ||
      y.size() != s2.size())
    throw Error(ErrorKind::Usage, "posterior: noisy, mean and variance stacks differ in shape");
  if (perFrame.size() != 1 && perFrame.size() != std::size_t(y.frames()))
    throw Error(ErrorKind::Usage, "posterior: need one a,b pair or one per frame");
  ImageStack out = y;
  for (int f = 0; f < y.frames(); ++f)
    posteriorMean(y.frame(f), mu.frame(f), s2.frame(f), y.frameSize(),
                  perFrame.size() == 1 ? perFrame[0] : perFrame[std::size_t(f)], out.frame(f));
  return out;
}

} // namespace pgd
