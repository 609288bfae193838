#pragma once
// floatBelow / floatAbove: the largest float at or below a double, and the least float at or
// above it; stencilInsideMask / keptOrNaN: the branch-free stencil test of the local differences;
// floatOrderKey: floats as integers of the same order.
// For a float v, v > x exactly when v > floatBelow(x), and v < x exactly when v < floatAbove(x)
// (also for v infinite or NaN), so that pixel loops compare floats with floats and vectorise
// without changing which pixels pass. Pure functions; safe from any thread.
#include <cmath>
#include <cstdint>
#include <cstring>
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

// All bits set when the five values of a local-difference stencil (centre, left, right, up, down)
// all lie strictly inside (low, high), else 0 (NaN fails every comparison). Branch-free, so that
// the loops over a row that call it vectorise.
inline std::int32_t stencilInsideMask(float c, float l, float r, float u, float d, float low,
                                      float high) {
  return -std::int32_t((c > low) & (c < high) & (l > low) & (l < high) & (r > low) & (r < high) &
                       (u > low) & (u < high) & (d > low) & (d < high));
}

// v where `mask` is all bits set, a quiet NaN where it is 0; branch-free (a bit select).
inline float keptOrNaN(float v, std::int32_t mask) {
  constexpr std::int32_t kNaNBits = 0x7fc00000;
  std::int32_t bits = 0;
  std::memcpy(&bits, &v, sizeof bits);
  bits = (bits & mask) | (kNaNBits & ~mask);
  float out = 0.0f;
  std::memcpy(&out, &bits, sizeof out);
  return out;
}

// A signed integer with the order of the floats (for finite values and infinities: -0 just below
// +0), so that pixel loops take minima and maxima of floats with integer instructions, which
// vectorise where float minima (NaN-aware) do not. floatFromOrderKey inverts it.
inline std::int32_t floatOrderKey(float v) {
  std::int32_t bits = 0;
  std::memcpy(&bits, &v, sizeof bits);
  return bits ^ ((bits >> 31) & 0x7fffffff);
}

inline float floatFromOrderKey(std::int32_t key) {
  const std::int32_t bits = key ^ ((key >> 31) & 0x7fffffff);
  float v = 0.0f;
  std::memcpy(&v, &bits, sizeof v);
  return v;
}

} // namespace pgd
