#include "image/TiffFrameWriter.h"

#include "image/ImageJDescription.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace pgd {
namespace fs = std::filesystem;

namespace {

enum TiffType : std::uint16_t { Ascii = 2, Short = 3, Long = 4, Rational = 5, Long8 = 16 };

constexpr std::uint16_t kSampleFormatUInt = 1, kSampleFormatInt = 2, kSampleFormatFloat = 3;
// Rows per strip are chosen so that one strip holds at most this many bytes: readers (ours
// included, core/image/TiffStackReader.cpp) allocate a strip at a time.
constexpr std::uint64_t kStripBytes = 8u << 20;

// Little-endian byte buffer for headers and directories.
class Bytes {
public:
  void put(std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i)
      m_data.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
  }
  void append(const Bytes& other) {
    m_data.insert(m_data.end(), other.m_data.begin(), other.m_data.end());
  }
  void appendText(const std::string& text) {
    m_data.insert(m_data.end(), text.begin(), text.end());
    m_data.push_back(0);
  }
  void padToEven() {
    if (m_data.size() % 2)
      m_data.push_back(0);
  }
  std::size_t size() const { return m_data.size(); }
  const std::uint8_t* data() const { return m_data.data(); }

private:
  std::vector<std::uint8_t> m_data;
};

// The best rational approximation num/den of `value` with both below 2^32 (continued fractions).
std::pair<std::uint32_t, std::uint32_t> toRational(double value) {
  constexpr double kMax = 4294967295.0;
  if (!(value > 0) || !std::isfinite(value))
    return {1, 1};
  if (value >= kMax)
    return {0xFFFFFFFFu, 1};
  double h0 = 0, h1 = 1, k0 = 1, k1 = 0, x = value;
  for (int i = 0; i < 64; ++i) {
    const double a = std::floor(x);
    const double h2 = a * h1 + h0, k2 = a * k1 + k0;
    if (h2 > kMax || k2 > kMax)
      break;
    h0 = h1;
    h1 = h2;
    k0 = k1;
    k1 = k2;
    if (x - a < 1e-12 || std::abs(h1 / k1 - value) <= value * 1e-15)
      break;
    x = 1.0 / (x - a);
  }
  if (h1 < 1 || k1 < 1)
    return {1, static_cast<std::uint32_t>(std::min(kMax, std::round(1.0 / value)))};
  return {static_cast<std::uint32_t>(h1), static_cast<std::uint32_t>(k1)};
}

struct Entry {
  std::uint16_t tag;
  std::uint16_t type;
  std::uint64_t count;
  Bytes value; // little-endian, count values of type
};

int typeSize(std::uint16_t type) {
  switch (type) {
  case Ascii:
    return 1;
  case Short:
    return 2;
  case Long:
    return 4;
  default:
    return 8;
  }
}

// One page directory; values that do not fit in an entry follow the directory.
class Directory {
public:
  explicit Directory(bool big) : m_big(big) {}

  void add(std::uint16_t tag, std::uint16_t type, std::uint64_t value) {
    Entry e{tag, type, 1, {}};
    e.value.put(value, typeSize(type));
    m_entries.push_back(std::move(e));
  }
  void addArray(std::uint16_t tag, const std::vector<std::uint64_t>& values) {
    const std::uint16_t type = m_big ? Long8 : Long;
    Entry e{tag, type, values.size(), {}};
    for (std::uint64_t v : values)
      e.value.put(v, typeSize(type));
    m_entries.push_back(std::move(e));
  }
  void addText(std::uint16_t tag, const std::string& text) {
    Entry e{tag, Ascii, text.size() + 1, {}};
    e.value.appendText(text);
    m_entries.push_back(std::move(e));
  }
  void addRational(std::uint16_t tag, double value) {
    const auto [num, den] = toRational(value);
    Entry e{tag, Rational, 1, {}};
    e.value.put(num, 4);
    e.value.put(den, 4);
    m_entries.push_back(std::move(e));
  }

  // The directory as written at file offset `at`, pointing to the next one at `next` (0: last).
  Bytes build(std::uint64_t at, std::uint64_t next) {
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry& a, const Entry& b) { return a.tag < b.tag; });
    const int offsetBytes = m_big ? 8 : 4;
    const std::uint64_t tableBytes =
        (m_big ? 8 : 2) + m_entries.size() * (m_big ? 20 : 12) + std::uint64_t(offsetBytes);
    Bytes table, extra;
    table.put(m_entries.size(), m_big ? 8 : 2);
    for (const Entry& e : m_entries) {
      table.put(e.tag, 2);
      table.put(e.type, 2);
      table.put(e.count, offsetBytes);
      if (e.value.size() <= std::size_t(offsetBytes)) {
        table.append(e.value);
        table.put(0, int(offsetBytes - e.value.size()));
      } else {
        table.put(at + tableBytes + extra.size(), offsetBytes);
        extra.append(e.value);
        extra.padToEven();
      }
    }
    table.put(next, offsetBytes);
    table.append(extra);
    return table;
  }

private:
  bool m_big;
  std::vector<Entry> m_entries;
};

