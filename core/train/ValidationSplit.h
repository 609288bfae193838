#pragma once
// ValidationSplit: which pixels the optimiser never sees (docs/TRAINING.md). With enough frames
// (kMinFramesForHeldOutFrames), whole frames are held out and validation regions are blocks of
// those frames. Otherwise each frame keeps a few square blocks (about `fraction` of its area) for
// validation, and training crops must stay kMargin pixels away from them, so a validation pixel is
// never a training target nor part of a training input. Blocks are multiples of 32 so the network
// evaluates them unpadded. Torch-free value type; safe to copy between threads.
#include <cstdint>
#include <random>
#include <vector>

namespace pgd {

struct FrameShape {
  int height = 0;
  int width = 0;
};

struct Region {
  int frame = 0; // index into the frame list given to make()
  int y = 0;
  int x = 0;
  int height = 0;
  int width = 0;
};

class ValidationSplit {
public:
  static constexpr int kMinFramesForHeldOutFrames = 5;
  static constexpr int kMargin = 4;
  static constexpr int kMinCrop = 32;
  static constexpr int kMaxValidationRegions = 16;

  // Chooses the split for crops of `cropSize` (rounded down to a multiple of 32, shrunk when the
  // frames are too small). Throws Error(Input) when no frame can hold a crop of 32.
  static ValidationSplit make(const std::vector<FrameShape>& frames, int cropSize, double fraction,
                              std::uint64_t seed);

  bool heldOutFrames() const { return m_heldOutFrames; }
  int cropSize() const { return m_cropSize; }
  const std::vector<int>& trainingFrames() const { return m_trainingFrames; }
  const std::vector<Region>& validationRegions() const { return m_regions; }

  // True when a cropSize x cropSize crop at (y, x) of `frame` lies inside the frame, in a training
  // frame, and at least kMargin pixels away from every validation region.
  bool cropAllowed(int frame, int y, int x) const;
  // A random allowed crop position {y, x} in a random training frame: {frame, y, x}.
  Region sampleCrop(std::mt19937_64& rng) const;

private:
  bool anyCropAllowed(int frame) const;

  std::vector<FrameShape> m_frames;
  std::vector<int> m_trainingFrames;
  std::vector<bool> m_isTraining;
  std::vector<Region> m_regions;
  int m_cropSize = 0;
  bool m_heldOutFrames = false;
};

} // namespace pgd
