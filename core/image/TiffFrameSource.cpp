#include "image/TiffFrameSource.h"

#include "image/MetadataText.h"
#include "image/PixelConversion.h"
#include "image/TiffStackMetadata.h"
#include "job/Error.h"

#include <fmt/format.h>
#include <tiffio.h>

#include <algorithm>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pgd {
namespace fs = std::filesystem;

namespace {

struct TiffCloser {
  void operator()(TIFF* t) const { TIFFClose(t); }
};

int recordError(TIFF*, void* user, const char* module, const char* format, va_list args) {
  auto* text = static_cast<std::string*>(user);
  if (text->empty()) {
    char buffer[512];
    std::vsnprintf(buffer, sizeof buffer, format, args);
    *text = fmt::format("{}: {}", module ? module : "libtiff", buffer);
  }
  return 1;
}

int ignoreWarning(TIFF*, void*, const char*, const char*, va_list) {
  return 1;
}

struct PageFormat {
  std::uint32_t width = 0, height = 0;
  std::uint16_t bits = 0, sampleFormat = SAMPLEFORMAT_UINT, spp = 1, planar = 1, photometric = 1;
  PixelType type = PixelType::UInt8;
  bool tiled = false;
};

class PageReader {
public:
  PageReader(const fs::path& path, TIFF* tif, std::string& libtiffError)
      : m_path(path), m_tif(tif), m_error(libtiffError) {}

  [[noreturn]] void fail(const std::string& what) const {
    throw Error(ErrorKind::Input,
                fmt::format("{}: {}{}", m_path.string(), what,
                            m_error.empty() ? "" : fmt::format(" ({})", m_error)));
  }

  PageFormat format(int page) const {
    PageFormat f;
    TIFFGetField(m_tif, TIFFTAG_IMAGEWIDTH, &f.width);
    TIFFGetField(m_tif, TIFFTAG_IMAGELENGTH, &f.height);
    TIFFGetFieldDefaulted(m_tif, TIFFTAG_BITSPERSAMPLE, &f.bits);
    TIFFGetFieldDefaulted(m_tif, TIFFTAG_SAMPLEFORMAT, &f.sampleFormat);
    TIFFGetFieldDefaulted(m_tif, TIFFTAG_SAMPLESPERPIXEL, &f.spp);
    TIFFGetFieldDefaulted(m_tif, TIFFTAG_PLANARCONFIG, &f.planar);
    if (!TIFFGetField(m_tif, TIFFTAG_PHOTOMETRIC, &f.photometric))
      f.photometric = f.spp >= 3 ? PHOTOMETRIC_RGB : PHOTOMETRIC_MINISBLACK;
    f.tiled = TIFFIsTiled(m_tif) != 0;
    if (f.width == 0 || f.height == 0)
      fail(fmt::format("page {} has zero size", page + 1));
    if (f.spp < 1 || f.spp > 4)
      fail(fmt::format("unsupported number of channels: {}", f.spp));
    const bool isInt = f.sampleFormat == SAMPLEFORMAT_UINT || f.sampleFormat == SAMPLEFORMAT_INT;
    const bool isSigned = f.sampleFormat == SAMPLEFORMAT_INT;
    if (isInt && f.bits == 8)
      f.type = isSigned ? PixelType::Int8 : PixelType::UInt8;
    else if (isInt && f.bits == 16)
      f.type = isSigned ? PixelType::Int16 : PixelType::UInt16;
    else if (isInt && f.bits == 32)
      f.type = isSigned ? PixelType::Int32 : PixelType::UInt32;
    else if (f.sampleFormat == SAMPLEFORMAT_IEEEFP && f.bits == 32)
      f.type = PixelType::Float32;
    else if (f.sampleFormat == SAMPLEFORMAT_IEEEFP && f.bits == 64)
      f.type = PixelType::Float64;
    else
      fail(
          fmt::format("unsupported pixel type ({}-bit, sample format {})", f.bits, f.sampleFormat));
    return f;
  }

