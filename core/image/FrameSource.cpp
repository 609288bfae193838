#include "image/FrameSource.h"

#include "job/Error.h"

#include <fmt/format.h>

#include <cmath>

namespace pgd {

FrameSource::FrameSource(int frames, int height, int width, bool allowNonFinite)
    : m_frames(frames), m_height(height), m_width(width), m_allowNonFinite(allowNonFinite) {}

void FrameSource::setShape(int frames, int height, int width) {
  m_frames = frames;
  m_height = height;
  m_width = width;
}

StackGeometry FrameSource::geometry() const {
  return m_metadata.geometry.frames() == m_frames ? m_metadata.geometry
                                                  : plainStack(m_metadata.geometry, m_frames);
}

void FrameSource::read(int frame, float* out) {
  if (frame < 0 || frame >= m_frames)
    throw Error(ErrorKind::Input, fmt::format("{}: frame {} of {} does not exist",
                                              m_metadata.sourcePath, frame + 1, m_frames));
  decode(frame, out);
  if (m_allowNonFinite)
    return;
  std::size_t bad = 0;
  for (std::size_t i = 0; i < frameSize(); ++i)
    bad += std::isfinite(out[i]) ? 0 : 1;
  if (bad > 0) // worded as readImageStack words it
    throw Error(ErrorKind::Input,
                fmt::format("{}: {}contains {} NaN or infinite pixel values", m_metadata.sourcePath,
                            m_frames == 1 ? "" : fmt::format("frame {} ", frame + 1), bad));
}

} // namespace pgd
