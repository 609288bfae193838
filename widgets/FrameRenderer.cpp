#include "FrameRenderer.h"

namespace pgd {

QImage renderFrame(const float* values, int width, int height, const DisplayRange& range,
                   const ColorLut& lut) {
  QImage image(width, height, QImage::Format_RGB32);
  if (image.isNull() || !values)
    return {};
  for (int y = 0; y < height; ++y) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    const float* row = values + static_cast<std::size_t>(y) * width;
    for (int x = 0; x < width; ++x)
      line[x] = lut[range.level(row[x])];
  }
  return image;
}

} // namespace pgd
