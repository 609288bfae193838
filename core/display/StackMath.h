#pragma once
// StackMath: small Qt-free helpers for what the compare view shows and the status bar reads.
// Pure functions; safe from any thread.
#include "image/ImageStack.h"

#include "display/DisplayRange.h"

#include <cstddef>

namespace pgd {

// a - b sample by sample (same shape required, else an empty stack); metadata from a.
ImageStack differenceStack(const ImageStack& a, const ImageStack& b);

// Window symmetric about 0 that holds `fraction` of the finite |values| (for difference images).
DisplayRange symmetricContrast(const float* values, std::size_t n, double fraction = 0.995);

// Window from 0 to the `fraction` quantile of the finite values, for maps of non-negative
// magnitudes (the uncertainty map): 0 stays black, so a large area at one small value (flat
// background) shows as the dark grey it is instead of being stretched to black, and only the top
// 1 - fraction of the samples saturate.
DisplayRange magnitudeContrast(const float* values, std::size_t n, double fraction = 0.995);

// Resident memory of this process in bytes (0 when unknown).
std::size_t residentMemoryBytes();

} // namespace pgd
