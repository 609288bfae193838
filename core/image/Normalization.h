#pragma once
// Normalization: the affine map raw = scale * normalised + offset stored with every model
// (docs/ARCHITECTURE.md#normalisation): 8-bit data use scale 255, offset 0 (the paper's); other
// data use robust percentiles lo/hi of the training data (scale = hi - lo, offset = lo). Because
// the map is affine the noise model stays a*x + b; toRaw() converts fitted a,b to raw units.
#include "image/ImageStack.h"
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
};

} // namespace pgd