struct Layout {
  bool big = false;
  int bytesPerSample = 4;
  std::uint16_t sampleFormat = kSampleFormatFloat;
  std::uint64_t frameBytes = 0;
  std::uint32_t rowsPerStrip = 1;
  std::uint64_t dataStart = 8;
  std::uint64_t dataEnd = 8; // first byte after the data and its padding: the first directory
  std::string description;
  bool calibrated = false;
};

Layout planLayout(const TiffStackShape& stack, PixelType type, bool big) {
  Layout l;
  l.big = big;
  switch (type) {
  case PixelType::UInt8:
  case PixelType::Int8:
    l.bytesPerSample = 1;
    break;
  case PixelType::UInt16:
  case PixelType::Int16:
    l.bytesPerSample = 2;
    break;
  default:
    l.bytesPerSample = 4;
  }
  l.sampleFormat =
      !isInteger(type) ? kSampleFormatFloat
      : (type == PixelType::Int8 || type == PixelType::Int16 || type == PixelType::Int32)
          ? kSampleFormatInt
          : kSampleFormatUInt;
  const std::uint64_t rowBytes = std::uint64_t(stack.width) * std::uint64_t(l.bytesPerSample);
  l.frameBytes = rowBytes * std::uint64_t(stack.height);
  l.rowsPerStrip = static_cast<std::uint32_t>(
      std::clamp<std::uint64_t>(kStripBytes / rowBytes, 1, std::uint64_t(stack.height)));
  l.dataStart = big ? 16 : 8;
  l.dataEnd = l.dataStart + l.frameBytes * std::uint64_t(stack.frames);
  l.dataEnd += l.dataEnd % 2;
  const StackGeometry g = stack.geometry;
  l.description = formatImageJDescription(g, stack.frames);
  l.calibrated = !g.unit.empty() || g.spacingX != 1.0 || g.spacingY != 1.0;
  return l;
}

Directory pageDirectory(const TiffStackShape& stack, const Layout& l, int frame) {
  Directory d(l.big);
  d.add(254, Long, 0);                                    // NewSubfileType
  d.add(256, Long, std::uint32_t(stack.width));           // ImageWidth
  d.add(257, Long, std::uint32_t(stack.height));          // ImageLength
  d.add(258, Short, std::uint16_t(8 * l.bytesPerSample)); // BitsPerSample
  d.add(259, Short, 1);                                   // Compression: none
  d.add(262, Short, 1);                                   // Photometric: min is black
  if (frame == 0)
    d.addText(270, l.description); // ImageDescription
  const std::uint64_t rowBytes = std::uint64_t(stack.width) * std::uint64_t(l.bytesPerSample);
  std::vector<std::uint64_t> offsets, counts;
  const std::uint64_t start = l.dataStart + l.frameBytes * std::uint64_t(frame);
  for (std::uint32_t y = 0; y < std::uint32_t(stack.height); y += l.rowsPerStrip) {
    offsets.push_back(start + y * rowBytes);
    counts.push_back(std::min<std::uint64_t>(l.rowsPerStrip, std::uint32_t(stack.height) - y) *
                     rowBytes);
  }
  d.addArray(273, offsets); // StripOffsets
  d.add(277, Short, 1);     // SamplesPerPixel
  d.add(278, Long, l.rowsPerStrip);
  d.addArray(279, counts); // StripByteCounts
  if (l.calibrated) {
    const StackGeometry g = stack.geometry;
    d.addRational(282, 1.0 / g.spacingX); // XResolution: pixels per unit
    d.addRational(283, 1.0 / g.spacingY);
    d.add(296, Short, 1); // ResolutionUnit: none (the unit is in the description, as ImageJ does)
  }
  d.add(339, Short, l.sampleFormat);
  return d;
}

std::uint64_t fileBytes(const TiffStackShape& stack, const Layout& l) {
  std::uint64_t total = l.dataEnd + pageDirectory(stack, l, 0).build(l.dataEnd, 0).size();
  if (stack.frames > 1)
    total += std::uint64_t(stack.frames - 1) * pageDirectory(stack, l, 1).build(total, 0).size();
  return total;
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

void writeOrThrow(std::FILE* file, const void* data, std::size_t bytes) {
  if (bytes > 0 && std::fwrite(data, 1, bytes, file) != bytes)
    throw std::runtime_error(std::strerror(errno ? errno : EIO));
}

// The pixel data are written in the host's byte order under a little-endian ("II") header.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "TiffStackWriter assumes little-endian");

// One frame's samples as T, a strip at a time, converted in `buffer`.
template <typename T>
void writeFramePixels(std::FILE* file, const float* frame, std::size_t frameSize,
                      std::size_t stripSamples, std::vector<unsigned char>& buffer) {
  buffer.resize(std::min(stripSamples, frameSize) * sizeof(T));
  T* strip = reinterpret_cast<T*>(buffer.data()); // new[]'s alignment suits every T
  const double lo = std::is_integral_v<T> ? double(std::numeric_limits<T>::lowest()) : 0.0;
  const double hi = std::is_integral_v<T> ? double(std::numeric_limits<T>::max()) : 0.0;
  for (std::size_t done = 0; done < frameSize; done += stripSamples) {
    const std::size_t n = std::min(stripSamples, frameSize - done);
    const float* in = frame + done;
    for (std::size_t i = 0; i < n; ++i) {
      if constexpr (std::is_integral_v<T>)
        strip[i] = std::isnan(in[i])
                       ? T(0)
                       : static_cast<T>(std::clamp(std::nearbyint(double(in[i])), lo, hi));
      else
        strip[i] = in[i];
    }
    writeOrThrow(file, strip, n * sizeof(T));
  }
}

} // namespace

