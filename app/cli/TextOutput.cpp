#include "cli/TextOutput.h"

#include "job/Error.h"

#include <fmt/format.h>

#include <cstdio>
#include <unistd.h>

namespace pgd {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void fail(const fs::path& path, const std::string& what) {
  throw Error(ErrorKind::Output, fmt::format("{}: {}", path.string(), what));
}

bool sameFile(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::exists(a, ec) && fs::exists(b, ec))
    return fs::equivalent(a, b, ec);
  return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
}

} // namespace

void checkTextWritable(const fs::path& path, const TextWriteOptions& options) {
  std::error_code ec;
  for (const auto& input : options.protectedInputs)
    if (sameFile(path, input))
      fail(path, "refusing to overwrite an input file");
  if (fs::is_directory(path, ec))
    fail(path, "is a folder");
  if (fs::exists(path, ec) && !options.overwrite)
    fail(path, "already exists (use --overwrite to replace it)");
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec))
    fail(path, fmt::format("output folder '{}' does not exist", dir.string()));
  if (::access(dir.c_str(), W_OK) != 0)
    fail(path, fmt::format("output folder '{}' is not writable", dir.string()));
}

void writeTextAtomically(const fs::path& path, const std::string& text,
                         const TextWriteOptions& options) {
  checkTextWritable(path, options);
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  const fs::path tmp = dir / fmt::format(".{}.pgd-tmp-{}", path.filename().string(), ::getpid());
  std::FILE* file = std::fopen(tmp.c_str(), "wb");
  if (!file)
    fail(path, "cannot create the file");
  const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  const bool flushed = std::fflush(file) == 0 && ::fsync(::fileno(file)) == 0;
  const bool closed = std::fclose(file) == 0;
  std::error_code ec;
  if (!written || !flushed || !closed) {
    fs::remove(tmp, ec);
    fail(path, "write failed (disk full?)");
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    fail(path, fmt::format("could not move the finished file into place ({})", ec.message()));
  }
}

} // namespace pgd
