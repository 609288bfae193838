#pragma once
// StackWriter: writes an ImageStack as a (multi-page) TIFF with its hyperstack geometry and
// calibration (core/image/TiffStackWriter.h: ImageJ layout, BigTIFF past 4 GiB), or as PNG for
// single frames through ITK.
//
// Safety contract: the file is first written to a hidden temporary file in the target folder and
// then renamed over the target, so a crash or a full disk never leaves a half-written file under
// the final name. An existing file is never replaced unless WriteOptions::overwrite is set, and
// never when it is one of WriteOptions::protectedInputs (the images being processed). Failures
// throw pgd::Error(ErrorKind::Output) with one line naming the file. Safe from any thread.
#include "image/ImageStack.h"
#include "image/TiffStackWriter.h"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace pgd {

enum class OutputPixelType {
  Float32, // lossless default
  Source   // the stack's metadata().sourceType, rounded and clipped to its range
};

struct WriteOptions {
  OutputPixelType pixelType = OutputPixelType::Float32;
  bool overwrite = false;
  std::vector<std::filesystem::path> protectedInputs;
  // A TIFF whose classic layout would be larger than this many bytes is written as BigTIFF. The
  // default is the classic format's limit; tests lower it to check the switch on small files.
  std::uint64_t bigTiffAbove = kClassicTiffMaxBytes;
};

void writeImageStack(const ImageStack& stack, const std::filesystem::path& path,
                     const WriteOptions& options = {});

// Throws Error(Output) if `path` may not be written under `options` (exists without overwrite,
// is a protected input, folder missing or not writable). Lets batch jobs check every output
// before spending minutes on work.
void checkWritable(const std::filesystem::path& path, const WriteOptions& options);

} // namespace pgd
