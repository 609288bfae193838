#pragma once
// The clip levels of a noisy frame for the noise fit: the given ones (NoiseFitOptions::clipLow,
// clipHigh), else an extreme value shared by many pixels (NoiseFitOptions::detectClipping), with
// how many pixels lie at or beyond each. Any thread; its passes run on NoiseFitOptions::threads.
#include "image/Normalization.h"
#include "noise/NoiseFitter.h"

#include <cstddef>

namespace pgd::noisefit {

// Clip levels: given ones, else detected as an extreme value shared by many pixels. Also
// counts the pixels at or beyond each clip level.
struct ClipCounts {
  ClipLevels levels;
  std::size_t low = 0;
  std::size_t high = 0;
};

ClipCounts clipLevels(const float* y, std::size_t n, const NoiseFitOptions& o);

} // namespace pgd::noisefit