struct TiffFrameWriter::Impl {
  TiffStackShape shape;
  PixelType type = PixelType::Float32;
  Layout layout;
  std::unique_ptr<std::FILE, FileCloser> file;
  int written = 0;
  bool finished = false;
  std::vector<unsigned char> strip; // one strip of converted samples

  void writeFrame(const float* frame) {
    std::FILE* f = file.get();
    const std::size_t n = std::size_t(shape.height) * std::size_t(shape.width);
    const std::size_t samples = std::size_t(layout.rowsPerStrip) * std::size_t(shape.width);
    switch (type) {
    case PixelType::UInt8:
      return writeFramePixels<std::uint8_t>(f, frame, n, samples, strip);
    case PixelType::Int8:
      return writeFramePixels<std::int8_t>(f, frame, n, samples, strip);
    case PixelType::UInt16:
      return writeFramePixels<std::uint16_t>(f, frame, n, samples, strip);
    case PixelType::Int16:
      return writeFramePixels<std::int16_t>(f, frame, n, samples, strip);
    case PixelType::UInt32:
      return writeFramePixels<std::uint32_t>(f, frame, n, samples, strip);
    case PixelType::Int32:
      return writeFramePixels<std::int32_t>(f, frame, n, samples, strip);
    case PixelType::Float32:
    case PixelType::Float64:
      return writeFramePixels<float>(f, frame, n, samples, strip);
    }
  }
};

std::uint64_t classicTiffBytes(const TiffStackShape& shape, PixelType type) {
  return fileBytes(shape, planLayout(shape, type, false));
}

TiffFrameWriter::TiffFrameWriter(const fs::path& path, const TiffStackShape& shape, PixelType type,
                                 std::uint64_t bigTiffAbove)
    : m_impl(std::make_unique<Impl>()) {
  if (shape.frames <= 0 || shape.height <= 0 || shape.width <= 0)
    throw std::runtime_error("empty image");
  Impl& m = *m_impl;
  m.shape = shape;
  if (m.shape.geometry.frames() != shape.frames)
    m.shape.geometry = plainStack(shape.geometry, shape.frames);
  m.type = type;
  const bool big = classicTiffBytes(m.shape, type) > bigTiffAbove;
  m.layout = planLayout(m.shape, type, big);
  const Layout& l = m.layout;
  m.file.reset(std::fopen(path.c_str(), "wb"));
  if (!m.file)
    throw std::runtime_error(std::string("cannot create the file: ") + std::strerror(errno));
  Bytes header;
  header.put('I', 1);
  header.put('I', 1);
  if (big) {
    header.put(43, 2);
    header.put(8, 2); // offset size
    header.put(0, 2);
    header.put(l.dataEnd, 8);
  } else {
    header.put(42, 2);
    header.put(l.dataEnd, 4);
  }
  writeOrThrow(m.file.get(), header.data(), header.size());
}

TiffFrameWriter::~TiffFrameWriter() = default;

int TiffFrameWriter::framesWritten() const {
  return m_impl->written;
}

void TiffFrameWriter::append(const float* frame) {
  Impl& m = *m_impl;
  if (m.written >= m.shape.frames || m.finished)
    throw std::logic_error("TiffFrameWriter: more frames than planned");
  m.writeFrame(frame);
  ++m.written;
}

void TiffFrameWriter::finish() {
  Impl& m = *m_impl;
  const Layout& l = m.layout;
  const TiffStackShape& shape = m.shape;
  if (m.written != shape.frames || m.finished)
    throw std::logic_error("TiffFrameWriter: finished before every frame was written");
  std::FILE* file = m.file.get();
  if ((l.dataEnd - l.dataStart) != l.frameBytes * std::uint64_t(shape.frames))
    writeOrThrow(file, "", 1); // pad so the first directory starts on a word boundary

  std::uint64_t at = l.dataEnd;
  for (int f = 0; f < shape.frames; ++f) {
    Directory d = pageDirectory(shape, l, f);
    const std::uint64_t size = d.build(at, 0).size();
    const std::uint64_t next = f + 1 < shape.frames ? at + size : 0;
    const Bytes bytes = d.build(at, next);
    writeOrThrow(file, bytes.data(), bytes.size());
    at += size;
  }
  m.finished = true;
  std::FILE* raw = m.file.release();
  if (std::fclose(raw) != 0)
    throw std::runtime_error(std::strerror(errno ? errno : EIO));
}

} // namespace pgd
