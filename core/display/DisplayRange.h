#pragma once
// DisplayRange: the raw-value window mapped to black..white, and the Qt-free functions that
// compute it (auto contrast by percentiles, full range) and map samples to 8-bit display levels.
// Plain value and pure functions; safe from any thread.
#include <cstddef>
#include <cstdint>

namespace pgd {

struct DisplayRange {
  double low = 0.0;
  double high = 1.0;

  bool isValid() const { return high > low; }
  // 0..255 display level of a raw value (clamped; NaN maps to 0).
  std::uint8_t level(float value) const;
};

// Percentile window (fractions in 0..1) of the finite samples; NaN/Inf are ignored. A constant
// or empty input gets a window of width 1 around its value so that it is still valid.
DisplayRange autoContrast(const float* values, std::size_t n, double lowFraction = 0.0035,
                          double highFraction = 0.9965);

// Smallest to largest finite sample (widened like autoContrast when constant).
DisplayRange fullRange(const float* values, std::size_t n);

} // namespace pgd
