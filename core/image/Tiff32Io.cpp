#include "image/Tiff32Io.h"

#include <tiffio.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <stdexcept>
#include <vector>

namespace pgd {
namespace fs = std::filesystem;

namespace {

struct TiffCloser {
  void operator()(TIFF* t) const { TIFFClose(t); }
};
using TiffHandle = std::unique_ptr<TIFF, TiffCloser>;

TiffHandle openQuiet(const fs::path& path, const char* mode) {
  TIFFOpenOptions* options = TIFFOpenOptionsAlloc();
  const auto silent = [](TIFF*, void*, const char*, const char*, va_list) { return 1; };
  TIFFOpenOptionsSetErrorHandlerExtR(options, silent, nullptr);
  TIFFOpenOptionsSetWarningHandlerExtR(options, silent, nullptr);
  TiffHandle tif(TIFFOpenExt(path.c_str(), mode, options));
  TIFFOpenOptionsFree(options);
  return tif;
}

template <typename T> void writeTyped(const ImageStack& stack, TIFF* tif) {
  std::vector<T> row(static_cast<std::size_t>(stack.width()));
  const double lo = double(std::numeric_limits<T>::lowest());
  const double hi = double(std::numeric_limits<T>::max());
  for (int f = 0; f < stack.frames(); ++f) {
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, std::uint32_t(stack.width()));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, std::uint32_t(stack.height()));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 32);
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(tif, TIFFTAG_SAMPLEFORMAT,
                 std::is_signed_v<T> ? SAMPLEFORMAT_INT : SAMPLEFORMAT_UINT);
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, 1);
    if (stack.frames() > 1) {
      TIFFSetField(tif, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
      TIFFSetField(tif, TIFFTAG_PAGENUMBER, std::uint16_t(f), std::uint16_t(stack.frames()));
    }
    for (int y = 0; y < stack.height(); ++y) {
      const float* in = stack.frame(f) + std::size_t(y) * stack.width();
      for (int x = 0; x < stack.width(); ++x)
        row[x] = static_cast<T>(std::clamp(std::nearbyint(double(in[x])), lo, hi));
      if (TIFFWriteScanline(tif, row.data(), std::uint32_t(y), 0) != 1)
        throw std::runtime_error("libtiff could not write the data");
    }
    if (TIFFWriteDirectory(tif) != 1)
      throw std::runtime_error("libtiff could not write the page directory");
  }
}

} // namespace

void writeTiff32(const ImageStack& stack, const fs::path& path, PixelType type) {
  TiffHandle tif = openQuiet(path, "w");
  if (!tif)
    throw std::runtime_error("cannot create the file");
  if (type == PixelType::UInt32)
    writeTyped<std::uint32_t>(stack, tif.get());
  else
    writeTyped<std::int32_t>(stack, tif.get());
}

} // namespace pgd
