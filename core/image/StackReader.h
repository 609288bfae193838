#pragma once
// StackReader: reads TIFF (single and multi-page; 8/16/32-bit integer, 32/64-bit float;
// uncompressed, LZW, Deflate, PackBits) and PNG (gray, gray+alpha, palette, RGB(A), 8/16-bit)
// into an ImageStack through ITK.
//
// Colour policy (documented in README): RGB(A) and palette images are converted to luminance
// (Rec. 601 weights 0.299/0.587/0.114, alpha ignored) and a warning is recorded in the metadata,
// unless ReadOptions::channel picks one channel. Every problem (missing file, directory, empty,
// corrupt or truncated file, unsupported type, zero-sized image, NaN/Inf samples) throws
// pgd::Error(ErrorKind::Input) with one line naming the file. Safe to call from any thread.
#include "image/ImageStack.h"

#include <filesystem>
#include <memory>

namespace pgd {

class FrameSource;

struct ReadOptions {
  int channel = -1;            // -1: luminance for colour images; 0..3: take that channel
  bool allowNonFinite = false; // false: NaN/Inf samples are an input error
};

ImageStack readImageStack(const std::filesystem::path& path, const ReadOptions& options = {});

// The same file as a FrameSource (core/image/FrameSource.h) that decodes one frame at a time: a
// TIFF page by page (core/image/TiffFrameSource.h), a PNG (one frame) when opened. The same
// checks and one-line errors as readImageStack, except that NaN or infinite values are found
// (and refused) frame by frame as they are read.
std::unique_ptr<FrameSource> openFrameSource(const std::filesystem::path& path,
                                             const ReadOptions& options = {});

// Registers ITK's TIFF and PNG IO factories once (thread-safe); called by reader and writer.
void registerImageIOFactories();

} // namespace pgd
