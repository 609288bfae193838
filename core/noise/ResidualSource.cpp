#include "noise/ResidualSource.h"

#include "noise/FloatBounds.h"
#include "noise/NoiseLikelihood.h"
#include "noise/VectorKernel.h"

#include <cmath>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h> // _mm_sqrt_pd: square roots that vectorise (std::sqrt keeps errno)
#endif

namespace pgd::noisefit {

namespace {

// mu + (4y - the four pixels `s` away from y) / sqrt(20) for `count` pixels from yc (rows `w`
// apart) into out, NaN where the stencil is not strictly inside (low, high);
// muPlusLocalDifference's values bit for bit. Branch-free with bit masks, so that it vectorises.
PGD_VECTOR_KERNEL void localDifferenceBlock(const float* yc, std::size_t w, std::size_t s,
                                            const float* m, std::size_t count, float low,
                                            float high, float* out) {
  const double norm = 1.0 / std::sqrt(20.0);
  const float* yu = yc - s * w;
  const float* yd = yc + s * w;
  const float* yl = yc - s;
  const float* yr = yc + s;
  for (std::size_t j = 0; j < count; ++j) {
    const float c = yc[j], l = yl[j], r = yr[j], u = yu[j], d = yd[j];
    const float v = static_cast<float>(m[j] + (4.0 * c - l - r - u - d) * norm);
    out[j] = keptOrNaN(v, stencilInsideMask(c, l, r, u, d, low, high));
  }
}

// The far local difference of `count` pixels from yc (rows `w` apart): far[j] = L2^2 with L2 =
// (4y - the four pixels 2s away) / sqrt(20) (CurvatureCorrection), and out[j] (a kept value of
// localDifferenceBlock) set to NaN where those four are not strictly inside (low, high); the
// values muPlusLocalDifference and farSquaredDifferences give, bit for bit. far[j] is never read
// where out[j] is NaN. Branch-free, so that it vectorises.
PGD_VECTOR_KERNEL void farDifferenceBlock(const float* yc, std::size_t w, std::size_t s,
                                          std::size_t count, float low, float high, float* out,
                                          double* far) {
  const double norm = 1.0 / std::sqrt(20.0);
  const float* yu = yc - 2 * s * w;
  const float* yd = yc + 2 * s * w;
  const float* yl = yc - 2 * s;
  const float* yr = yc + 2 * s;
  for (std::size_t j = 0; j < count; ++j) {
    const float c = yc[j], l = yl[j], r = yr[j], u = yu[j], d = yd[j];
    const double f = (4.0 * c - l - r - u - d) * norm;
    far[j] = f * f;
    out[j] = keptOrNaN(out[j], stencilInsideMask(c, l, r, u, d, low, high));
  }
}

// Square roots of v[0, n) (all positive) into sd: correctly rounded, as std::sqrt, but two at a
// time where the CPU has SSE2 (std::sqrt keeps errno and does not vectorise).
PGD_VECTOR_KERNEL void squareRoots(const double* v, std::size_t n, double* sd) {
  std::size_t j = 0;
#if defined(__SSE2__)
  for (; j + 2 <= n; j += 2)
    _mm_storeu_pd(sd + j, _mm_sqrt_pd(_mm_loadu_pd(v + j)));
#endif
  for (; j < n; ++j)
    sd[j] = std::sqrt(v[j]);
}

// The guarded refit's test on one block (NoiseFitter::fitFrame): a value whose level m lies
// closer than kClipGuard noise standard deviations (line a, b) to `low` or `high` becomes NaN.
// Vectorised loops but for the square roots.
PGD_VECTOR_KERNEL void guardBlock(float* values, const float* m, std::size_t count, double a,
                                  double b, double low, double high) {
  constexpr std::size_t kBlock = 256;
  double sd[kBlock];
  for (std::size_t from = 0; from < count; from += kBlock) {
    const std::size_t n = std::min(kBlock, count - from);
    for (std::size_t j = 0; j < n; ++j)
      sd[j] = noiseVariance(m[from + j], a, b);
    squareRoots(sd, n, sd);
    for (std::size_t j = 0; j < n; ++j) {
      const double level = m[from + j];
      float& v = values[from + j];
      const bool out = (std::fabs(v) <= std::numeric_limits<float>::max()) &
                       ((level - low < kClipGuard * sd[j]) | (high - level < kClipGuard * sd[j]));
      v = out ? std::numeric_limits<float>::quiet_NaN() : v;
    }
  }
}

} // namespace

const StencilCoupling* selectionCoupling(const StencilCoupling& coupling, bool curvature,
                                         std::size_t spacing) {
  return curvature && spacing == 1 && coupling.measured() ? &coupling : nullptr;
}

const float* ResidualSource::values(std::size_t i, std::size_t count, const float* mu,
                                    float* buffer, double* far) const {
  if (!local())
    return y + i;
  const std::size_t w = std::size_t(width);
  // Branch-free loops over float comparisons and bit masks, so that the compiler vectorises
  // them. A value outside (low, high) as floats is exactly one outside them as doubles
  // (floatBelow, floatAbove); NaN and infinities fail the comparisons too.
  const float low = floatBelow(stencilClip.low);
  const float high = floatAbove(stencilClip.high);
  const float* m = mu + i;
  localDifferenceBlock(y + i, w, spacing, m, count, low, high, buffer);
  if (curvature)
    farDifferenceBlock(y + i, w, spacing, count, low, high, buffer, far);
  if (guard)
    guardBlock(buffer, m, count, guardA, guardB, guardAt.low, guardAt.high);
  return buffer;
}

std::vector<float> muPlusLocalDifference(const float* y, const float* mu, int width, int height,
                                         ClipLevels clip, bool far, int spacing) {
  const std::size_t w = std::size_t(width);
  std::vector<float> out(w * std::size_t(height), std::numeric_limits<float>::quiet_NaN());
  const auto inside = [&clip](float v) {
    return std::isfinite(v) && double(v) > clip.low && double(v) < clip.high;
  };
  const double norm = 1.0 / std::sqrt(20.0);
  const std::size_t s = std::size_t(std::max(1, spacing));
  const int e = localStencilReach(far, spacing);
  for (int row = e; row + e < height; ++row)
    for (std::size_t col = std::size_t(e); col + std::size_t(e) < w; ++col) {
      const std::size_t i = std::size_t(row) * w + col;
      const float c = y[i], l = y[i - s], r = y[i + s], u = y[i - s * w], d = y[i + s * w];
      if (!(inside(c) && inside(l) && inside(r) && inside(u) && inside(d)))
        continue;
      if (far && !(inside(y[i - 2 * s]) && inside(y[i + 2 * s]) && inside(y[i - 2 * s * w]) &&
                   inside(y[i + 2 * s * w])))
        continue;
      out[i] = static_cast<float>(mu[i] + (4.0 * c - l - r - u - d) * norm);
    }
  return out;
}

std::vector<double> farSquaredDifferences(const float* y, int width, int height, int spacing) {
  const std::size_t w = std::size_t(width);
  std::vector<double> out(w * std::size_t(height), 0.0);
  const double norm = 1.0 / std::sqrt(20.0);
  const std::size_t f2 = 2 * std::size_t(std::max(1, spacing));
  const int e = int(f2);
  for (int row = e; row + e < height; ++row)
    for (std::size_t col = f2; col + f2 < w; ++col) {
      const std::size_t i = std::size_t(row) * w + col;
      const double f = (4.0 * y[i] - y[i - f2] - y[i + f2] - y[i - f2 * w] - y[i + f2 * w]) * norm;
      out[i] = f * f;
    }
  return out;
}

} // namespace pgd::noisefit
