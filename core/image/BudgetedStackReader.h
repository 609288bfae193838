#pragma once
// BudgetedStackReader: reads the stacks a training run learns from within a memory budget. When
// all their frames (as float32) fit the budget, every file is read whole with readImageStack;
// otherwise a random subset of frames is read, one frame at a time through openFrameSource
// (core/image/FrameSource.h), so neither the file nor the run ever holds more than the budget:
// every file keeps at least one frame, and further frames are drawn at random over all files
// until the next would pass the budget. The training crops then come from the frames read
// (docs/ARCHITECTURE.md, "Training run"). Safe from any thread.
#include "image/ImageStack.h"
#include "image/StackReader.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <vector>

namespace pgd {

struct BudgetedStacks {
  // One stack per file, in the files' order: all its frames, or the chosen ones in file order
  // (then a plain stack of those frames, with a warning saying which were kept).
  std::vector<ImageStack> stacks;
  long long framesInFiles = 0; // frames the files hold
  long long framesRead = 0;    // frames read into `stacks`
};

// `budgetBytes` 0: no budget. `seed` picks the subset (the same seed, the same frames).
// `channel` >= 0: only that channel's frames count and are read (core/image/ChannelSelection.h);
// a file without it is Error(Usage) naming the file. Throws Error(Input) as readImageStack does.
BudgetedStacks readStacksWithinBudget(const std::vector<std::filesystem::path>& files,
                                      std::size_t budgetBytes, std::uint64_t seed,
                                      const ReadOptions& options = {}, int channel = -1);

} // namespace pgd
