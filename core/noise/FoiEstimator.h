#pragma once
// FoiEstimator: single-image Poisson-Gaussian noise estimation without a clean image or network
// (Foi, Trimeche, Katkovnik, Egiazarian, IEEE TIP 2008), without the clipped-data extension:
//  1. one-level orthonormal Haar transform: per 2x2 block the approximation (block mean) and the
//     diagonal detail d = (p00 - p01 - p10 + p11) / 2, whose variance is a*mean + b; the level of
//     a block is the 5x5 box mean of block means (less noise in the level, so no regression
//     dilution flattening the fitted line);
//  2. a smooth-region mask: blocks whose 3x3-smoothed approximation gradient exceeds
//     edgeThreshold noise SDs (noise SD from a first unmasked pass) are dropped, dilated by 1;
//  3. level sets: the kept blocks sorted by level, split into equal-count sets; per set the mean
//     level and a robust SD: root mean square of the details within 4 MAD-SDs (1.4826 median|d|)
//     (unlike the MAD itself, unbiased for the skewed low-count Poisson case);
//  4. maximum-likelihood fit of (a,b) to the per-level SDs (Gaussian errors with variance
//     sigma^2 / (2 count)), by Nelder-Mead from a weighted LS start.
// Values in normalised units. Stateless apart from its options; safe from any thread.
#include "image/ImageStack.h"
#include "noise/NoiseFitter.h"

#include <cstddef>
#include <vector>

namespace pgd {

struct FoiOptions {
  int minBlocksPerLevel = 400; // detail coefficients per level set
  int maxLevels = 300;
  double edgeThreshold = 3.0; // in SDs of the smoothed gradient's noise
  int maxIterations = 2000;
};

// One level set: mean clean level and robust noise SD of the Haar detail there.
struct FoiLevel {
  double level = 0.0;
  double sd = 0.0;
  std::size_t count = 0;
};

class FoiEstimator {
public:
  explicit FoiEstimator(FoiOptions options = {}) : m_options(options) {}

  // One frame, width x height values, row-major. method "foi"; pixelsUsed = 4 x blocks used.
  // Throws Error(Input) when the image is smaller than 8x8 or too few smooth blocks remain.
  NoiseFitResult estimate(const float* y, int width, int height,
                          std::vector<FoiLevel>* levels = nullptr) const;
  // All frames pooled into one set of level sets.
  NoiseFitResult estimate(const ImageStack& stack, std::vector<FoiLevel>* levels = nullptr) const;
  const FoiOptions& options() const { return m_options; }

private:
  FoiOptions m_options;
};

} // namespace pgd
