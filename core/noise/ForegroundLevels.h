#pragma once
// ForegroundLevels: the clean levels the noise-fit histograms (paper Fig. 2) show when the user
// types none. Fluorescence images are mostly dark background, so levels spread over all pixels
// bunch in the background and hide how the noise grows with the signal. The levels are therefore
// spread over the foreground: the pixels above Otsu's threshold (docs/NOISE_FIT.md,
// "Automatic levels"). Pure functions; safe from any thread.
#include <cstddef>
#include <vector>

namespace pgd {

// Otsu's threshold of the finite values of v (256 bins between the 1% and 99% quantiles): the
// value that best splits them into a dark and a bright class. NaN when v has no finite value.
double otsuThreshold(const float* v, std::size_t n);

// `count` levels evenly spaced in value from the 10% to the 95% quantile of the values above
// otsuThreshold(v) (one level: midway); when fewer than 1% of the values lie above it (a nearly
// flat image), of the values above the median. Increasing; empty when v has no finite value or
// count < 1.
std::vector<double> foregroundLevels(const float* v, std::size_t n, int count);

} // namespace pgd
