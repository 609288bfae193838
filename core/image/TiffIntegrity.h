#pragma once
// TiffIntegrity: checks, before ITK reads a TIFF, that every strip or tile of every page lies
// inside the file. ITK (through libtiff) silently returns zeros for truncated files; this check
// turns that into a clear Input error. Safe from any thread.
#include <filesystem>

namespace pgd {

// Throws Error(ErrorKind::Input) naming the file when a page's data extends past the end of the
// file or libtiff cannot parse the directory chain. Non-TIFF files are left alone.
void checkTiffIntegrity(const std::filesystem::path& path);

} // namespace pgd
