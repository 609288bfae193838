#include "image/PngIntegrity.h"

#include "job/Error.h"

#include <fmt/format.h>
#include <png.h>

#include <cctype>
#include <csetjmp>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace pgd {
namespace fs = std::filesystem;

namespace {

struct FileCloser {
  void operator()(FILE* f) const { std::fclose(f); }
};

// libpng reports errors through this callback, then longjmps back to checkPngIntegrity.
void onPngError(png_structp png, png_const_charp message) {
  auto* text = static_cast<std::string*>(png_get_error_ptr(png));
  if (text->empty())
    *text = message;
  png_longjmp(png, 1);
}

void onPngWarning(png_structp, png_const_charp) {}

std::uint32_t bigEndian32(const unsigned char* b) {
  return (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) | (std::uint32_t(b[2]) << 8) |
         std::uint32_t(b[3]);
}

// Walks the chunk list from just after the signature and returns an empty string when every
// chunk's data and CRC lie inside the file, else what is wrong. libpng allocates a chunk's
// declared length before reading it, so a 100-byte file whose sCAL chunk claims 2 GB made it
// (and ITK's reader after it) allocate 2 GB (found by fuzzing; docs/FUZZING.md).
std::string chunkLayoutProblem(FILE* file, std::uintmax_t fileSize) {
  std::uintmax_t at = 8;
  unsigned char header[8];
  while (at + 8 <= fileSize) {
    if (std::fseek(file, long(at), SEEK_SET) != 0 || std::fread(header, 1, 8, file) != 8)
      return "unreadable chunk header";
    const std::uint32_t length = bigEndian32(header);
    const std::string type(reinterpret_cast<const char*>(header + 4), 4);
    const std::uintmax_t left = fileSize - at - 8; // after the header: data, then a 4-byte CRC
    if (std::uintmax_t(length) + 4 > left) {
      std::string shown;
      for (char c : type)
        shown += std::isalpha(static_cast<unsigned char>(c)) ? c : '?';
      return fmt::format("chunk {} claims {} bytes, {} are left in the file", shown, length, left);
    }
    at += std::uintmax_t(length) + 12;
    if (type == "IEND")
      return {};
  }
  return "no IEND chunk";
}

// Decodes every row; returns false when libpng longjmps out with an error.
bool decodeAll(png_structp png, png_infop info, FILE* file, std::vector<png_byte>& row) {
  if (setjmp(png_jmpbuf(png)) != 0)
    return false;
  png_init_io(png, file);
  png_set_sig_bytes(png, 8);
  png_read_info(png, info);
  const png_uint_32 height = png_get_image_height(png, info);
  row.resize(png_get_rowbytes(png, info) + 16);
  const int passes = png_set_interlace_handling(png);
  for (int p = 0; p < passes; ++p)
    for (png_uint_32 y = 0; y < height; ++y)
      png_read_row(png, row.data(), nullptr);
  png_read_end(png, nullptr);
  return true;
}

} // namespace

void checkPngIntegrity(const fs::path& path) {
  std::unique_ptr<FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file)
    return; // the reader reports unreadable files itself
  png_byte signature[8] = {};
  if (std::fread(signature, 1, 8, file.get()) != 8 || png_sig_cmp(signature, 0, 8) != 0)
    return;

  std::error_code ec;
  const std::uintmax_t fileSize = fs::file_size(path, ec);
  if (ec)
    return; // the reader reports unreadable files itself
  std::string message = chunkLayoutProblem(file.get(), fileSize);
  if (!message.empty())
    throw Error(ErrorKind::Input,
                fmt::format("{}: corrupt or truncated PNG ({})", path.string(), message));
  if (std::fseek(file.get(), 8, SEEK_SET) != 0)
    return;
  png_structp png =
      png_create_read_struct(PNG_LIBPNG_VER_STRING, &message, onPngError, onPngWarning);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!png || !info) {
    png_destroy_read_struct(&png, &info, nullptr);
    throw Error(ErrorKind::Internal, "libpng could not be initialised");
  }
  std::vector<png_byte> row;
  const bool ok = decodeAll(png, info, file.get(), row);
  png_destroy_read_struct(&png, &info, nullptr);
  if (!ok)
    throw Error(ErrorKind::Input,
                fmt::format("{}: corrupt or truncated PNG ({})", path.string(), message));
}

} // namespace pgd
