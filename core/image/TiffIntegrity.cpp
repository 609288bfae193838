#include "image/TiffIntegrity.h"

#include "job/Error.h"

#include <fmt/format.h>
#include <tiffio.h>

#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>

namespace pgd {
namespace fs = std::filesystem;

namespace {

bool hasTiffMagic(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[4] = {};
  in.read(magic, 4);
  return in.gcount() == 4 &&
         ((magic[0] == 'I' && magic[1] == 'I') || (magic[0] == 'M' && magic[1] == 'M'));
}

// Offset of page 1's directory from the header (classic or BigTIFF, either byte order), or 0
// when the header is not one of those.
std::uint64_t firstDirectoryOffset(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  unsigned char h[16] = {};
  in.read(reinterpret_cast<char*>(h), sizeof h);
  const bool little = h[0] == 'I';
  const auto field = [&](int at, int bytes) {
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i)
      value |= std::uint64_t(h[at + (little ? i : bytes - 1 - i)]) << (8 * i);
    return value;
  };
  const std::uint64_t version = field(2, 2);
  if (version == 42 && in.gcount() >= 8)
    return field(4, 4);
  if (version == 43 && in.gcount() >= 16 && field(4, 2) == 8)
    return field(8, 8);
  return 0;
}

// Collects libtiff's messages for this one file (no global handler state).
struct TiffMessages {
  std::string firstError;
  bool ioWarning = false;
};

int onError(TIFF*, void* user, const char* module, const char* fmtString, va_list args) {
  auto* messages = static_cast<TiffMessages*>(user);
  if (messages->firstError.empty()) {
    char buffer[512];
    std::vsnprintf(buffer, sizeof buffer, fmtString, args);
    messages->firstError = fmt::format("{}: {}", module ? module : "libtiff", buffer);
  }
  return 1;
}

int onWarning(TIFF*, void* user, const char*, const char* fmtString, va_list) {
  if (std::string(fmtString).find("IO error") != std::string::npos)
    static_cast<TiffMessages*>(user)->ioWarning = true;
  return 1;
}

struct TiffCloser {
  void operator()(TIFF* t) const { TIFFClose(t); }
};

// The most a compression scheme can expand stored bytes (deflate's limit is 1032:1, LZW's about
// 2560:1 with 12-bit codes, PackBits' 64:1; rounded up). Other schemes libtiff decodes (JPEG,
// ZSTD, LZMA, CCITT, ...) get a bound no real image reaches (an all-black 4096x4096 ZSTD page
// stores a few kB); 0 means libtiff cannot decode the scheme at all.
double maxExpansion(std::uint16_t compression) {
  switch (compression) {
  case COMPRESSION_NONE:
    return 1.0;
  case COMPRESSION_PACKBITS:
    return 128.0;
  case COMPRESSION_ADOBE_DEFLATE:
  case COMPRESSION_DEFLATE:
    return 1100.0;
  case COMPRESSION_LZW:
    return 4096.0;
  default:
    return TIFFIsCODECConfigured(compression) ? double(1 << 18) : 0.0;
  }
}

// A page whose stored data could not decode to the size its header declares is refused before
// anything is allocated for it: a 302-byte file declaring a gigapixel deflate page made the
// reader allocate and clear gigabytes before failing (found by fuzzing; docs/FUZZING.md).
void checkCompressionRatio(TIFF* tif, const std::uint64_t* counts, std::uint32_t chunks,
                           const fs::path& path, int page) {
  std::uint32_t width = 0, height = 0;
  std::uint16_t spp = 1, bits = 1, compression = COMPRESSION_NONE;
  TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &width);
  TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &height);
  TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLESPERPIXEL, &spp);
  TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &bits);
  TIFFGetFieldDefaulted(tif, TIFFTAG_COMPRESSION, &compression);
  const double expansion = maxExpansion(compression);
  if (expansion == 0.0)
    throw Error(ErrorKind::Input,
                fmt::format("{}: page {} uses TIFF compression scheme {}, which this build cannot "
                            "decode",
                            path.string(), page + 1, compression));
  double stored = 0.0;
  for (std::uint32_t i = 0; i < chunks; ++i)
    stored += double(counts[i]);
  const double declared = double(width) * double(height) * double(spp) * double(bits) / 8.0;
  constexpr double kSlack = 1 << 20; // padding, partial strips: never refuse a small image
  if (declared > stored * expansion + kSlack)
    throw Error(ErrorKind::Input,
                fmt::format("{}: corrupt TIFF (page {} declares {}x{} pixels but stores only {} "
                            "bytes of image data)",
                            path.string(), page + 1, width, height, std::uint64_t(stored)));
}

} // namespace

