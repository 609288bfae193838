#pragma once
// TiffStackWriter: writes an ImageStack as an uncompressed TIFF the way ImageJ does, so that
// ImageJ and Fiji open it as the same hyperstack with the same scale: the ImageJ description
// (core/image/ImageJDescription.h) and the XResolution/YResolution tags on the first page, the
// pixel data of all pages contiguous in one block, then the page directories. (libtiff writes each
// page's directory between the pages' data; ImageJ reads a stack with an ImageJ description as
// one contiguous block from the first page's offset, so such files would open shifted.)
//
// The file is classic TIFF while it fits in 32-bit offsets and BigTIFF (64-bit offsets, the same
// layout) when it would not. The data are converted and written one frame at a time through
// TiffFrameWriter (core/image/TiffFrameWriter.h), which streamed outputs use directly, so both
// write the same bytes. Safe from any thread (one file per call).
#include "image/ImageStack.h"
#include "image/PixelType.h"
#include "image/TiffFrameWriter.h"

#include <cstdint>
#include <filesystem>

namespace pgd {

// Size in bytes of the classic TIFF writeTiffStack would write for `stack` as `type`.
std::uint64_t classicTiffBytes(const ImageStack& stack, PixelType type);

// Writes `stack` as `type` (integer types rounded and clipped to their range, NaN as 0; Float64
// as Float32) to `path`, as BigTIFF when classicTiffBytes exceeds `bigTiffAbove`. Throws
// std::runtime_error with a short reason on any failure.
void writeTiffStack(const ImageStack& stack, const std::filesystem::path& path, PixelType type,
                    std::uint64_t bigTiffAbove = kClassicTiffMaxBytes);

} // namespace pgd
