#pragma once
// GrainyNoise: Gaussian noise correlated between neighbouring pixels, as widefield cameras and
// interpolating pipelines give it (FMD widefield: neighbours correlate about +0.6). Each pixel
// gets the sum of white noise over the 3x3 box around it, scaled to the asked standard
// deviation: adjacent pixels correlate 2/3, two apart 1/3, three apart 0. Tests of the
// blind-spot choice (train/BlindSpotChoice.h) and of training on such noise use it. Pure
// computation; safe from any thread.
#include "image/ImageStack.h"

#include <cstdint>

namespace pgd {

// clean plus grainy Gaussian noise of standard deviation `sigma` (the image's units), frame by
// frame, from `seed`.
ImageStack withGrainyNoise(const ImageStack& clean, double sigma, std::uint64_t seed);

} // namespace pgd
