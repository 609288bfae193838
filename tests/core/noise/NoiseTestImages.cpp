#include "NoiseTestImages.h"

#include <cmath>

namespace pgd::test {

ImageStack rampImage(int size, double lo, double hi) {
  ImageStack img(1, size, size);
  for (int y = 0; y < size; ++y)
    for (int x = 0; x < size; ++x)
      img.at(0, y, x) = float(lo + (hi - lo) * x / double(size - 1));
  return img;
}

ImageStack tieredImage(int size) {
  ImageStack img(1, size, size);
  for (int y = 0; y < size; ++y)
    for (int x = 0; x < size; ++x) {
      const double t = x / double(size - 1);
      img.at(0, y, x) = float(t < 0.35 ? 0.0 : t < 0.7 ? 0.05 + 0.85 * (t - 0.35) / 0.35 : 0.9);
    }
  return img;
}

ImageStack piecewiseSmoothPhantom(int size) {
  ImageStack img(1, size, size);
  const double s = size;
  for (int y = 0; y < size; ++y)
    for (int x = 0; x < size; ++x) {
      const double u = x / s;
      const double v = y / s;
      double value = 0.08 + 0.25 * u + 0.1 * v; // background gradient
      // Flat discs.
      const double discs[4][4] = {{0.25, 0.25, 0.12, 0.45},
                                  {0.72, 0.3, 0.15, 0.6},
                                  {0.3, 0.72, 0.1, 0.3},
                                  {0.7, 0.75, 0.13, 0.75}};
      for (const auto& d : discs)
        if ((u - d[0]) * (u - d[0]) + (v - d[1]) * (v - d[1]) < d[2] * d[2])
          value = d[3];
      // Smooth blobs on top.
      value += 0.15 * std::exp(-((u - 0.5) * (u - 0.5) + (v - 0.5) * (v - 0.5)) / 0.01);
      value += 0.1 * std::exp(-((u - 0.1) * (u - 0.1) + (v - 0.9) * (v - 0.9)) / 0.005);
      img.at(0, y, x) = float(std::fmin(0.9, value));
    }
  return img;
}

} // namespace pgd::test
