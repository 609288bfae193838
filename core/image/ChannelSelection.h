#pragma once
// ChannelSelection: the frames of one channel of a hyperstack as a stack of their own, so that a
// model is trained on one channel only (docs/FILE_FORMATS.md, "Channels"). Channels are numbered
// from 0, as in the noise tables' `channel` column. Safe from any thread.
#include "image/ImageStack.h"

namespace pgd {

// The frames of `channel` in their slice and time order, with the geometry of a one-channel
// stack of the same slices, time points and calibration. Throws Error(Usage) naming the file's
// channel count when `channel` is not one of its channels.
ImageStack channelFrames(const ImageStack& stack, int channel);

} // namespace pgd
