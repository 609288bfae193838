#pragma once
// The model vs image check: how an image to denoise differs from the data a model was trained
// on, from their ImageProfiles (image/ImageProfile.h). The thresholds and why they are where
// they are: docs/NOISE_FIT.md, "Model vs image check". Pure functions; safe from any thread.
#include "image/ImageProfile.h"

#include <string>
#include <vector>

namespace pgd {

// The raw range (99.9% minus 0.1% percentile) counts as far off when it is this many times
// wider or narrower than the training data's, or when its middle lies more than
// kRangeShiftLimit training ranges away from the training range's middle.
constexpr double kRangeRatioLimit = 4.0;
constexpr double kRangeShiftLimit = 2.0;
// The noise level (ImageProfile::noiseStd) counts as far off at this many times more or less.
constexpr double kNoiseRatioLimit = 3.0;

// One short English line per difference ("" none): another pixel type, a raw range far off, a
// noise level far off. Frame sizes are not compared (tiling takes any size). Missing or
// degenerate numbers (NaN, zero range) are not compared.
std::vector<std::string> profileMismatches(const ImageProfile& trained, const ImageProfile& image);

} // namespace pgd
