#pragma once
// Tiff32Io: writes 32-bit integer TIFF stacks through libtiff; ITK 5.2's TIFF writer handles
// only 8/16-bit integers and float. Safe from any thread (one TIFF handle per call).
#include "image/ImageStack.h"

#include <filesystem>

namespace pgd {

// Writes `stack` rounded and clipped to `type` (UInt32 or Int32); throws std::runtime_error.
void writeTiff32(const ImageStack& stack, const std::filesystem::path& path, PixelType type);

} // namespace pgd
