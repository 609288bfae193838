#pragma once
// ValueHistogram: counts of one frame's finite values in equal bins from its smallest to its
// largest value, for the histogram beside the contrast controls (Fiji's Brightness/Contrast
// habit). Qt-free; pure function, safe from any thread.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace pgd {

struct ValueHistogram {
  double low = 0.0;  // left edge of the first bin (smallest finite value)
  double high = 0.0; // right edge of the last bin (largest finite value)
  std::vector<std::uint64_t> counts;
  std::uint64_t total() const;
};

// `bins` equal bins over [min, max] of the finite values (NaN and Inf are not counted; the
// largest value falls in the last bin). All values equal: one bin holds them all. No finite
// value: every count is 0.
ValueHistogram valueHistogram(const float* values, std::size_t n, int bins);

} // namespace pgd
