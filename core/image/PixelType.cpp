#include "image/PixelType.h"

#include <cstdint>
#include <limits>

namespace pgd {

const char* toString(PixelType type) {
  switch (type) {
  case PixelType::UInt8:
    return "uint8";
  case PixelType::Int8:
    return "int8";
  case PixelType::UInt16:
    return "uint16";
  case PixelType::Int16:
    return "int16";
  case PixelType::UInt32:
    return "uint32";
  case PixelType::Int32:
    return "int32";
  case PixelType::Float32:
    return "float32";
  case PixelType::Float64:
    return "float64";
  }
  return "unknown";
}

bool isInteger(PixelType type) {
  return type != PixelType::Float32 && type != PixelType::Float64;
}

double typeMin(PixelType type) {
  switch (type) {
  case PixelType::UInt8:
  case PixelType::UInt16:
  case PixelType::UInt32:
    return 0.0;
  case PixelType::Int8:
    return std::numeric_limits<std::int8_t>::min();
  case PixelType::Int16:
    return std::numeric_limits<std::int16_t>::min();
  case PixelType::Int32:
    return std::numeric_limits<std::int32_t>::min();
  case PixelType::Float32:
  case PixelType::Float64:
    return std::numeric_limits<float>::lowest();
  }
  return 0.0;
}

double typeMax(PixelType type) {
  switch (type) {
  case PixelType::UInt8:
    return std::numeric_limits<std::uint8_t>::max();
  case PixelType::Int8:
    return std::numeric_limits<std::int8_t>::max();
  case PixelType::UInt16:
    return std::numeric_limits<std::uint16_t>::max();
  case PixelType::Int16:
    return std::numeric_limits<std::int16_t>::max();
  case PixelType::UInt32:
    return std::numeric_limits<std::uint32_t>::max();
  case PixelType::Int32:
    return std::numeric_limits<std::int32_t>::max();
  case PixelType::Float32:
  case PixelType::Float64:
    return std::numeric_limits<float>::max();
  }
  return 0.0;
}

} // namespace pgd
