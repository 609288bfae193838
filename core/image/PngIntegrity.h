#pragma once
// PngIntegrity: decodes a PNG once with libpng under our own error handling before ITK reads it.
// ITK 5.2's PNGImageIO installs no error handler for the header, so libpng aborts the whole
// process on a corrupt chunk (found by fuzzing); this check turns that into a clear Input error.
// Safe from any thread.
#include <filesystem>

namespace pgd {

// Throws Error(ErrorKind::Input) naming the file when a PNG is corrupt or truncated.
// Files without the PNG signature are left alone.
void checkPngIntegrity(const std::filesystem::path& path);

} // namespace pgd
