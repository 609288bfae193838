#include "image/ImageProfile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pgd {
namespace {

// About this many samples per statistic: percentiles and medians to well under 1%.
constexpr std::size_t kSamples = 1000000;

double pick(std::vector<float>& s, double q) {
  const std::size_t k = static_cast<std::size_t>(q * double(s.size() - 1));
  std::nth_element(s.begin(), s.begin() + std::ptrdiff_t(k), s.end());
  return double(s[k]);
}

// The profile of the stacks taken together (pointers: a stack is never copied). Constant frames
// (an all-zero frame after an aborted acquisition) are left out, as training and denoising leave
// them out: their values would pull the percentiles and their zero noise the median noise level;
// a stack of constant frames only is profiled as it is.
ImageProfile profileOfAll(const std::vector<const ImageStack*>& stacks) {
  ImageProfile p;
  std::vector<std::vector<char>> used(stacks.size());
  std::size_t total = 0;
  std::size_t frames = 0;
  for (std::size_t k = 0; k < stacks.size(); ++k) {
    const ImageStack& s = *stacks[k];
    used[k].assign(std::size_t(s.frames()), 1);
    for (int f = 0; f < s.frames(); ++f)
      if (constantValue(s.frame(f), s.frameSize()))
        used[k][std::size_t(f)] = 0;
    for (char u : used[k])
      frames += std::size_t(u);
  }
  if (frames == 0)
    for (std::vector<char>& u : used)
      std::fill(u.begin(), u.end(), 1);
  frames = 0;
  for (std::size_t k = 0; k < stacks.size(); ++k)
    for (char u : used[k])
      if (u) {
        ++frames;
        total += stacks[k]->frameSize();
      }
  if (total == 0)
    return p;
  p.pixelType = stacks.front()->metadata().sourceType;
  p.width = stacks.front()->width();
  p.height = stacks.front()->height();

  const std::size_t step = std::max<std::size_t>(1, total / kSamples);
  std::vector<float> values;
  values.reserve(total / step + frames);
  std::vector<double> noise;
  const std::size_t perFrame =
      std::max<std::size_t>(1, kSamples / std::max<std::size_t>(1, frames));
  for (std::size_t k = 0; k < stacks.size(); ++k) {
    const ImageStack& s = *stacks[k];
    const std::size_t stride = std::max<std::size_t>(1, s.frameSize() / perFrame);
    for (int f = 0; f < s.frames(); ++f) {
      if (!used[k][std::size_t(f)])
        continue;
      const float* v = s.frame(f);
      for (std::size_t i = 0; i < s.frameSize(); i += step)
        if (std::isfinite(v[i]))
          values.push_back(v[i]);
      const double sd = localDifferenceNoiseStd(s.frame(f), s.width(), s.height(), stride);
      if (std::isfinite(sd))
        noise.push_back(sd);
    }
  }
  if (!values.empty()) {
    p.rawLow = pick(values, 0.001);
    p.rawHigh = pick(values, 0.999);
  }
  if (noise.empty()) {
    p.noiseStd = std::numeric_limits<double>::quiet_NaN();
  } else {
    std::nth_element(noise.begin(), noise.begin() + std::ptrdiff_t(noise.size() / 2), noise.end());
    p.noiseStd = noise[noise.size() / 2];
  }
  return p;
}

} // namespace

double localDifferenceNoiseStd(const float* v, int width, int height, std::size_t stride) {
  if (width < 3 || height < 3)
    return std::numeric_limits<double>::quiet_NaN();
  std::vector<float> d;
  const std::size_t interior = std::size_t(width - 2) * std::size_t(height - 2);
  d.reserve(interior / stride + 1);
  std::size_t i = 0;
  for (int y = 1; y < height - 1; ++y)
    for (int x = 1; x < width - 1; ++x, ++i) {
      if (i % stride != 0)
        continue;
      const std::size_t p = std::size_t(y) * std::size_t(width) + std::size_t(x);
      const double r = (4.0 * v[p] - v[p - 1] - v[p + 1] - v[p - std::size_t(width)] -
                        v[p + std::size_t(width)]) /
                       std::sqrt(20.0);
      if (std::isfinite(r))
        d.push_back(float(std::abs(r)));
    }
  if (d.empty())
    return std::numeric_limits<double>::quiet_NaN();
  return 1.4826 * pick(d, 0.5);
}

ImageProfile profileOf(const ImageStack& stack) {
  return profileOfAll({&stack});
}

ImageProfile profileOf(const std::vector<ImageStack>& stacks) {
  std::vector<const ImageStack*> all;
  for (const ImageStack& s : stacks)
    all.push_back(&s);
  return profileOfAll(all);
}

} // namespace pgd