  // Decodes the current page into interleaved samples (pixels * spp).
  std::vector<char> decode(const PageFormat& f, int page) const {
    const std::size_t bps = bytesPerSample(f.type);
    const std::size_t pixels = std::size_t(f.width) * f.height;
    std::vector<char> planes(pixels * f.spp * bps);
    const int planeCount = f.planar == PLANARCONFIG_SEPARATE ? f.spp : 1;
    const std::size_t perPlaneSpp = f.planar == PLANARCONFIG_SEPARATE ? 1 : f.spp;
    const std::size_t planeBytes = pixels * perPlaneSpp * bps;
    const std::size_t pixelBytes = perPlaneSpp * bps;
    if (f.tiled) {
      std::uint32_t tw = 0, th = 0;
      TIFFGetField(m_tif, TIFFTAG_TILEWIDTH, &tw);
      TIFFGetField(m_tif, TIFFTAG_TILELENGTH, &th);
      const tmsize_t tileSize = TIFFTileSize(m_tif);
      if (tw == 0 || th == 0 || tileSize <= 0 || std::size_t(tileSize) < tw * th * pixelBytes)
        fail(fmt::format("page {} has invalid tiles", page + 1));
      std::vector<char> tile(static_cast<std::size_t>(tileSize));
      for (int p = 0; p < planeCount; ++p)
        for (std::uint32_t y = 0; y < f.height; y += th)
          for (std::uint32_t x = 0; x < f.width; x += tw) {
            if (TIFFReadTile(m_tif, tile.data(), x, y, 0, std::uint16_t(p)) < 0)
              fail(fmt::format("truncated or corrupt data in page {}", page + 1));
            const std::uint32_t rows = std::min(th, f.height - y);
            const std::uint32_t cols = std::min(tw, f.width - x);
            for (std::uint32_t r = 0; r < rows; ++r)
              std::memcpy(planes.data() + p * planeBytes +
                              (std::size_t(y + r) * f.width + x) * pixelBytes,
                          tile.data() + std::size_t(r) * tw * pixelBytes, cols * pixelBytes);
          }
    } else {
      const tmsize_t stripSize = TIFFStripSize(m_tif);
      const std::uint32_t strips = TIFFNumberOfStrips(m_tif);
      if (stripSize <= 0 || strips == 0)
        fail(fmt::format("page {} has no image data", page + 1));
      std::vector<char> strip(static_cast<std::size_t>(stripSize));
      const std::uint32_t stripsPerPlane = strips / std::uint32_t(planeCount);
      for (int p = 0; p < planeCount; ++p) {
        std::size_t filled = 0;
        for (std::uint32_t s = 0; s < stripsPerPlane && filled < planeBytes; ++s) {
          const tmsize_t got = TIFFReadEncodedStrip(m_tif, std::uint32_t(p) * stripsPerPlane + s,
                                                    strip.data(), stripSize);
          if (got < 0)
            fail(fmt::format("truncated or corrupt data in page {}", page + 1));
          const std::size_t n = std::min(std::size_t(got), planeBytes - filled);
          std::memcpy(planes.data() + p * planeBytes + filled, strip.data(), n);
          filled += n;
        }
        if (filled < planeBytes)
          fail(fmt::format("truncated data in page {}", page + 1));
      }
    }
    if (planeCount == 1)
      return planes;
    std::vector<char> interleaved(planes.size());
    for (std::size_t i = 0; i < pixels; ++i)
      for (int c = 0; c < planeCount; ++c)
        std::memcpy(interleaved.data() + (i * f.spp + c) * bps,
                    planes.data() + c * planeBytes + i * bps, bps);
    return interleaved;
  }

  // Where page 1's pixel data start, when they are one uncompressed block of width x height
  // pixels (strips in order without gaps): the condition for reading the contiguous images of
  // an ImageJ stack saved with a single page directory.
  std::optional<std::uint64_t> contiguousDataStart(const PageFormat& f) const {
    std::uint16_t compression = COMPRESSION_NONE;
    TIFFGetFieldDefaulted(m_tif, TIFFTAG_COMPRESSION, &compression);
    std::uint64_t* offsets = nullptr;
    std::uint64_t* counts = nullptr;
    if (compression != COMPRESSION_NONE || f.tiled ||
        (f.spp > 1 && f.planar == PLANARCONFIG_SEPARATE) ||
        !TIFFGetField(m_tif, TIFFTAG_STRIPOFFSETS, &offsets) ||
        !TIFFGetField(m_tif, TIFFTAG_STRIPBYTECOUNTS, &counts))
      return std::nullopt;
    std::uint64_t next = offsets[0];
    for (std::uint32_t s = 0; s < TIFFNumberOfStrips(m_tif); ++s) {
      if (offsets[s] != next)
        return std::nullopt;
      next += counts[s];
    }
    if (next - offsets[0] != frameBytes(f))
      return std::nullopt;
    return offsets[0];
  }

  static std::uint64_t frameBytes(const PageFormat& f) {
    return std::uint64_t(f.width) * f.height * f.spp * bytesPerSample(f.type);
  }

