#include "image/StackGeometry.h"

namespace pgd {

FramePosition StackGeometry::positionOf(int frame) const {
  FramePosition p;
  p.channel = frame % channels;
  p.slice = (frame / channels) % slices;
  p.timePoint = frame / (channels * slices);
  return p;
}

int StackGeometry::frameOf(const FramePosition& position) const {
  return (position.timePoint * slices + position.slice) * channels + position.channel;
}

StackGeometry plainStack(const StackGeometry& calibration, int frames) {
  StackGeometry g = calibration;
  g.channels = 1;
  g.slices = frames;
  g.timePoints = 1;
  return g;
}

} // namespace pgd
