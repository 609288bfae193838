#pragma once
// Hand-made image files for bad-input tests: TIFFs with layouts the image writer refuses to make
// (odd sample types, zero or huge declared sizes, short data, mixed pages) and PNG chunk surgery.
#include <cstdint>
#include <string>
#include <vector>

namespace pgd::test {

// One page of a little-endian, uncompressed, single-strip grey TIFF.
struct TiffPage {
  std::uint32_t width = 16;
  std::uint32_t height = 16;
  std::uint16_t bits = 16;
  std::uint16_t sampleFormat = 1; // 1 unsigned, 2 signed, 3 IEEE float, 6 complex float
  std::uint16_t samplesPerPixel = 1;
  // Pixel bytes stored (and declared as the strip's byte count); -1: all the page needs, each byte
  // 0x11.
  long long storedBytes = -1;
};

std::string handMadeTiff(const std::vector<TiffPage>& pages);
std::string handMadeTiff(std::uint32_t width, std::uint32_t height, std::uint16_t bits,
                         std::uint16_t sampleFormat);

// Rewrites the IHDR chunk of the PNG `png` to declare `width` x `height`, with a valid CRC.
std::string pngWithSize(std::string png, std::uint32_t width, std::uint32_t height);

} // namespace pgd::test
