#pragma once
// The noise fit's exact per-pixel objective J (NoiseFitOptions::binned false): every kept pixel's
// level and squared residual, and the levels of censored pixels; collectExact gathers them. Any
// thread; the data is read-only once collected.
#include "image/Normalization.h"
#include "noise/CurvatureCorrection.h"
#include "noise/FitSelection.h"
#include "noise/NoiseLikelihood.h"
#include "noise/StencilCoupling.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <utility>
#include <vector>

namespace pgd::noisefit {

// Exact per-pixel objective: the kept (mu, (y-mu)^2) pairs and the levels of censored pixels.
struct ExactData {
  std::vector<float> mu;
  std::vector<double> r2;
  std::vector<float> muHigh; // pixels at or above the high clip level
  std::vector<float> muLow;  // pixels at or below the low clip level
  ClipLevels clip;

  double operator()(double a, double b) const {
    double s = 0.0;
    for (std::size_t i = 0; i < mu.size(); ++i)
      s += pixelTerm(r2[i], mu[i], a, b);
    for (float m : muHigh)
      s += censoredTerm(m, clip.high, 1.0, a, b);
    for (float m : muLow)
      s += censoredTerm(m, clip.low, -1.0, a, b);
    return s / double(count());
  }
  std::size_t count() const { return mu.size() + muHigh.size() + muLow.size(); }
  // The lowest and highest level that enters J (censored pixels included).
  std::pair<double, double> levelRange() const {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const std::vector<float>* v : {&mu, &muHigh, &muLow})
      for (float m : *v) {
        lo = std::min(lo, double(m));
        hi = std::max(hi, double(m));
      }
    return {lo, hi};
  }
};

// The CurvatureCorrection of squared local differences r2 at levels mu (the pixels' far squared
// differences `far`), from sums over 4096 intervals of mu, as the binned fit builds it from its
// bins.
CurvatureCorrection curvatureOf(const std::vector<float>& mu, const std::vector<double>& r2,
                                const std::vector<double>& far,
                                const StencilCoupling* coupling = nullptr);

// The exact objective's data: `y` supplies the residual y - mu (the noisy image, or mu plus a
// local difference of it), `levelY` (when given) the noisy values whose means calibrate the
// levels, `far` (when given) the far local differences squared whose CurvatureCorrection scales
// the squared residuals.
ExactData collectExact(const float* y, const float* mu, std::size_t n, const Selection& sel,
                       const float* levelY = nullptr, const ClipLevels& levelClip = {},
                       const double* far = nullptr, const StencilCoupling* coupling = nullptr);

} // namespace pgd::noisefit
