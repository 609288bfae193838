#include "noise/GroundTruthFit.h"

namespace pgd {

NoiseFitResult GroundTruthFit::fit(const float* noisy, const float* clean, std::size_t n) const {
  NoiseFitResult r = m_fitter.fit(noisy, clean, n);
  r.method = "ground-truth";
  return r;
}

} // namespace pgd
