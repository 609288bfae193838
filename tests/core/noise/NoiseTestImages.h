#pragma once
// Synthetic clean images for the noise tests, in normalised units.
#include "image/ImageStack.h"

namespace pgd::test {

// Horizontal ramp from lo (left column) to hi (right column): every level equally often.
ImageStack rampImage(int size, double lo = 0.05, double hi = 0.95);

// Columns: 35% background at 0, 35% ramp 0.05..0.9, 30% plateau at 0.9. Dark and bright
// plateaus pin down b and a (Fisher information), so a 1024^2 fit has a relative standard error
// under 1% for a and b over the paper's grid.
ImageStack tieredImage(int size);

// Piecewise-smooth scene: a gentle background gradient, flat discs of several intensities and
// smooth Gaussian blobs, values in [0.05, 0.9].
ImageStack piecewiseSmoothPhantom(int size);

} // namespace pgd::test
