#include "image/PixelConversion.h"

#include <cstdint>

namespace pgd {
namespace {

template <typename T>
void convertTyped(const T* p, std::size_t pixels, int comps, int channel, float* out) {
  if (comps == 1) {
    for (std::size_t i = 0; i < pixels; ++i)
      out[i] = static_cast<float>(p[i]);
  } else if (channel >= 0 || comps == 2) { // a chosen channel, or the gray of gray+alpha
    const int c = channel >= 0 ? channel : 0;
    for (std::size_t i = 0; i < pixels; ++i)
      out[i] = static_cast<float>(p[i * comps + c]);
  } else {
    for (std::size_t i = 0; i < pixels; ++i) {
      const T* q = p + i * comps;
      out[i] =
          static_cast<float>(0.299 * double(q[0]) + 0.587 * double(q[1]) + 0.114 * double(q[2]));
    }
  }
}

} // namespace

std::size_t bytesPerSample(PixelType type) {
  switch (type) {
  case PixelType::UInt8:
  case PixelType::Int8:
    return 1;
  case PixelType::UInt16:
  case PixelType::Int16:
    return 2;
  case PixelType::UInt32:
  case PixelType::Int32:
  case PixelType::Float32:
    return 4;
  case PixelType::Float64:
    return 8;
  }
  return 1;
}

void convertPixels(PixelType type, const void* raw, std::size_t pixels, int comps, int channel,
                   float* out) {
  switch (type) {
  case PixelType::UInt8:
    return convertTyped(static_cast<const std::uint8_t*>(raw), pixels, comps, channel, out);
  case PixelType::Int8:
    return convertTyped(static_cast<const std::int8_t*>(raw), pixels, comps, channel, out);
  case PixelType::UInt16:
    return convertTyped(static_cast<const std::uint16_t*>(raw), pixels, comps, channel, out);
  case PixelType::Int16:
    return convertTyped(static_cast<const std::int16_t*>(raw), pixels, comps, channel, out);
  case PixelType::UInt32:
    return convertTyped(static_cast<const std::uint32_t*>(raw), pixels, comps, channel, out);
  case PixelType::Int32:
    return convertTyped(static_cast<const std::int32_t*>(raw), pixels, comps, channel, out);
  case PixelType::Float32:
    return convertTyped(static_cast<const float*>(raw), pixels, comps, channel, out);
  case PixelType::Float64:
    return convertTyped(static_cast<const double*>(raw), pixels, comps, channel, out);
  }
}

} // namespace pgd
