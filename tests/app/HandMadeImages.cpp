#include "HandMadeImages.h"

#include <stdexcept>

namespace pgd::test {
namespace {

void putU16(std::string& b, std::uint16_t v) {
  b += static_cast<char>(v & 0xff);
  b += static_cast<char>(v >> 8);
}

void putU32(std::string& b, std::uint32_t v) {
  putU16(b, static_cast<std::uint16_t>(v & 0xffff));
  putU16(b, static_cast<std::uint16_t>(v >> 16));
}

std::uint32_t crc32(const std::string& bytes, std::size_t from, std::size_t count) {
  std::uint32_t crc = 0xffffffffu;
  for (std::size_t i = from; i < from + count; ++i) {
    crc ^= static_cast<unsigned char>(bytes[i]);
    for (int k = 0; k < 8; ++k)
      crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

void setBigEndian32(std::string& b, std::size_t at, std::uint32_t v) {
  for (int k = 0; k < 4; ++k)
    b[at + std::size_t(k)] = static_cast<char>((v >> (24 - 8 * k)) & 0xff);
}

} // namespace

std::string handMadeTiff(const std::vector<TiffPage>& pages) {
  std::string b = "II";
  putU16(b, 42);
  putU32(b, 0); // first IFD offset, patched below
  std::vector<std::uint32_t> dataAt, dataBytes;
  for (const auto& p : pages) {
    const unsigned long long need = 1ull * p.width * p.height * p.samplesPerPixel * (p.bits / 8u);
    const auto stored = static_cast<std::uint32_t>(p.storedBytes < 0 ? need : p.storedBytes);
    dataAt.push_back(static_cast<std::uint32_t>(b.size()));
    dataBytes.push_back(stored);
    b += std::string(stored, '\x11');
  }
  std::size_t linkAt = 4; // where the offset of the next IFD goes
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const TiffPage& p = pages[i];
    if (b.size() % 2)
      b += '\0';
    const auto ifdAt = static_cast<std::uint32_t>(b.size());
    for (int k = 0; k < 4; ++k)
      b[linkAt + std::size_t(k)] = static_cast<char>((ifdAt >> (8 * k)) & 0xff);
    // Tag, type (3 SHORT, 4 LONG), value; per-sample tags repeat their value samplesPerPixel
    // times, stored after the IFD when they do not fit the entry.
    struct Entry {
      std::uint16_t tag, type;
      std::uint32_t value;
      bool perSample;
    };
    const std::vector<Entry> entries{{256, 4, p.width, false},
                                     {257, 4, p.height, false},
                                     {258, 3, p.bits, true},
                                     {259, 3, 1, false},
                                     {262, 3, 1, false},
                                     {273, 4, dataAt[i], false},
                                     {277, 3, p.samplesPerPixel, false},
                                     {278, 4, p.height, false},
                                     {279, 4, dataBytes[i], false},
                                     {339, 3, p.sampleFormat, true}};
    const std::uint32_t ifdBytes = 2 + 12 * std::uint32_t(entries.size()) + 4;
    std::string extra;
    putU16(b, static_cast<std::uint16_t>(entries.size()));
    for (const auto& e : entries) {
      const std::uint32_t count = e.perSample ? p.samplesPerPixel : 1;
      putU16(b, e.tag);
      putU16(b, e.type);
      putU32(b, count);
      if (e.type == 3 && count > 2) {
        putU32(b, ifdAt + ifdBytes + std::uint32_t(extra.size()));
        for (std::uint32_t c = 0; c < count; ++c)
          putU16(extra, static_cast<std::uint16_t>(e.value));
      } else if (e.type == 3) {
        putU16(b, static_cast<std::uint16_t>(e.value));
        putU16(b, count == 2 ? static_cast<std::uint16_t>(e.value) : 0);
      } else {
        putU32(b, e.value);
      }
    }
    linkAt = b.size();
    putU32(b, 0);
    b += extra;
  }
  return b;
}

std::string handMadeTiff(std::uint32_t width, std::uint32_t height, std::uint16_t bits,
                         std::uint16_t sampleFormat) {
  TiffPage page;
  page.width = width;
  page.height = height;
  page.bits = bits;
  page.sampleFormat = sampleFormat;
  return handMadeTiff(std::vector<TiffPage>{page});
}

std::string pngWithSize(std::string png, std::uint32_t width, std::uint32_t height) {
  // Signature (8), IHDR length (4), "IHDR" (4), width and height (4 + 4), 5 more bytes, CRC.
  if (png.size() < 33 || png.compare(12, 4, "IHDR") != 0)
    throw std::runtime_error("not a PNG starting with IHDR");
  setBigEndian32(png, 16, width);
  setBigEndian32(png, 20, height);
  setBigEndian32(png, 29, crc32(png, 12, 17));
  return png;
}

} // namespace pgd::test
