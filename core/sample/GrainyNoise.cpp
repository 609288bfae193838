#include "sample/GrainyNoise.h"

#include <random>
#include <vector>

namespace pgd {

ImageStack withGrainyNoise(const ImageStack& clean, double sigma, std::uint64_t seed) {
  ImageStack noisy = clean;
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> normal(0.0, 1.0);
  const int w = clean.width();
  const int h = clean.height();
  const int pw = w + 2;
  std::vector<double> white(std::size_t(pw) * std::size_t(h + 2));
  for (int f = 0; f < clean.frames(); ++f) {
    for (double& v : white)
      v = normal(rng);
    float* out = noisy.values().data() + std::size_t(f) * clean.frameSize();
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) {
        double sum = 0.0;
        for (int dy = 0; dy < 3; ++dy)
          for (int dx = 0; dx < 3; ++dx)
            sum += white[std::size_t(y + dy) * pw + std::size_t(x + dx)];
        out[std::size_t(y) * w + x] += float(sigma * sum / 3.0); // 9 terms: variance 9 / 9
      }
  }
  return noisy;
}

} // namespace pgd
