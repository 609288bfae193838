#pragma once
// TiffFrameWriter: writes an uncompressed TIFF one frame at a time, the way ImageJ does (the
// layout core/image/TiffStackWriter.h describes: header, the pixel data of all pages contiguous
// in one block, then the page directories with the ImageJ description and calibration on the
// first page). The frame count and size are given up front, so whether the file must be BigTIFF
// and where every frame and directory goes are known before the first frame: memory does not
// grow with the number of frames. The file is only complete after finish(); callers write to a
// temporary path and rename it (core/image/OutputGuard.h). One thread at a time.
#include "image/PixelType.h"
#include "image/StackGeometry.h"

#include <cstdint>
#include <filesystem>
#include <memory>

namespace pgd {

// A classic TIFF addresses its bytes with 32-bit offsets: its last byte is at most this one.
inline constexpr std::uint64_t kClassicTiffMaxBytes = 0xFFFFFFFFull;

struct TiffStackShape {
  int frames = 0;
  int height = 0;
  int width = 0;
  StackGeometry geometry; // used when it describes `frames` frames, else a plain stack
};

// Size in bytes of the classic TIFF TiffFrameWriter would write for `shape` as `type`.
std::uint64_t classicTiffBytes(const TiffStackShape& shape, PixelType type);

class TiffFrameWriter {
public:
  // Creates `path` and writes the header; samples are written as `type` (integer types rounded
  // and clipped to their range, NaN as 0; Float64 as Float32), as BigTIFF when classicTiffBytes
  // exceeds `bigTiffAbove`. Throws std::runtime_error with a short reason on any failure.
  TiffFrameWriter(const std::filesystem::path& path, const TiffStackShape& shape, PixelType type,
                  std::uint64_t bigTiffAbove = kClassicTiffMaxBytes);
  ~TiffFrameWriter();
  TiffFrameWriter(const TiffFrameWriter&) = delete;
  TiffFrameWriter& operator=(const TiffFrameWriter&) = delete;

  // Appends the next frame (height * width floats). Throws std::runtime_error (e.g. disk full).
  void append(const float* frame);
  int framesWritten() const;
  // Writes the page directories and closes the file; every frame must have been appended.
  void finish();

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

} // namespace pgd
