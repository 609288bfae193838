#include "display/LineProfile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pgd {

namespace {

// Bilinear value at (x, y); NaN outside the pixel centres' hull widened by half a pixel.
double bilinear(const float* f, int w, int h, double x, double y) {
  if (!(x >= -0.5 && y >= -0.5 && x <= w - 0.5 && y <= h - 0.5))
    return std::numeric_limits<double>::quiet_NaN();
  const double cx = std::fmin(std::fmax(x, 0.0), double(w - 1));
  const double cy = std::fmin(std::fmax(y, 0.0), double(h - 1));
  const int ix = std::min(int(cx), w - 2 < 0 ? 0 : w - 2);
  const int iy = std::min(int(cy), h - 2 < 0 ? 0 : h - 2);
  const int jx = std::min(ix + 1, w - 1);
  const int jy = std::min(iy + 1, h - 1);
  const double fx = cx - ix;
  const double fy = cy - iy;
  const auto at = [&](int xx, int yy) { return double(f[std::size_t(yy) * w + xx]); };
  return (1 - fy) * ((1 - fx) * at(ix, iy) + fx * at(jx, iy)) +
         fy * ((1 - fx) * at(ix, jy) + fx * at(jx, jy));
}

} // namespace

std::vector<ProfileSample> lineProfile(const float* frame, int width, int height, double x0,
                                       double y0, double x1, double y1) {
  std::vector<ProfileSample> out;
  if (!frame || width <= 0 || height <= 0)
    return out;
  const double length = std::hypot(x1 - x0, y1 - y0);
  const int steps = int(std::ceil(length));
  out.reserve(std::size_t(steps) + 1);
  for (int i = 0; i <= steps; ++i) {
    const double t = steps == 0 ? 0.0 : double(i) / steps;
    out.push_back(
        {t * length, bilinear(frame, width, height, x0 + t * (x1 - x0), y0 + t * (y1 - y0))});
  }
  return out;
}

} // namespace pgd
