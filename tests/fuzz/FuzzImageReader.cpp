// libFuzzer target: arbitrary bytes as a .tif (fuzz_tiff_reader) or .png (fuzz_png_reader) file
// must give an image or a pgd::Error, never a crash, a hang or another exception. The extension,
// and so the reader path, comes from PGD_FUZZ_EXTENSION (tests/fuzz/CMakeLists.txt).
#include "image/StackReader.h"
#include "job/Error.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#ifndef PGD_FUZZ_EXTENSION
#error "PGD_FUZZ_EXTENSION (\".tif\" or \".png\") must be defined"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path path = [] {
    auto d = std::filesystem::temp_directory_path() / ("pgd-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d / (std::string("input") + PGD_FUZZ_EXTENSION);
  }();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    const pgd::ImageStack s = pgd::readImageStack(path);
    if (s.empty())
      std::abort(); // the reader promised a non-empty image or an error
  } catch (const pgd::Error&) {
  }
  return 0;
}
