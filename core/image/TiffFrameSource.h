#pragma once
// TiffFrameSource: a TIFF stack read with libtiff one frame at a time (8/16/32-bit integer,
// 32/64-bit float; strips or tiles; any libtiff compression; gray, gray+alpha, RGB(A), palette;
// contiguous or planar; ImageJ's contiguous stacks past 4 GiB). Opening reads the page count,
// the first page's format and the stack metadata (core/image/TiffStackMetadata.h) and checks
// that an ImageJ contiguous block is all in the file; read() decodes one page, so memory does not
// grow with the number of frames. We do not use ITK 5.2's TIFF reader: it reads 32-bit integer
// samples as zeros and overflows a heap buffer on malformed tags (found by fuzzing). One thread
// at a time (FrameSource).
#include "image/FrameSource.h"
#include "image/StackReader.h"

#include <filesystem>
#include <memory>

namespace pgd {

class TiffFrameSource : public FrameSource {
public:
  // Throws Error(ErrorKind::Input) with one line naming the file on any problem.
  TiffFrameSource(const std::filesystem::path& path, const ReadOptions& options);
  ~TiffFrameSource() override;

  // The frame held by page `page` (pages are in file order; reading frames in this order walks
  // the page chain once). Frames past pages() are images of an ImageJ contiguous block.
  int frameOfPage(int page) const;
  int pages() const;

protected:
  void decode(int frame, float* out) override;

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

} // namespace pgd
