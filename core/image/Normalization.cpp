#include "image/Normalization.h"

#include "image/NormalizationSampling.h"

#include <algorithm>
#include <vector>

namespace pgd {

void Normalization::toNormalised(const float* values, std::size_t n, float* out) const {
  for (std::size_t i = 0; i < n; ++i)
    out[i] = static_cast<float>((double(values[i]) - offset) / scale);
}

void Normalization::toRawValues(const float* values, std::size_t n, float* out) const {
  for (std::size_t i = 0; i < n; ++i)
    out[i] = static_cast<float>(scale * double(values[i]) + offset);
}

ImageStack Normalization::normalised(const ImageStack& raw) const {
  ImageStack out = raw;
  toNormalised(out.values().data(), out.size(), out.values().data());
  return out;
}

ClipLevels clipLevelsOf(PixelType sourceType, const Normalization& n) {
  if (!isInteger(sourceType))
    return {};
  return {n.toNormalised(typeMin(sourceType)), n.toNormalised(typeMax(sourceType))};
}

Normalization Normalization::fromData(const ImageStack& stack) {
  if (stack.metadata().sourceType == PixelType::UInt8)
    return {255.0, 0.0};
  // Percentiles on a strided subsample keep this cheap on big stacks.
  return percentileNormalizationOf(stack);
}

} // namespace pgd
