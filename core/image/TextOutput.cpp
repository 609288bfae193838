#include "image/TextOutput.h"

#include "job/Error.h"

#include <fmt/format.h>

#include <cstdio>
#include <unistd.h>

namespace pgd {
namespace fs = std::filesystem;

std::string csvField(const std::string& text) {
  if (text.find_first_of(",\"\n") == std::string::npos)
    return text;
  std::string quoted = "\"";
  for (char c : text)
    quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

void writeTextAtomically(const fs::path& path, const std::string& text, const OutputRules& rules) {
  checkOutputPath(path, rules);
  const fs::path tmp = temporaryOutputPath(path);
  const auto fail = [&](const std::string& what) {
    std::error_code ec;
    fs::remove(tmp, ec);
    throw Error(ErrorKind::Output, fmt::format("{}: {}", path.string(), what));
  };
  std::FILE* file = std::fopen(tmp.c_str(), "wb");
  if (!file)
    fail("cannot create the file");
  const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  const bool flushed = std::fflush(file) == 0 && ::fsync(::fileno(file)) == 0;
  const bool closed = std::fclose(file) == 0;
  if (!written || !flushed || !closed)
    fail("write failed (disk full?)");
  moveIntoPlace(tmp, path);
}

} // namespace pgd
