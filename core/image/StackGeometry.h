#pragma once
// StackGeometry: the hyperstack shape and physical calibration of an ImageStack. The stack stays
// a flat list of 2-D frames; the geometry says which channel, slice (z) and time point each frame
// is. Frames are always ordered channel fastest, then slice, then time point (ImageJ's order,
// OME's DimensionOrder XYCZT); readers reorder other OME orders into it. A plain value type.
#include <string>

namespace pgd {

struct FramePosition {
  int channel = 0;
  int slice = 0;
  int timePoint = 0;
};

struct StackGeometry {
  int channels = 1;
  int slices = 1;
  int timePoints = 1;
  double spacingX = 1.0; // physical pixel width in `unit`
  double spacingY = 1.0; // physical pixel height in `unit`
  double spacingZ = 1.0; // distance between slices in `unit`
  std::string unit;      // spatial unit as ImageJ names it ("micron", "nm", ...); empty: pixels
  double frameInterval = 0.0; // time between time points in `timeUnit`; 0: not known
  std::string timeUnit = "s";

  int frames() const { return channels * slices * timePoints; }
  // True when the frames have more than one named axis or one axis other than slices: such a
  // stack is written with ImageJ's hyperstack=true.
  bool isHyperstack() const { return channels > 1 || timePoints > 1; }
  // Channel, slice and time point of flat frame `frame` (0-based), for frame < frames().
  FramePosition positionOf(int frame) const;
  // Flat frame index of a position.
  int frameOf(const FramePosition& position) const;
};

// The geometry of `frames` plain frames (one channel, one time point) with the spatial
// calibration of `calibration` kept; used when a geometry no longer matches the frame count.
StackGeometry plainStack(const StackGeometry& calibration, int frames);

} // namespace pgd
