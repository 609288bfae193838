#include "noise/FoiEstimator.h"

#include "job/Error.h"
#include "noise/NelderMead.h"

#include <algorithm>
#include <cmath>

namespace pgd {

namespace {

constexpr double kMadToSd = 1.4826;
constexpr double kTrimSds = 4.0;          // details beyond 4 robust SDs are edge leaks
constexpr double kSdVarianceFactor = 0.5; // var(sample SD) ~ sigma^2 / (2n) (Gaussian)
constexpr int kLevelRadius = 2;           // 5x5 box of block means gives the level
// SD of the central-difference gradient of the 3x3-box-smoothed block means, per unit pixel SD:
// block mean var s^2/4, the difference keeps 6 of 18 box terms (var 6/81), halved.
const double kGradientNoiseSd = std::sqrt(6.0 / 81.0 / 4.0) / 2.0;

struct Block {
  float level; // 5x5 box mean of the block means: the clean level with little noise left
  float detail;
  float gradient;
};

float clampedAt(const std::vector<float>& img, int bw, int bh, int j, int i) {
  return img[std::size_t(std::clamp(j, 0, bh - 1)) * bw + std::clamp(i, 0, bw - 1)];
}

// Haar split of one frame; gradient: the 3x3-dilated smoothed-gradient magnitude.
std::vector<Block> haarBlocks(const float* y, int width, int height) {
  const int bw = width / 2;
  const int bh = height / 2;
  std::vector<float> mean(std::size_t(bw) * bh);
  std::vector<Block> blocks(mean.size());
  for (int j = 0; j < bh; ++j)
    for (int i = 0; i < bw; ++i) {
      const float* r0 = y + std::size_t(2 * j) * width + 2 * i;
      const float* r1 = r0 + width;
      const std::size_t k = std::size_t(j) * bw + i;
      mean[k] = 0.25f * (r0[0] + r0[1] + r1[0] + r1[1]);
      blocks[k].detail = 0.5f * (r0[0] - r0[1] - r1[0] + r1[1]);
    }
  const auto boxMean = [&](int radius) {
    std::vector<float> out(mean.size());
    const float count = float((2 * radius + 1) * (2 * radius + 1));
    for (int j = 0; j < bh; ++j)
      for (int i = 0; i < bw; ++i) {
        float s = 0.0f;
        for (int dj = -radius; dj <= radius; ++dj)
          for (int di = -radius; di <= radius; ++di)
            s += clampedAt(mean, bw, bh, j + dj, i + di);
        out[std::size_t(j) * bw + i] = s / count;
      }
    return out;
  };
  const std::vector<float> smooth = boxMean(1);
  const std::vector<float> level = boxMean(kLevelRadius);
  for (std::size_t k = 0; k < blocks.size(); ++k)
    blocks[k].level = level[k];
  std::vector<float> gradient(mean.size());
  for (int j = 0; j < bh; ++j)
    for (int i = 0; i < bw; ++i) {
      const float gx =
          0.5f * (clampedAt(smooth, bw, bh, j, i + 1) - clampedAt(smooth, bw, bh, j, i - 1));
      const float gy =
          0.5f * (clampedAt(smooth, bw, bh, j + 1, i) - clampedAt(smooth, bw, bh, j - 1, i));
      gradient[std::size_t(j) * bw + i] = std::sqrt(gx * gx + gy * gy);
    }
  // Dilate by one block so the neighbours of an edge go too.
  for (int j = 0; j < bh; ++j)
    for (int i = 0; i < bw; ++i) {
      float g = 0.0f;
      for (int dj = -1; dj <= 1; ++dj)
        for (int di = -1; di <= 1; ++di)
          g = std::max(g, clampedAt(gradient, bw, bh, j + dj, i + di));
      blocks[std::size_t(j) * bw + i].gradient = g;
    }
  return blocks;
}

std::vector<FoiLevel> levelSets(std::vector<std::pair<float, float>>& meanDetail,
                                const FoiOptions& o) {
  std::sort(meanDetail.begin(), meanDetail.end());
  const std::size_t n = meanDetail.size();
  const std::size_t k = std::clamp<std::size_t>(n / std::size_t(std::max(1, o.minBlocksPerLevel)),
                                                1, std::size_t(std::max(1, o.maxLevels)));
  std::vector<FoiLevel> levels;
  std::vector<float> absDetail;
  for (std::size_t s = 0; s < k; ++s) {
    const std::size_t begin = s * n / k;
    const std::size_t end = (s + 1) * n / k;
    if (end - begin < 2)
      continue;
    double sum = 0.0;
    absDetail.clear();
    for (std::size_t i = begin; i < end; ++i) {
      sum += meanDetail[i].first;
      absDetail.push_back(std::fabs(meanDetail[i].second));
    }
    auto mid = absDetail.begin() + std::ptrdiff_t(absDetail.size() / 2);
    std::nth_element(absDetail.begin(), mid, absDetail.end());
    const double limit = kTrimSds * kMadToSd * *mid;
    double squares = 0.0;
    std::size_t kept = 0;
    for (float d : absDetail)
      if (d <= limit) {
        squares += double(d) * d;
        ++kept;
      }
    if (kept < 2)
      continue;
    levels.push_back({sum / double(end - begin), std::sqrt(squares / double(kept)), kept});
  }
  return levels;
}

// ML fit of sd_i ~ N(sqrt(a*level_i + b), (a*level_i + b) / (2 n_i)).
NoiseFitResult fitLevels(const std::vector<FoiLevel>& levels, int maxIterations) {
  NoiseFitResult r;
  r.method = "foi";
  // Weighted least squares of sd^2 on level for the start.
  double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const FoiLevel& l : levels) {
    const double w = double(l.count);
    const double v = l.sd * l.sd;
    sw += w;
    sx += w * l.level;
    sy += w * v;
    sxx += w * l.level * l.level;
    sxy += w * l.level * v;
  }
  const double det = sw * sxx - sx * sx;
  const double a0 = det > 0 ? (sw * sxy - sx * sy) / det : 0.0;
  const double b0 = det > 0 ? (sy - a0 * sx) / sw : sy / sw;
  const auto negLogLik = [&](const std::array<double, 2>& p) {
    double s = 0.0;
    for (const FoiLevel& l : levels) {
      const double var = std::max(1e-12, p[0] * l.level + p[1]);
      const double errVar = kSdVarianceFactor * var / double(l.count);
      const double e = l.sd - std::sqrt(var);
      s += 0.5 * e * e / errVar + 0.5 * std::log(errVar);
    }
    return s / double(levels.size());
  };
  NelderMead::Settings settings;
  settings.maxIterations = maxIterations;
  const NelderMead nm(settings);
  std::array<double, 2> x{a0, b0};
  NelderMeadResult best;
  for (int round = 0; round < 3; ++round) {
    const auto step = [](double v) { return v != 0.0 ? 0.05 * v : 0.00025; };
    const NelderMeadResult res = nm.minimize(negLogLik, 2, x, {step(x[0]), step(x[1])});
    r.iterations += res.iterations;
    if (round == 0 || res.value <= best.value)
      best = res;
    x = best.x;
  }
  r.a = best.x[0];
  r.b = best.x[1];
  r.objective = best.value;
  r.converged = best.converged;
  return r;
}

} // namespace

