#pragma once
// floatBelow / floatAbove: the largest float at or below a double, and the least float at or
// above it. For a float v, v > x exactly when v > floatBelow(x), and v < x exactly when
// v < floatAbove(x) (also for v infinite or NaN), so that pixel loops compare floats with floats
// and vectorise without changing which pixels pass. Pure functions; safe from any thread.
#include <cmath>
#include <limits>

namespace pgd {

inline float floatBelow(double x) {
  const float f = static_cast<float>(x);
  return double(f) > x ? std::nextafter(f, -std::numeric_limits<float>::infinity()) : f;
}

inline float floatAbove(double x) {
  const float f = static_cast<float>(x);
  return double(f) < x ? std::nextafter(f, std::numeric_limits<float>::infinity()) : f;
}

} // namespace pgd
