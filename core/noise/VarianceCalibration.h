#pragma once
// VarianceCalibration: one scale for the network's predicted total variance s2, fitted by
// maximum likelihood on the image being denoised, before the posterior (docs/ARCHITECTURE.md)
// splits s2 into noise and prior.
//
// Why: the posterior's prior variance p = s2 - n is the small difference of two large numbers,
// so a few percent of bias in s2 moves it by a large factor. The blind-spot mu never sees y_i, so
// (y_i - mu_i)^2 is an unbiased sample of the total variance at every pixel (training pixels
// included), and the image itself tells how far s2 is off. Measured on W2S 081_2 (quick preset,
// 2 threads, 1,000 steps): s2 was 21% above the residuals at every intensity, which made the
// posterior 2.9 dB worse than mu (29.69 vs 32.55 dB); with the fitted scale (0.80) it scores
// 32.19 dB. A well-calibrated network gets a scale near 1 and the same posterior
// (docs/TRAINING.md, "Variance scale before the posterior").
//
// The scale applies to the training loss's variance v = s2 + floor (so the likelihood is the one
// the network was trained on; the caller passes the loss's floor, kUncalibratedVarianceFloor =
// 1e-3, which lives with the loss in core/nn): c = mean((y - mu)^2 / v) when nothing is clipped;
// clipped pixels enter as censored values (their tail probability), as in NoiseFitter, and c is
// then found by a golden-section search. Then s2' = max(0, c*v - floor). Safe from any thread.
#include <cstddef>

namespace pgd {

struct VarianceCalibrationResult {
  double scale = 1.0;     // c; 1 when fewer than 256 pixels are usable
  std::size_t pixels = 0; // pixels the scale was fitted on (clipped ones included)
};

// y, mu, s2: n values (normalised units). varianceFloor: the loss's v = s2 + varianceFloor. Only
// pixels with s2 >= varianceFloor count: below it the floor dominates v. Pixels with y at or
// beyond clipLow/clipHigh are clipped sensor values: they count by the probability of lying beyond
// the clip level.
VarianceCalibrationResult fitVarianceScale(const float* y, const float* mu, const float* s2,
                                           std::size_t n, double varianceFloor, double clipLow,
                                           double clipHigh);

// s2 <- max(0, scale * (s2 + varianceFloor) - varianceFloor), in place.
void applyVarianceScale(float* s2, std::size_t n, double scale, double varianceFloor);

} // namespace pgd