NoiseFitResult FoiEstimator::estimate(const ImageStack& stack,
                                      std::vector<FoiLevel>* levels) const {
  if (stack.width() < 8 || stack.height() < 8 || stack.frames() < 1)
    throw Error(ErrorKind::Input, "Foi noise estimate: image must be at least 8x8 pixels");
  std::vector<Block> blocks;
  for (int f = 0; f < stack.frames(); ++f) {
    const std::vector<Block> fb = haarBlocks(stack.frame(f), stack.width(), stack.height());
    blocks.insert(blocks.end(), fb.begin(), fb.end());
  }
  // Pass 1: every block, for the noise SD that scales the smoothness threshold.
  std::vector<std::pair<float, float>> md;
  md.reserve(blocks.size());
  for (const Block& b : blocks)
    if (std::isfinite(b.level) && std::isfinite(b.detail))
      md.emplace_back(b.level, b.detail);
  if (md.size() < 16)
    throw Error(ErrorKind::Input, "Foi noise estimate: too few finite pixels");
  const NoiseFitResult pre = fitLevels(levelSets(md, m_options), m_options.maxIterations);

  // Pass 2: smooth blocks only.
  md.clear();
  for (const Block& b : blocks) {
    if (!std::isfinite(b.level) || !std::isfinite(b.detail))
      continue;
    const double sd = std::sqrt(std::max(1e-12, pre.a * b.level + pre.b));
    if (b.gradient <= m_options.edgeThreshold * kGradientNoiseSd * sd)
      md.emplace_back(b.level, b.detail);
  }
  if (md.size() < 16)
    throw Error(ErrorKind::Input, "Foi noise estimate: too few smooth regions in the image");
  std::vector<FoiLevel> sets = levelSets(md, m_options);
  NoiseFitResult r = fitLevels(sets, m_options.maxIterations);
  r.iterations += pre.iterations;
  r.pixelsUsed = 4 * md.size();
  if (levels)
    *levels = std::move(sets);
  return r;
}

NoiseFitResult FoiEstimator::estimate(const float* y, int width, int height,
                                      std::vector<FoiLevel>* levels) const {
  if (width < 8 || height < 8)
    throw Error(ErrorKind::Input, "Foi noise estimate: image must be at least 8x8 pixels");
  ImageStack frame(1, height, width);
  std::copy(y, y + frame.size(), frame.values().begin());
  return estimate(frame, levels);
}

} // namespace pgd