void checkTiffIntegrity(const fs::path& path) {
  if (!hasTiffMagic(path))
    return;
  // A file cut short before page 1's directory (the TIFFs written here keep their directories
  // after the pixel data, as ImageJ's do) is named as truncated, not as a corrupt header.
  std::error_code sizeError;
  const std::uint64_t bytes = fs::file_size(path, sizeError);
  const std::uint64_t firstDirectory = firstDirectoryOffset(path);
  if (!sizeError && firstDirectory >= bytes)
    throw Error(ErrorKind::Input,
                fmt::format("{}: truncated TIFF (page 1's directory would start at byte {}, the "
                            "file has {} bytes)",
                            path.string(), firstDirectory, bytes));
  TiffMessages messages;
  TIFFOpenOptions* options = TIFFOpenOptionsAlloc();
  TIFFOpenOptionsSetErrorHandlerExtR(options, onError, &messages);
  TIFFOpenOptionsSetWarningHandlerExtR(options, onWarning, &messages);
  std::unique_ptr<TIFF, TiffCloser> tif(TIFFOpenExt(path.c_str(), "rm", options));
  TIFFOpenOptionsFree(options);
  if (!tif)
    throw Error(ErrorKind::Input,
                fmt::format("{}: corrupt TIFF header ({})", path.string(), messages.firstError));
  std::error_code ec;
  const std::uint64_t fileSize = fs::file_size(path, ec);
  int page = 0;
  do {
    const bool tiled = TIFFIsTiled(tif.get()) != 0;
    const std::uint32_t chunks =
        tiled ? TIFFNumberOfTiles(tif.get()) : TIFFNumberOfStrips(tif.get());
    std::uint64_t* offsets = nullptr;
    std::uint64_t* counts = nullptr;
    const ttag_t offTag = tiled ? TIFFTAG_TILEOFFSETS : TIFFTAG_STRIPOFFSETS;
    const ttag_t cntTag = tiled ? TIFFTAG_TILEBYTECOUNTS : TIFFTAG_STRIPBYTECOUNTS;
    if (!TIFFGetField(tif.get(), offTag, &offsets) || !TIFFGetField(tif.get(), cntTag, &counts))
      throw Error(ErrorKind::Input,
                  fmt::format("{}: page {} has no image data offsets (corrupt TIFF)", path.string(),
                              page + 1));
    // Compared without adding: BigTIFF offsets and counts are 64-bit, and a corrupt pair could
    // wrap around to a small sum.
    for (std::uint32_t i = 0; i < chunks; ++i)
      if (counts[i] > fileSize || offsets[i] > fileSize - counts[i])
        throw Error(
            ErrorKind::Input,
            fmt::format("{}: truncated TIFF (page {} needs {} bytes, file has {})", path.string(),
                        page + 1,
                        counts[i] > UINT64_MAX - offsets[i] ? UINT64_MAX : offsets[i] + counts[i],
                        fileSize));
    checkCompressionRatio(tif.get(), counts, chunks, path, page);
    ++page;
  } while (TIFFReadDirectory(tif.get()));
  if (!messages.firstError.empty() || messages.ioWarning)
    throw Error(
        ErrorKind::Input,
        fmt::format("{}: truncated or corrupt TIFF after page {} ({})", path.string(), page,
                    messages.firstError.empty() ? "read past end of file" : messages.firstError));
}

} // namespace pgd
