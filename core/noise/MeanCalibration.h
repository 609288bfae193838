#pragma once
// MeanCalibration: the posterior's prior mean read off the noisy frame. The blind-spot network
// computes mu_i without y_i, so pixel i's noise is independent of mu_i and E[y | mu] = E[x | mu]:
// replacing mu by the mean of the noisy values of the pixels at its level
// (noise/LevelCalibration.h) removes the part of mu's error that is a function of mu (a global
// offset, a contrast a briefly trained or pretrained network has not learned for this image)
// and keeps the rest (docs/ARCHITECTURE.md#prior-mean, with what it gains). Pure functions; any
// thread.
#include "noise/LevelCalibration.h"

#include <cstddef>

namespace pgd {

// E[y | mu] for one frame (normalised units): sums over 4096 intervals of mu between its least
// and greatest finite values, equal-count groups, away from the clip levels (clipLow, clipHigh
// at or beyond -+kNoClipLevel: none). The identity for frames under two groups' worth
// of pixels.
LevelCalibration meanCalibration(const float* y, const float* mu, std::size_t n, double clipLow,
                                 double clipHigh);

// mu[i] = calibration(mu[i]) for the n values (non-finite ones are left as they are).
void applyMeanCalibration(const LevelCalibration& calibration, float* mu, std::size_t n);

} // namespace pgd
