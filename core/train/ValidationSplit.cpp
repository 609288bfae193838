#include "train/ValidationSplit.h"

#include "job/Error.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace pgd {
namespace {

constexpr int kMaxPlacementTries = 50;
constexpr int kRejectionTries = 2000;

int floor32(int v) {
  return v / 32 * 32;
}

bool overlaps(const Region& r, int frame, int y, int x, int size, int margin) {
  return r.frame == frame && y < r.y + r.height + margin && r.y - margin < y + size &&
         x < r.x + r.width + margin && r.x - margin < x + size;
}

} // namespace

bool ValidationSplit::cropAllowed(int frame, int y, int x) const {
  if (frame < 0 || frame >= static_cast<int>(m_frames.size()) || !m_isTraining[frame])
    return false;
  const auto& f = m_frames[frame];
  if (y < 0 || x < 0 || y + m_cropSize > f.height || x + m_cropSize > f.width)
    return false;
  return std::none_of(m_regions.begin(), m_regions.end(), [&](const Region& r) {
    return overlaps(r, frame, y, x, m_cropSize, kMargin);
  });
}

bool ValidationSplit::anyCropAllowed(int frame) const {
  const auto& f = m_frames[frame];
  for (int y = 0; y + m_cropSize <= f.height; ++y)
    for (int x = 0; x + m_cropSize <= f.width; ++x)
      if (cropAllowed(frame, y, x))
        return true;
  return false;
}

Region ValidationSplit::sampleCrop(std::mt19937_64& rng) const {
  std::uniform_int_distribution<std::size_t> pickFrame(0, m_trainingFrames.size() - 1);
  const int frame = m_trainingFrames[pickFrame(rng)];
  const auto& f = m_frames[frame];
  std::uniform_int_distribution<int> py(0, f.height - m_cropSize);
  std::uniform_int_distribution<int> px(0, f.width - m_cropSize);
  for (int t = 0; t < kRejectionTries; ++t) {
    const int y = py(rng);
    const int x = px(rng);
    if (cropAllowed(frame, y, x))
      return {frame, y, x, m_cropSize, m_cropSize};
  }
  // Very few allowed positions: pick uniformly among all of them.
  std::vector<std::pair<int, int>> allowed;
  for (int y = 0; y + m_cropSize <= f.height; ++y)
    for (int x = 0; x + m_cropSize <= f.width; ++x)
      if (cropAllowed(frame, y, x))
        allowed.emplace_back(y, x);
  std::uniform_int_distribution<std::size_t> pick(0, allowed.size() - 1);
  const auto [y, x] = allowed[pick(rng)];
  return {frame, y, x, m_cropSize, m_cropSize};
}

ValidationSplit ValidationSplit::make(const std::vector<FrameShape>& frames, int cropSize,
                                      double fraction, std::uint64_t seed) {
  if (frames.empty())
    throw Error(ErrorKind::Input, "training data: no images");
  int smallest = frames.front().height;
  for (const auto& f : frames)
    smallest = std::min({smallest, f.height, f.width});
  if (smallest < kMinCrop)
    throw Error(ErrorKind::Input,
                fmt::format("training data: images must be at least {0}x{0} pixels (smallest side "
                            "is {1})",
                            kMinCrop, smallest));
  fraction = std::clamp(fraction, 0.01, 0.5);
  std::mt19937_64 rng(seed ^ 0x5eedULL);
  ValidationSplit split;
  split.m_frames = frames;
  split.m_isTraining.assign(frames.size(), true);
  const int n = static_cast<int>(frames.size());
  split.m_cropSize =
      std::max(kMinCrop, std::min(floor32(std::max(cropSize, kMinCrop)), floor32(smallest)));

  if (n >= kMinFramesForHeldOutFrames) {
    split.m_heldOutFrames = true;
    const int held = std::max(1, static_cast<int>(std::lround(fraction * n)));
    // Spread the held-out frames over the stack (bleaching, drift).
    std::vector<int> heldFrames;
    for (int k = 0; k < held; ++k)
      heldFrames.push_back(static_cast<int>((k + 0.5) * n / held));
    for (int f : heldFrames)
      split.m_isTraining[f] = false;
    for (int f = 0; f < n; ++f)
      if (split.m_isTraining[f])
        split.m_trainingFrames.push_back(f);
    const int perFrame = std::max(1, kMaxValidationRegions / held);
    for (int f : heldFrames) {
      const int b = std::min(128, floor32(std::min(frames[f].height, frames[f].width)));
      std::uniform_int_distribution<int> py(0, frames[f].height - b);
      std::uniform_int_distribution<int> px(0, frames[f].width - b);
      const int count = std::min(perFrame, (frames[f].height / b) * (frames[f].width / b));
      for (int k = 0; k < count; ++k)
        split.m_regions.push_back({f, py(rng), px(rng), b, b});
    }
    return split;
  }

  for (int f = 0; f < n; ++f)
    split.m_trainingFrames.push_back(f);
  while (true) {
    split.m_regions.clear();
    bool feasible = true;
    for (int f = 0; f < n && feasible; ++f) {
      const auto& shape = frames[f];
      const int b = std::clamp(floor32(std::min(shape.height, shape.width) / 4), 32, 64);
      const int blocks = std::max(
          1, static_cast<int>(std::lround(fraction * shape.height * shape.width / (b * b))));
      const int cellsY = shape.height / b;
      const int cellsX = shape.width / b;
      feasible = false;
      for (int attempt = 0; attempt < kMaxPlacementTries && !feasible; ++attempt) {
        std::vector<int> cells(cellsY * cellsX);
        for (std::size_t i = 0; i < cells.size(); ++i)
          cells[i] = static_cast<int>(i);
        std::shuffle(cells.begin(), cells.end(), rng);
        const auto before = split.m_regions.size();
        for (int k = 0; k < blocks && k < static_cast<int>(cells.size()); ++k)
          split.m_regions.push_back({f, cells[k] / cellsX * b, cells[k] % cellsX * b, b, b});
        feasible = split.anyCropAllowed(f);
        if (!feasible)
          split.m_regions.resize(before);
      }
    }
    if (feasible)
      return split;
    if (split.m_cropSize <= kMinCrop)
      throw Error(ErrorKind::Input,
                  fmt::format("training data: images of {0}x{1} pixels are too small to hold out "
                              "validation blocks beside a {2}x{2} crop",
                              frames.front().height, frames.front().width, kMinCrop));
    split.m_cropSize -= 32;
  }
}

} // namespace pgd
