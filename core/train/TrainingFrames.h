#pragma once
// The training images as the trainer reads them: every frame normalised once into float32
// (prepareFrames, refusing empty, non-finite and constant frames with a one-line error), and crops
// of them as tensors (extract). Built on the training thread before the loop; read-only after.
#include "image/ImageStack.h"
#include "image/Normalization.h"
#include "train/ValidationSplit.h"

#include <torch/torch.h>

#include <cstddef>
#include <string>
#include <vector>

namespace pgd::training {

struct Frames {
  std::vector<std::vector<float>> values; // normalised
  std::vector<FrameShape> shapes;
  // The constant frames left out ("cells.tif frame 3", the file's name without its folder): a
  // frame of one value has nothing to learn (an all-zero frame at the end of an aborted
  // acquisition, say).
  std::vector<std::string> leftOut;
};

// "image N" (1-based) for a stack read from no file, else its path: how errors name it.
std::string sourceName(const ImageStack& stack, std::size_t index);

// The fixed map of the run: the union of the stacks' own maps (Normalization::fromData).
Normalization combinedNormalization(const std::vector<ImageStack>& data);

// Every frame of `data` that is not constant, normalised by `norm`. Throws Error(Input) for an
// empty image, NaN or infinite values, and when every frame is constant.
Frames prepareFrames(const std::vector<ImageStack>& data, const Normalization& norm);

// The note that tells the user which constant frames training left out; empty when none.
std::string leftOutNote(const Frames& frames);

// The crop `r` of its frame as a [height, width] float32 tensor.
torch::Tensor extract(const Frames& frames, const Region& r);

} // namespace pgd::training
