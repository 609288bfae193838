#pragma once
// Metrics: image-quality figures for the evaluation (docs/ARCHITECTURE.md#evaluation). Every
// PSNR takes an explicit data range; the two conventions of the paper have named helpers:
//  - 8-bit data: range 255 (values in 0..255 units), kDataRange8Bit;
//  - 16-bit data (PPN2V convention): range max(reference) - min(reference), dataRangeMinMax().
// SSIM follows Wang et al. 2004 (Gaussian 11x11 window, sigma 1.5, K1 0.01, K2 0.03, mean over
// the 'valid' window positions, as in the authors' reference code). psnrAffine() first maps the
// result by the least-squares affine fit onto the reference (scale*result + offset), which
// removes the brightness/contrast mismatch of averaged ground truths such as W2S; report it next
// to, never instead of, the plain PSNR. Pure functions; safe from any thread.
#include "image/ImageStack.h"

#include <cstddef>

namespace pgd {

constexpr double kDataRange8Bit = 255.0;

struct AffineFit {
  double scale = 1.0;
  double offset = 0.0;
};

struct SsimOptions {
  int window = 11;
  double sigma = 1.5;
  double k1 = 0.01;
  double k2 = 0.03;
};

double meanSquaredError(const float* result, const float* reference, std::size_t n);
// PPN2V convention: max(reference) - min(reference).
double dataRangeMinMax(const float* reference, std::size_t n);
// 10 log10(range^2 / MSE); +infinity when the images are equal. Throws Error(Usage) for n == 0
// or range <= 0.
double psnr(const float* result, const float* reference, std::size_t n, double dataRange);
double psnr8Bit(const float* result, const float* reference, std::size_t n);
double psnrMinMax(const float* result, const float* reference, std::size_t n);
// Least-squares (scale, offset) minimising |scale*result + offset - reference|^2.
AffineFit affineFit(const float* result, const float* reference, std::size_t n);
double psnrAffine(const float* result, const float* reference, std::size_t n, double dataRange);
// One width x height image. Throws Error(Input) when smaller than the window.
double ssim(const float* result, const float* reference, int width, int height, double dataRange,
            const SsimOptions& options = {});

// Stacks of one shape: the mean over frames of the per-frame figure (the papers' convention).
// minMaxRange: per-frame PPN2V range when true, else the given dataRange.
double meanPsnr(const ImageStack& result, const ImageStack& reference, double dataRange,
                bool minMaxRange = false);
double meanSsim(const ImageStack& result, const ImageStack& reference, double dataRange,
                bool minMaxRange = false);

} // namespace pgd