  // Image `image` (1-based beyond page 1) of a contiguous ImageJ block starting at `start`, in
  // interleaved samples like decode().
  std::vector<char> readContiguous(const PageFormat& f, std::uint64_t start, int image) const {
    const std::uint64_t bytes = frameBytes(f);
    std::vector<char> raw(static_cast<std::size_t>(bytes));
    std::ifstream in(m_path, std::ios::binary);
    in.seekg(std::streamoff(start + bytes * std::uint64_t(image)));
    in.read(raw.data(), std::streamsize(bytes));
    if (!in)
      fail(fmt::format("truncated data in image {}", image + 1));
    if (TIFFIsByteSwapped(m_tif)) {
      const tmsize_t n = tmsize_t(bytes / bytesPerSample(f.type));
      if (bytesPerSample(f.type) == 2)
        TIFFSwabArrayOfShort(reinterpret_cast<std::uint16_t*>(raw.data()), n);
      else if (bytesPerSample(f.type) == 4)
        TIFFSwabArrayOfLong(reinterpret_cast<std::uint32_t*>(raw.data()), n);
      else if (bytesPerSample(f.type) == 8)
        TIFFSwabArrayOfDouble(reinterpret_cast<double*>(raw.data()), n);
    }
    return raw;
  }

  // Palette pages: map indices through the colour map to 16-bit RGB, then to luminance.
  void paletteToGray(const PageFormat& f, const std::vector<char>& raw, float* out) const {
    std::uint16_t *r = nullptr, *g = nullptr, *b = nullptr;
    if (!TIFFGetField(m_tif, TIFFTAG_COLORMAP, &r, &g, &b) || f.spp != 1 ||
        (f.type != PixelType::UInt8 && f.type != PixelType::UInt16))
      fail("palette image without a usable colour map");
    const std::size_t entries = std::size_t(1) << f.bits;
    const std::size_t pixels = std::size_t(f.width) * f.height;
    for (std::size_t i = 0; i < pixels; ++i) {
      std::size_t idx = f.type == PixelType::UInt8
                            ? std::size_t(reinterpret_cast<const std::uint8_t*>(raw.data())[i])
                            : std::size_t(reinterpret_cast<const std::uint16_t*>(raw.data())[i]);
      idx = std::min(idx, entries - 1);
      // Colour-map entries are 16-bit; report them on the 8-bit scale of the index type.
      out[i] = static_cast<float>((0.299 * r[idx] + 0.587 * g[idx] + 0.114 * b[idx]) / 257.0);
    }
  }

private:
  const fs::path& m_path;
  TIFF* m_tif;
  std::string& m_error;
};

} // namespace

struct TiffFrameSource::Impl {
  fs::path path;
  ReadOptions options;
  std::string libtiffError;
  std::unique_ptr<TIFF, TiffCloser> tif;
  std::unique_ptr<PageReader> reader;
  PageFormat first;
  int pages = 0;
  int currentPage = 0;
  bool palette = false;
  std::optional<std::uint64_t> blockStart;
  std::vector<int> frameOfPage; // empty: page p is frame p
  std::vector<int> pageOfFrame; // empty: frame f is page f

  // Makes page `page` libtiff's current directory: the next one is one step along the chain,
  // any other walks it from the start.
  void goToPage(int page) {
    if (page == currentPage)
      return;
    const bool ok = page == currentPage + 1 ? TIFFReadDirectory(tif.get()) != 0
                                            : TIFFSetDirectory(tif.get(), tdir_t(page)) != 0;
    if (!ok)
      reader->fail(fmt::format("page {} is unreadable", page + 1));
    currentPage = page;
  }

  void convert(const PageFormat& f, const std::vector<char>& raw, std::size_t pixels,
               float* out) const {
    if (palette)
      reader->paletteToGray(f, raw, out);
    else
      convertPixels(f.type, raw.data(), pixels, f.spp, options.channel, out);
  }
};

