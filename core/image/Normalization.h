#pragma once
// Normalization: the affine map raw = scale * normalised + offset stored with every model
// (docs/ARCHITECTURE.md#normalisation): 8-bit data use scale 255, offset 0 (the paper's); other
// data use robust percentiles lo/hi of the training data (scale = hi - lo, offset = lo). Because
// the map is affine the noise model stays a*x + b; toRaw() converts fitted a,b to raw units.
#include "image/ImageStack.h"
#include "image/NoClipLevel.h"
#include "noise/NoiseParams.h"

namespace pgd {

struct Normalization {
  double scale = 1.0;
  double offset = 0.0;

  double toNormalised(double raw) const { return (raw - offset) / scale; }
  double toRawValue(double normalised) const { return scale * normalised + offset; }
  // a_raw = s*a_n, b_raw = s^2*b_n - s*a_n*o.
  NoiseParams toRaw(NoiseParams normalised) const {
    return {scale * normalised.a, scale * scale * normalised.b - scale * normalised.a * offset};
  }
  NoiseParams toNormalisedParams(NoiseParams raw) const {
    const double a = raw.a / scale;
    return {a, (raw.b + scale * a * offset) / (scale * scale)};
  }

  // 8-bit sources: /255; otherwise percentiles 0.1% and 99.9% of the samples.
  static Normalization fromData(const ImageStack& stack);

  // The one way stacks are normalised and mapped back: `n` values into `out` (may be `values`).
  void toNormalised(const float* values, std::size_t n, float* out) const;
  void toRawValues(const float* values, std::size_t n, float* out) const;
  // A copy of `raw` in normalised units (metadata kept).
  ImageStack normalised(const ImageStack& raw) const;
};

// Where an integer pixel type clips (its minimum and maximum), in the units of `n`: pixels there
// are saturated or zero-clipped, and the noise fit treats them as censored. Float data do not
// clip: {-kNoClipLevel, kNoClipLevel}.
struct ClipLevels {
  double low = -kNoClipLevel;
  double high = kNoClipLevel;
  // Whether either level clips.
  bool any() const { return low > -kNoClipLevel || high < kNoClipLevel; }
};
ClipLevels clipLevelsOf(PixelType sourceType, const Normalization& n);

} // namespace pgd
