#include "image/Normalization.h"

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
  if (stack.empty())
    return {1.0, 0.0};
  // Percentiles on a strided subsample keep this cheap on big stacks.
  const auto& v = stack.values();
  const std::size_t step = std::max<std::size_t>(1, v.size() / 1000000);
  std::vector<float> s;
  s.reserve(v.size() / step + 1);
  for (std::size_t i = 0; i < v.size(); i += step)
    s.push_back(v[i]);
  const auto pick = [&s](double q) {
    const std::size_t k = static_cast<std::size_t>(q * double(s.size() - 1));
    std::nth_element(s.begin(), s.begin() + k, s.end());
    return double(s[k]);
  };
  const double lo = pick(0.001);
  const double hi = pick(0.999);
  Normalization n;
  n.offset = lo;
  n.scale = hi - lo > 1e-12 ? hi - lo : 1.0;
  return n;
}

} // namespace pgd
