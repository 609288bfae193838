#pragma once
// TiffStackReader: reads TIFF stacks with libtiff (every page; 8/16/32-bit integer, 32/64-bit
// float; strips or tiles; any libtiff compression; gray, gray+alpha, RGB(A), palette; contiguous
// or planar). We do not use ITK 5.2's TIFF reader: it reads 32-bit integer samples as zeros and
// overflows a heap buffer on malformed tags (found by fuzzing). Safe from any thread.
#include "image/ImageStack.h"
#include "image/StackReader.h"

#include <filesystem>

namespace pgd {

// Throws Error(ErrorKind::Input) with one line naming the file on any problem.
ImageStack readTiffStack(const std::filesystem::path& path, const ReadOptions& options);

} // namespace pgd
