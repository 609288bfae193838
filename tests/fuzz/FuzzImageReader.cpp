// libFuzzer target: arbitrary bytes as a .tif or .png file must give an image or a pgd::Error,
// never a crash, a hang or another exception.
#include "image/StackReader.h"
#include "job/Error.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path dir = [] {
    auto d = std::filesystem::temp_directory_path() / ("pgd-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  // The first byte picks the extension so both readers get exercised from one corpus.
  const bool png = size > 0 && (data[0] == 0x89 || (data[0] & 1));
  const auto path = dir / (png ? "input.png" : "input.tif");
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
