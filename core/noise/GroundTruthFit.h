#pragma once
// GroundTruthFit: the noise fit against a known clean image (paper Table 1): NoiseFitter with the
// clean image in place of the network's mean. Same options and result struct as NoiseFitter;
// result.method is "ground-truth". Stateless apart from its options; safe from any thread.
#include "noise/NoiseFitter.h"

namespace pgd {

class GroundTruthFit {
public:
  explicit GroundTruthFit(NoiseFitOptions options = {}) : m_fitter(options) {}
  // noisy, clean: n values in normalised units.
  NoiseFitResult fit(const float* noisy, const float* clean, std::size_t n) const;
  const NoiseFitOptions& options() const { return m_fitter.options(); }

private:
  NoiseFitter m_fitter;
};

} // namespace pgd
