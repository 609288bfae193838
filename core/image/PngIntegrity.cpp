#include "image/PngIntegrity.h"

#include "job/Error.h"

#include <fmt/format.h>
#include <png.h>

#include <csetjmp>
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

  std::string message;
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
