#pragma once
// Writers for test inputs that pgdenoise itself never produces: palette and RGB PNGs (libpng),
// compressed TIFFs and arbitrary byte files.
#include "image/ImageStack.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace pgd::test {

// 8-bit palette PNG: `indices` (w*h) into `palette` (RGB triplets).
void writePalettePng(const std::filesystem::path& path, int w, int h,
                     const std::vector<std::uint8_t>& indices,
                     const std::vector<std::uint8_t>& paletteRgb);
// 8-bit RGB PNG, interleaved.
void writeRgbPng(const std::filesystem::path& path, int w, int h,
                 const std::vector<std::uint8_t>& rgb);
// uint16 multi-page TIFF through ITK with the given compressor ("LZW", "Deflate", "PackBits").
void writeCompressedTiff(const std::filesystem::path& path, int frames, int h, int w,
                         const std::vector<std::uint16_t>& values, const std::string& compressor);
void writeBytes(const std::filesystem::path& path, const std::string& bytes);
std::string readBytes(const std::filesystem::path& path);

} // namespace pgd::test

namespace pgd::test {

// A two-page 16-bit BigTIFF whose second page (directory and data) starts at byte `secondPageAt`
// (beyond 4 GiB to make a file larger than classic TIFF can address). The bytes in between are
// never written, so on file systems with sparse files (ext4, xfs, tmpfs, overlayfs) the file
// takes a few KiB of disk however large it is. Each page is width x height values.
void writeSparseBigTiff(const std::filesystem::path& path, int width, int height,
                        const std::vector<std::uint16_t>& page1,
                        const std::vector<std::uint16_t>& page2, std::uint64_t secondPageAt);

} // namespace pgd::test

namespace pgd::test {

// A stack with geometry `g` of height x width frames whose every value says where it is:
// 1000 * time point + 100 * channel + 10 * slice + (pixel index % 10).
ImageStack positionEncodedStack(const StackGeometry& g, int height, int width);

} // namespace pgd::test
