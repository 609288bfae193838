#pragma once
// Writers for test inputs that pgdenoise itself never produces: palette and RGB PNGs (libpng),
// compressed TIFFs and arbitrary byte files.
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
