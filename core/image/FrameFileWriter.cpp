#include "image/FrameFileWriter.h"

#include "image/OutputGuard.h"
#include "image/TiffFrameWriter.h"
#include "job/Error.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace pgd {
namespace fs = std::filesystem;

FrameFileWriter::FrameFileWriter(const fs::path& path, int frames, int height, int width,
                                 const ImageMetadata& metadata, const WriteOptions& options)
    : m_path(path), m_frames(frames), m_options(options) {
  checkWritable(path, options);
  if (frames <= 0 || height <= 0 || width <= 0)
    throw Error(ErrorKind::Output,
                fmt::format("{}: nothing to write (empty image)", path.string()));
  const PixelType type =
      options.pixelType == OutputPixelType::Float32 ? PixelType::Float32 : metadata.sourceType;
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (ext == ".png") {
    if (frames != 1)
      fail("PNG holds one frame only; write stacks as TIFF");
    if (type != PixelType::UInt8 && type != PixelType::UInt16)
      fail(fmt::format("PNG cannot store {} samples; use .tif", toString(type)));
    m_png = ImageStack(1, height, width);
    m_png.metadata() = metadata;
    return;
  }
  m_temporary = temporaryOutputPath(path);
  const StackGeometry geometry = metadata.geometry.frames() == frames
                                     ? metadata.geometry
                                     : plainStack(metadata.geometry, frames);
  try {
    m_tiff = std::make_unique<TiffFrameWriter>(
        m_temporary, TiffStackShape{frames, height, width, geometry}, type, options.bigTiffAbove);
  } catch (const std::exception& e) {
    fail(fmt::format("write failed ({})", e.what()));
  }
}

FrameFileWriter::~FrameFileWriter() {
  m_tiff.reset();
  if (!m_committed && !m_temporary.empty()) {
    std::error_code ec;
    fs::remove(m_temporary, ec);
  }
}

void FrameFileWriter::fail(const std::string& what) {
  m_tiff.reset();
  if (!m_temporary.empty()) {
    std::error_code ec;
    fs::remove(m_temporary, ec);
    m_temporary.clear();
  }
  throw Error(ErrorKind::Output, fmt::format("{}: {}", m_path.string(), what));
}

void FrameFileWriter::append(const float* frame) {
  if (m_written >= m_frames)
    throw Error(ErrorKind::Output,
                fmt::format("{}: more than the {} frames planned", m_path.string(), m_frames));
  if (!m_png.empty()) {
    std::copy_n(frame, m_png.frameSize(), m_png.frame(0));
  } else {
    try {
      m_tiff->append(frame);
    } catch (const std::exception& e) {
      fail(fmt::format("write failed ({}) after {} of {} frames", e.what(), m_written, m_frames));
    }
  }
  ++m_written;
}

void FrameFileWriter::commit() {
  if (m_written != m_frames)
    throw Error(ErrorKind::Output, fmt::format("{}: {} of {} frames written, nothing saved",
                                               m_path.string(), m_written, m_frames));
  if (!m_png.empty()) {
    writeImageStack(m_png, m_path, m_options);
    m_committed = true;
    return;
  }
  try {
    m_tiff->finish();
  } catch (const std::exception& e) {
    fail(fmt::format("write failed ({})", e.what()));
  }
  m_tiff.reset();
  std::error_code ec;
  if (!fs::exists(m_temporary, ec) || fs::file_size(m_temporary, ec) == 0)
    fail("write failed (no data written; disk full?)");
  moveIntoPlace(m_temporary, m_path);
  m_committed = true;
}

} // namespace pgd
