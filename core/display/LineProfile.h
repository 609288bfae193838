#pragma once
// LineProfile: the values of one frame along a straight line, one sample per pixel of length,
// bilinearly interpolated, for the workbench's line profile of noisy vs denoised vs mu (Fiji's
// Analyze > Plot Profile habit). Qt-free; pure function, safe from any thread.
#include <cstddef>
#include <vector>

namespace pgd {

struct ProfileSample {
  double distance = 0.0; // from the line's start, in pixels
  double value = 0.0;    // NaN where the point lies outside the frame
};

// Samples from (x0, y0) to (x1, y1) (pixel centres at integer coordinates: pixel (i, j) covers
// [i - 0.5, i + 0.5)) at ceil(length) + 1 evenly spaced points, both ends included; a line of
// length 0 gives one sample. `frame` is width x height, row-major.
std::vector<ProfileSample> lineProfile(const float* frame, int width, int height, double x0,
                                       double y0, double x1, double y1);

} // namespace pgd
