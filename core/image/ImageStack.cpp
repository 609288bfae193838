#include "image/ImageStack.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pgd {

ImageStack::ImageStack(int frames, int height, int width, float fill)
    : m_frames(frames), m_height(height), m_width(width) {
  if (frames < 0 || height < 0 || width < 0)
    throw std::invalid_argument("ImageStack: negative size");
  m_values.assign(static_cast<std::size_t>(frames) * height * width, fill);
}

ImageStack ImageStack::frameCopy(int f) const {
  if (f < 0 || f >= m_frames)
    throw std::out_of_range("ImageStack::frameCopy: frame index out of range");
  ImageStack out(1, m_height, m_width);
  std::copy(frame(f), frame(f) + frameSize(), out.frame(0));
  out.m_metadata = m_metadata;
  out.m_metadata.geometry = plainStack(m_metadata.geometry, 1);
  return out;
}

StackGeometry ImageStack::geometry() const {
  return m_metadata.geometry.frames() == m_frames ? m_metadata.geometry
                                                  : plainStack(m_metadata.geometry, m_frames);
}

std::optional<float> constantValue(const float* values, std::size_t n) {
  if (n == 0)
    return std::nullopt;
  const auto [lo, hi] = std::minmax_element(values, values + n);
  if (*hi > *lo)
    return std::nullopt;
  return *lo;
}

std::pair<float, float> ImageStack::minMax() const {
  if (m_values.empty())
    return {0.0f, 0.0f};
  const auto [lo, hi] = std::minmax_element(m_values.begin(), m_values.end());
  return {*lo, *hi};
}

std::size_t ImageStack::nonFiniteCount() const {
  return static_cast<std::size_t>(
      std::count_if(m_values.begin(), m_values.end(), [](float v) { return !std::isfinite(v); }));
}

} // namespace pgd
