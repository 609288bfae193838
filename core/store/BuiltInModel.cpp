#include "store/BuiltInModel.h"

#include "job/Error.h"
#include "store/ModelStore.h"

#include <fmt/format.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <vector>

namespace pgd {
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> candidates() {
  std::vector<fs::path> c;
  if (const char* env = std::getenv("PGD_BASE_MODEL"); env && *env) {
    c.emplace_back(env); // an explicit choice: nothing else is tried
    return c;
  }
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec)
    c.push_back(exe.parent_path().parent_path() / "share" / "pgdenoise" / "models" /
                kBuiltInBaseName);
#ifdef PGD_SOURCE_MODELS_DIR
  c.push_back(fs::path(PGD_SOURCE_MODELS_DIR) / kBuiltInBaseName);
#endif
  return c;
}

bool isModelFolder(const fs::path& folder) {
  std::error_code ec;
  return fs::is_regular_file(folder / "model.json", ec) &&
         fs::is_regular_file(folder / "weights.pt", ec);
}

} // namespace

std::optional<fs::path> builtInBaseFolder() {
  for (const auto& folder : candidates())
    if (isModelFolder(folder))
      return folder;
  return std::nullopt;
}

Model loadBuiltInBase() {
  const auto folder = builtInBaseFolder();
  if (!folder) {
    std::string looked;
    for (const auto& c : candidates())
      looked += (looked.empty() ? "" : ", ") + c.string();
    throw Error(ErrorKind::Model, "built-in base model not found (looked in " + looked + ")");
  }
  Model model = ModelStore::loadFolder(*folder);
  model.info().name = kBuiltInBaseName;
  return model;
}

std::string weightsChecksum(const fs::path& weightsFile) {
  std::ifstream in(weightsFile, std::ios::binary);
  if (!in)
    throw Error(ErrorKind::Model, weightsFile.string() + ": cannot read");
  std::uint64_t hash = 14695981039346656037ull; // FNV-1a 64-bit
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    for (std::streamsize i = 0; i < in.gcount(); ++i) {
      hash ^= static_cast<unsigned char>(buffer[i]);
      hash *= 1099511628211ull;
    }
    if (!in)
      break;
  }
  return fmt::format("{:016x}", hash);
}

BaseModelRef baseModelRef(const std::string& name, const fs::path& folder) {
  return {name, weightsChecksum(folder / "weights.pt")};
}

} // namespace pgd
