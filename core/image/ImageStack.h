#pragma once
// ImageStack: frames x height x width float32 samples (frame-major, row-major) plus what we keep
// from the source file. Values are in the file's raw units (e.g. 0..65535 for 16-bit data);
// normalisation for the network happens elsewhere. A plain value type: copy it to hand it to
// another thread; it is not synchronised.
#include "image/PixelType.h"
#include "image/StackGeometry.h"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pgd {

struct ImageMetadata {
  PixelType sourceType = PixelType::Float32;
  std::string sourcePath; // empty for images made in memory
  int sourceChannels = 1; // >1 when the file was RGB(A) and got converted
  // Channels, slices, time points and calibration (pixel size, slice spacing, frame interval) as
  // the file stated them; read it through ImageStack::geometry(), which checks the frame count.
  StackGeometry geometry;
  std::vector<std::string> warnings; // conversions done while reading (e.g. RGB -> luminance)
};

// The value of a frame of `n` samples that all read one value; nothing when n is 0 or two samples
// differ. A constant frame holds no noise: the denoiser writes it unchanged, training leaves it
// out, fit-noise flags it and the image profile skips it (docs/NOISE_FIT.md, "Quality verdict").
std::optional<float> constantValue(const float* values, std::size_t n);

class ImageStack {
public:
  ImageStack() = default;
  ImageStack(int frames, int height, int width, float fill = 0.0f);

  int frames() const { return m_frames; }
  int height() const { return m_height; }
  int width() const { return m_width; }
  std::size_t frameSize() const { return static_cast<std::size_t>(m_height) * m_width; }
  std::size_t size() const { return m_values.size(); }
  bool empty() const { return m_values.empty(); }

  float* frame(int f) { return m_values.data() + f * frameSize(); }
  const float* frame(int f) const { return m_values.data() + f * frameSize(); }
  float& at(int f, int y, int x) {
    return m_values[f * frameSize() + std::size_t(y) * m_width + x];
  }
  float at(int f, int y, int x) const {
    return m_values[f * frameSize() + std::size_t(y) * m_width + x];
  }

  std::vector<float>& values() { return m_values; }
  const std::vector<float>& values() const { return m_values; }

  ImageMetadata& metadata() { return m_metadata; }
  const ImageMetadata& metadata() const { return m_metadata; }

  // metadata().geometry when its channels x slices x time points match frames(), else the frames
  // as a plain stack of slices with the same calibration (stacks made or cut in memory).
  StackGeometry geometry() const;
  // One frame as its own single-frame stack (metadata copied, geometry one plain frame).
  ImageStack frameCopy(int f) const;
  // Smallest and largest value over all frames (0,0 when empty).
  std::pair<float, float> minMax() const;
  // Number of NaN or infinite samples.
  std::size_t nonFiniteCount() const;

private:
  int m_frames = 0;
  int m_height = 0;
  int m_width = 0;
  std::vector<float> m_values;
  ImageMetadata m_metadata;
};

} // namespace pgd
