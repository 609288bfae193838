#pragma once
// PixelType: the sample type an image had on disk. ImageStack always holds float32 values; the
// source type decides how results can be written back "in the input's type".
#include <string>

namespace pgd {

enum class PixelType { UInt8, Int8, UInt16, Int16, UInt32, Int32, Float32, Float64 };

const char* toString(PixelType type);
bool isInteger(PixelType type);
// Representable range of an integer type (for float types: the float32 range).
double typeMin(PixelType type);
double typeMax(PixelType type);

} // namespace pgd
