#pragma once
// NormalizationSampling: the one sampling rule behind Normalization::fromData (percentiles 0.1%
// and 99.9% of every step-th sample of the stack, step = total / 1e6), shared with a first pass
// over a file read frame by frame, so a stack of any length gets the same map in the memory of
// one frame. Safe from any thread (one source per call).
#include "image/FrameSource.h"
#include "image/Normalization.h"

#include <cstddef>
#include <functional>
#include <vector>

namespace pgd {

// Every step-th sample (by flat index over all frames) of `frames` frames of `frameSize`
// samples; `frameAt(f)` gives frame f and is called only for frames that hold a kept sample.
std::vector<float> strideSamples(int frames, std::size_t frameSize,
                                 const std::function<const float*(int)>& frameAt);

// The map of `samples` (non-empty) by their 0.1% and 99.9% percentiles.
Normalization normalizationOfSamples(std::vector<float> samples);

// An image's own map by its 0.1% and 99.9% percentiles, whatever its pixel type (8-bit data
// included): what models with ModelInfo::perImageNormalization (base models) use at inference
// and in pretraining, so dark and bright, 8- and 16-bit images all reach the network alike
// (docs/BASE_MODEL.md). The source version reads the file once, one frame at a time.
Normalization percentileNormalizationOf(const ImageStack& stack);
Normalization percentileNormalizationOf(FrameSource& source);

// Normalization::fromData of the whole file, from one pass that reads one frame at a time.
Normalization normalizationOfFrames(FrameSource& source);

} // namespace pgd