TiffFrameSource::TiffFrameSource(const fs::path& path, const ReadOptions& options)
    : FrameSource(0, 0, 0, options.allowNonFinite), m_impl(std::make_unique<Impl>()) {
  Impl& m = *m_impl;
  m.path = path;
  m.options = options;
  TIFFOpenOptions* openOptions = TIFFOpenOptionsAlloc();
  TIFFOpenOptionsSetErrorHandlerExtR(openOptions, recordError, &m.libtiffError);
  TIFFOpenOptionsSetWarningHandlerExtR(openOptions, ignoreWarning, nullptr);
  // Refuse absurd allocations driven by corrupt headers (1 GiB per single allocation).
  TIFFOpenOptionsSetMaxSingleMemAlloc(openOptions, tmsize_t(1) << 30);
  m.tif.reset(TIFFOpenExt(path.c_str(), "rm", openOptions));
  TIFFOpenOptionsFree(openOptions);
  m.reader = std::make_unique<PageReader>(m.path, m.tif.get(), m.libtiffError);
  PageReader& reader = *m.reader;
  if (!m.tif)
    reader.fail("corrupt TIFF header");
  TIFF* tif = m.tif.get();

  const tdir_t directories = TIFFNumberOfDirectories(tif);
  if (directories == 0 || directories > tdir_t(kMaxDescribedFrames))
    reader.fail(directories == 0 ? "TIFF has no pages" : "TIFF has too many pages");
  m.pages = int(directories);
  if (!TIFFSetDirectory(tif, 0))
    reader.fail("page 1 is unreadable");
  m.first = reader.format(0);
  const PageFormat& first = m.first;
  TiffStackMetadata layout = readTiffStackMetadata(tif, m.pages, first.width, first.height);
  int frames = m.pages;
  if (layout.contiguousImages > 0) {
    m.blockStart = reader.contiguousDataStart(first);
    if (m.blockStart) {
      frames = layout.contiguousImages;
      std::error_code ec;
      const std::uint64_t needed =
          *m.blockStart + PageReader::frameBytes(first) * std::uint64_t(frames);
      const std::uint64_t size = fs::file_size(path, ec);
      if (ec || size < needed)
        reader.fail(fmt::format("truncated TIFF (ImageJ stack of {} images needs {} bytes, file "
                                "has {})",
                                frames, needed, size));
    } else {
      layout.warnings.push_back(fmt::format(
          "ImageJ metadata describes {} images but the file has 1 page whose data are not one "
          "uncompressed block; dimensions ignored",
          layout.contiguousImages));
      layout.geometry = plainStack(layout.geometry, 1);
    }
  }
  constexpr std::size_t kMaxSamples = std::size_t(1) << 32; // 16 GiB of float32
  if (std::size_t(first.width) * first.height * std::size_t(frames) > kMaxSamples)
    reader.fail(
        fmt::format("image too large ({}x{}x{} pixels)", first.width, first.height, frames));
  if (options.channel >= int(first.spp))
    reader.fail(
        fmt::format("channel {} requested but the image has {}", options.channel, first.spp));
  m.frameOfPage = layout.frameOfPage;
  if (!m.frameOfPage.empty()) {
    m.pageOfFrame.assign(std::size_t(frames), 0);
    for (int p = 0; p < m.pages; ++p)
      m.pageOfFrame[std::size_t(m.frameOfPage[std::size_t(p)])] = p;
  }
  m.palette = first.photometric == PHOTOMETRIC_PALETTE;

  setShape(frames, int(first.height), int(first.width));

  ImageMetadata& meta = mutableMetadata();
  meta.sourcePath = path.string();
  meta.geometry = layout.geometry;
  meta.warnings = std::move(layout.warnings);
  meta.sourceChannels = m.palette ? 3 : int(first.spp);
  meta.sourceType = first.type;
  if (m.palette) {
    meta.sourceType = PixelType::Float32;
    meta.warnings.push_back("palette image converted to luminance");
  } else if (first.spp == 2 && options.channel < 0) {
    meta.warnings.push_back("gray+alpha image: alpha channel ignored");
  } else if (first.spp > 2 && options.channel < 0) {
    meta.sourceType = first.type == PixelType::UInt8 || first.type == PixelType::UInt16
                          ? first.type
                          : PixelType::Float32;
    meta.warnings.push_back(
        fmt::format("colour image ({} channels) converted to luminance; pass a channel to pick one",
                    first.spp));
  } else if (first.spp > 1) {
    meta.warnings.push_back(
        fmt::format("colour image: using channel {} of {}", options.channel, first.spp));
  }
}

TiffFrameSource::~TiffFrameSource() = default;

int TiffFrameSource::pages() const {
  return m_impl->pages;
}

int TiffFrameSource::frameOfPage(int page) const {
  return m_impl->frameOfPage.empty() ? page : m_impl->frameOfPage[std::size_t(page)];
}

void TiffFrameSource::decode(int frame, float* out) {
  Impl& m = *m_impl;
  if (frame >= m.pages) {
    const std::vector<char> raw = m.reader->readContiguous(m.first, *m.blockStart, frame);
    m.convert(m.first, raw, frameSize(), out);
    return;
  }
  const int page = m.pageOfFrame.empty() ? frame : m.pageOfFrame[std::size_t(frame)];
  m.goToPage(page);
  const PageFormat f = m.reader->format(page);
  if (f.width != m.first.width || f.height != m.first.height || f.type != m.first.type ||
      f.spp != m.first.spp)
    m.reader->fail(fmt::format("page {} differs in size or type from page 1", page + 1));
  m.convert(f, m.reader->decode(f, page), frameSize(), out);
}

} // namespace pgd
