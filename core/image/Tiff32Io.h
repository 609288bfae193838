#pragma once
// Tiff32Io: 32-bit integer TIFF stacks through libtiff. ITK 5.2's TIFF IO writes only 8/16-bit
// integers and float, and reads 32-bit integer samples as zeros, so these go around it.
// Safe from any thread (one TIFF handle per call).
#include "image/ImageStack.h"

#include <filesystem>
#include <optional>

namespace pgd {

// The 32-bit integer type of the first page, or nullopt for any other TIFF (or non-TIFF).
std::optional<PixelType> tiff32IntegerType(const std::filesystem::path& path);

// Reads every page; throws Error(Input) naming the file on failure.
ImageStack readTiff32(const std::filesystem::path& path, PixelType type);

// Writes `stack` rounded and clipped to `type` (UInt32 or Int32); throws std::runtime_error.
void writeTiff32(const ImageStack& stack, const std::filesystem::path& path, PixelType type);

} // namespace pgd
