#pragma once
// ImageProfile: a few cheap numbers that say what kind of image a stack is (pixel type, raw
// range, frame size, noise level). A model records the profile of its training data in
// model.json, and denoising compares the image's profile with it (image/ProfileMismatch.h;
// docs/NOISE_FIT.md, "Model vs image check"). Pure functions; safe from any thread.
#include "image/ImageStack.h"

#include <vector>

namespace pgd {

struct ImageProfile {
  PixelType pixelType = PixelType::Float32;
  double rawLow = 0.0;  // 0.1% percentile of the raw values
  double rawHigh = 0.0; // 99.9% percentile of the raw values
  int width = 0;
  int height = 0;
  // Noise standard deviation in raw units: 1.4826 * median |4y - the four neighbours of y| /
  // sqrt(20) over the frames' interior (the local difference of docs/NOISE_FIT.md; exact for
  // a locally linear image). NaN when no frame has an interior (below 3x3 pixels).
  double noiseStd = 0.0;
};

// The profile of one stack, or of several taken together (the type, width and height of the
// first; percentiles over all values; the median of the frames' noise levels). Strided
// subsamples of about 10^6 values bound the cost whatever the stack's size; no stack is
// copied. Constant frames are left out unless every frame is constant (found by one pass over
// each frame's values: exact, and cheap beside the denoising or training that asks for the
// profile). Empty input: a zero profile.
ImageProfile profileOf(const ImageStack& stack);
ImageProfile profileOf(const std::vector<ImageStack>& stacks);

// The noise standard deviation of one width x height frame as ImageProfile::noiseStd reads it,
// from every `stride`-th interior pixel; NaN below 3x3 pixels or without a finite difference.
double localDifferenceNoiseStd(const float* values, int width, int height, std::size_t stride = 1);

} // namespace pgd
