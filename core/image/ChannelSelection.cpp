#include "image/ChannelSelection.h"

#include "job/Error.h"

#include <fmt/format.h>

#include <algorithm>

namespace pgd {

std::vector<int> framesOfChannel(const StackGeometry& geometry, int channel) {
  if (channel < 0 || channel >= geometry.channels)
    throw Error(
        ErrorKind::Usage,
        geometry.channels == 1
            ? fmt::format("channel {} asked for, but the image has one channel (0)", channel)
            : fmt::format("channel {} asked for, but the image has channels 0 to {}", channel,
                          geometry.channels - 1));
  std::vector<int> frames;
  for (int t = 0; t < geometry.timePoints; ++t)
    for (int z = 0; z < geometry.slices; ++z)
      frames.push_back(geometry.frameOf({channel, z, t}));
  return frames;
}

ImageStack channelFrames(const ImageStack& stack, int channel) {
  const StackGeometry geometry = stack.geometry();
  const std::vector<int> frames = framesOfChannel(geometry, channel);
  StackGeometry one = geometry;
  one.channels = 1;
  ImageStack out(int(frames.size()), stack.height(), stack.width());
  out.metadata() = stack.metadata();
  out.metadata().geometry = one;
  for (std::size_t i = 0; i < frames.size(); ++i)
    std::copy(stack.frame(frames[i]), stack.frame(frames[i]) + stack.frameSize(),
              out.frame(int(i)));
  return out;
}

} // namespace pgd
