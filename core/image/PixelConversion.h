#pragma once
// PixelConversion: turns raw interleaved samples of one page into float gray values with the
// reader's colour policy (one channel as is; chosen channel; gray+alpha -> gray; RGB(A) ->
// Rec. 601 luminance). Pure function; safe from any thread.
#include "image/PixelType.h"

#include <cstddef>

namespace pgd {

// raw: pixels * comps samples of `type`, interleaved. channel: -1 for the default policy.
void convertPixels(PixelType type, const void* raw, std::size_t pixels, int comps, int channel,
                   float* out);

std::size_t bytesPerSample(PixelType type);

} // namespace pgd
