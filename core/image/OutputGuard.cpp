#include "image/OutputGuard.h"

#include "job/Error.h"

#include <fmt/format.h>

#include <atomic>

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

fs::path folderOf(const fs::path& path) {
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

} // namespace

void checkOutputPath(const fs::path& path, const OutputRules& rules) {
  std::error_code ec;
  for (const auto& input : rules.protectedInputs)
    if (sameFile(path, input))
      fail(path, "refusing to overwrite an input image");
  if (fs::is_directory(path, ec))
    fail(path, "is a directory");
  if (fs::exists(path, ec) && !rules.overwrite)
    fail(path, "already exists (choose another name or allow overwriting)");
  const fs::path dir = folderOf(path);
  if (!fs::is_directory(dir, ec))
    fail(path, fmt::format("output folder '{}' does not exist", dir.string()));
  if (::access(dir.c_str(), W_OK) != 0)
    fail(path, fmt::format("output folder '{}' is not writable", dir.string()));
}

fs::path temporaryOutputPath(const fs::path& path) {
  static std::atomic<unsigned> counter{0};
  return folderOf(path) / fmt::format(".{}.pgd-tmp-{}-{}{}", path.stem().string(), ::getpid(),
                                      counter++, path.extension().string());
}

void moveIntoPlace(const fs::path& temporary, const fs::path& path) {
  std::error_code ec;
  fs::rename(temporary, path, ec);
  if (ec) {
    fs::remove(temporary, ec);
    fail(path, fmt::format("could not move the finished file into place ({})", ec.message()));
  }
}

} // namespace pgd
