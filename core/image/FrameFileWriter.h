#pragma once
// FrameFileWriter: an output image written frame by frame under the output rules of
// core/image/StackWriter.h: the path is checked when the writer is made, frames go to a hidden
// temporary file beside it (core/image/OutputGuard.h), and only commit() renames the finished
// file into place. A writer destroyed before commit() (an error, a cancel, a failed input)
// removes its temporary file, so a crash, a full disk or Ctrl-C never leaves a partial file under
// the final name. TIFF is streamed (core/image/TiffFrameWriter.h, the same bytes as
// writeImageStack); PNG holds its one frame until commit(). One thread at a time.
#include "image/ImageStack.h"
#include "image/StackWriter.h"

#include <filesystem>
#include <memory>

namespace pgd {

class TiffFrameWriter;

class FrameFileWriter {
public:
  // An output of `frames` x `height` x `width` with `metadata`'s geometry, written as Float32 or
  // as metadata.sourceType (WriteOptions::pixelType). Throws Error(Output) with one line naming
  // the file when the path may not be written or the file cannot be created.
  FrameFileWriter(const std::filesystem::path& path, int frames, int height, int width,
                  const ImageMetadata& metadata, const WriteOptions& options);
  ~FrameFileWriter();
  FrameFileWriter(const FrameFileWriter&) = delete;
  FrameFileWriter& operator=(const FrameFileWriter&) = delete;

  // Appends the next frame (raw units, height * width floats). Throws Error(Output) naming the
  // file, how many frames were written and why (e.g. no space left on the device).
  void append(const float* frame);
  int framesWritten() const { return m_written; }
  int frames() const { return m_frames; }
  // Completes the file and renames it over the final path. Throws Error(Output) on failure.
  void commit();
  const std::filesystem::path& path() const { return m_path; }

private:
  [[noreturn]] void fail(const std::string& what);

  std::filesystem::path m_path;
  std::filesystem::path m_temporary;
  int m_frames;
  int m_written = 0;
  bool m_committed = false;
  WriteOptions m_options;
  std::unique_ptr<TiffFrameWriter> m_tiff;
  ImageStack m_png; // the PNG's one frame, written at commit()
};

} // namespace pgd
