#include "image/NormalizationSampling.h"

#include <algorithm>

namespace pgd {

std::vector<float> strideSamples(int frames, std::size_t frameSize,
                                 const std::function<const float*(int)>& frameAt) {
  const std::size_t total = frameSize * std::size_t(frames);
  const std::size_t step = std::max<std::size_t>(1, total / 1000000);
  std::vector<float> s;
  s.reserve(total / step + 1);
  std::size_t next = 0; // flat index of the next sample to keep
  for (int f = 0; f < frames; ++f) {
    const std::size_t start = std::size_t(f) * frameSize;
    if (next >= start + frameSize)
      continue;
    const float* v = frameAt(f);
    for (; next < start + frameSize; next += step)
      s.push_back(v[next - start]);
  }
  return s;
}

Normalization normalizationOfSamples(std::vector<float> s) {
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

Normalization percentileNormalizationOf(const ImageStack& stack) {
  if (stack.empty())
    return {1.0, 0.0};
  return normalizationOfSamples(
      strideSamples(stack.frames(), stack.frameSize(), [&stack](int f) { return stack.frame(f); }));
}

Normalization percentileNormalizationOf(FrameSource& source) {
  if (source.frames() == 0 || source.frameSize() == 0)
    return {1.0, 0.0};
  std::vector<float> frame(source.frameSize());
  return normalizationOfSamples(strideSamples(source.frames(), source.frameSize(), [&](int f) {
    source.read(f, frame.data());
    return static_cast<const float*>(frame.data());
  }));
}

Normalization normalizationOfFrames(FrameSource& source) {
  if (source.metadata().sourceType == PixelType::UInt8)
    return {255.0, 0.0};
  return percentileNormalizationOf(source);
}

} // namespace pgd
