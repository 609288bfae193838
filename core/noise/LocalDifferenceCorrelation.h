#pragma once
// LocalDifferenceCorrelation: how far a frame's noise is from independent from pixel to pixel,
// read from the image itself. For noise independent from pixel to pixel over a locally linear
// clean image, the five-point differences L = 4y - left - right - up - down of two adjacent
// pixels share two terms with opposite signs and have correlation -8/20 = -0.4 exactly;
// spatially correlated noise (grains larger than a pixel, interpolation, demosaicing) moves it
// towards 0 and above. The auto residual of the noise fit reads it (docs/NOISE_FIT.md,
// "Residual"). Pure function; safe from any thread.
#include <cstddef>

namespace pgd {

// The correlation of adjacent local differences for independent noise.
constexpr double kIndependentNoiseCorrelation = -0.4;

struct LocalDifferenceCorrelationResult {
  double correlation = 0.0; // horizontal and vertical pairs together; NaN without pairs
  std::size_t pairs = 0;
};

// y: one width x height frame (row-major). Uses the pairs of horizontally and vertically
// adjacent interior pixels whose stencils hold only finite values strictly between clipLow and
// clipHigh (clipped values carry no noise), at most about maxPairs of them (whole rows, evenly
// spread). The correlation is (s+ - s-) / (s+ + s-) with s+- the mean of (L1 +- L2)^2 over the
// 98% smallest values: the few large differences at strong edges are left out of both alike.
// threads: as NoiseFitOptions::threads; the result does not depend on it.
LocalDifferenceCorrelationResult localDifferenceCorrelation(const float* y, int width, int height,
                                                            double clipLow, double clipHigh,
                                                            std::size_t maxPairs = 1u << 20,
                                                            int threads = 0);

// The same statistic for the local differences of pixels `spacing` apart,
// L = 4y - the four pixels `spacing` away, paired with the difference `spacing` to the right and
// below: -0.4 where the noise is independent between pixels that far apart (noise in grains
// smaller than `spacing` pixels) and the clean image is locally linear at that scale. Read on the
// spacing^2 interleaved sub-frames y[r::spacing, c::spacing] (at most about maxPairs pairs in all;
// their correlations weighted by their pairs); spacing 1 is localDifferenceCorrelation itself.
LocalDifferenceCorrelationResult
localDifferenceCorrelationAt(const float* y, int width, int height, int spacing, double clipLow,
                             double clipHigh, std::size_t maxPairs = 1u << 20, int threads = 0);

} // namespace pgd
