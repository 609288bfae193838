#pragma once
// The flags of a finished noise fit (at a bound, few pixels, not converged, heavy clipping,
// correlated noise) and their warnings; the public verdict functions (noiseFitFlags,
// flaggedFitsLine, ...) are declared in noise/NoiseFitter.h and defined with it in
// FitVerdict.cpp. Any thread.
#include "noise/NoiseFitter.h"

namespace pgd::noisefit {

// Sets fewPixels and the warnings from the flags of a finished fit.
void flagFit(NoiseFitResult& r, const NoiseFitOptions& o);

} // namespace pgd::noisefit
