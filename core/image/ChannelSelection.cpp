#include "image/ChannelSelection.h"

#include "job/Error.h"

#include <fmt/format.h>

#include <algorithm>

namespace pgd {

ImageStack channelFrames(const ImageStack& stack, int channel) {
  const StackGeometry geometry = stack.geometry();
  if (channel < 0 || channel >= geometry.channels)
    throw Error(
        ErrorKind::Usage,
        geometry.channels == 1
            ? fmt::format("channel {} asked for, but the image has one channel (0)", channel)
            : fmt::format("channel {} asked for, but the image has channels 0 to {}", channel,
                          geometry.channels - 1));
  StackGeometry one = geometry;
  one.channels = 1;
  ImageStack out(one.frames(), stack.height(), stack.width());
  out.metadata() = stack.metadata();
  out.metadata().geometry = one;
  for (int t = 0; t < geometry.timePoints; ++t)
    for (int z = 0; z < geometry.slices; ++z) {
      const float* source = stack.frame(geometry.frameOf({channel, z, t}));
      std::copy(source, source + stack.frameSize(), out.frame(one.frameOf({0, z, t})));
    }
  return out;
}

} // namespace pgd
