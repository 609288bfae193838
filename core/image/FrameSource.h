#pragma once
// FrameSource: an image file (or a stack in memory) read one frame at a time, so that a stack of
// any length is processed in constant memory (docs/ARCHITECTURE.md, "Denoising run"). The shape,
// pixel type, geometry and warnings are known when the source is open; frames are decoded on
// request. openFrameSource (core/image/StackReader.h) makes the one for a file with the checks
// readImageStack does; MemoryFrameSource serves a stack in memory. Not synchronised: one thread
// at a time.
#include "image/ImageStack.h"

namespace pgd {

class FrameSource {
public:
  virtual ~FrameSource() = default;
  FrameSource(const FrameSource&) = delete;
  FrameSource& operator=(const FrameSource&) = delete;

  int frames() const { return m_frames; }
  int height() const { return m_height; }
  int width() const { return m_width; }
  std::size_t frameSize() const { return std::size_t(m_height) * std::size_t(m_width); }
  // What readImageStack would put in the stack's metadata (source type, geometry, warnings).
  const ImageMetadata& metadata() const { return m_metadata; }
  // metadata().geometry when it describes frames() frames, else a plain stack (as
  // ImageStack::geometry()).
  StackGeometry geometry() const;

  // Frame `frame` (0-based; any order, in order is fastest) in raw units into `out`
  // (frameSize() floats). Throws Error(Input) with one line naming the file when the frame
  // cannot be decoded or, unless non-finite values are allowed, holds NaN or infinite values.
  void read(int frame, float* out);

protected:
  FrameSource(int frames, int height, int width, bool allowNonFinite);
  ImageMetadata& mutableMetadata() { return m_metadata; }
  // For sources that learn their shape while opening.
  void setShape(int frames, int height, int width);
  virtual void decode(int frame, float* out) = 0;

private:
  int m_frames;
  int m_height;
  int m_width;
  bool m_allowNonFinite;
  ImageMetadata m_metadata;
};

} // namespace pgd
