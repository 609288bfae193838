#pragma once
// NoiseUnitsText: the one wording of a,b in pgdenoise's text output (the sample, simulate and
// denoise lines): raw image units first, then the normalised units (the model's normalisation,
// raw = scale * normalised + offset; docs/NOISE_FIT.md, "Units"). Pure; safe from any thread.
#include "noise/NoiseParams.h"

#include <string>

namespace pgd {

// "a_raw=133.3 b_raw=-1.087e+05 (raw units), a_norm=0.04551 b_norm=0.001232 (normalised)" with
// `digits` significant digits.
std::string noiseUnitsText(NoiseParams raw, NoiseParams normalised, int digits = 4);

} // namespace pgd
