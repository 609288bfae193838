#include "train/PretrainingSplit.h"

#include "job/Error.h"

#include <fmt/format.h>

#include <fstream>
#include <set>
#include <sstream>

namespace pgd {

std::vector<PretrainingEntry> parsePretrainingSplit(const std::string& text) {
  std::vector<PretrainingEntry> entries;
  std::set<std::string> seen;
  std::istringstream in(text);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (const auto hash = line.find('#'); hash != std::string::npos)
      line.erase(hash);
    std::istringstream words(line);
    std::string path, kind, extra;
    if (!(words >> path))
      continue;
    const auto bad = [number](const std::string& why) {
      return Error(ErrorKind::Input, fmt::format("pretraining split line {}: {}", number, why));
    };
    if (!(words >> kind) || (words >> extra))
      throw bad("expected '<path> noisy' or '<path> clean'");
    if (path.front() == '/' || path.find("..") != std::string::npos)
      throw bad(path + ": paths must be relative to the data folder, without '..'");
    if (kind != "noisy" && kind != "clean")
      throw bad(kind + ": unknown kind (expected noisy or clean)");
    if (!seen.insert(path).second)
      throw bad(path + ": listed twice");
    entries.push_back({path, kind == "noisy" ? PretrainingKind::Noisy : PretrainingKind::Clean});
  }
  return entries;
}

std::vector<PretrainingEntry> readPretrainingSplit(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in)
    throw Error(ErrorKind::Input, file.string() + ": cannot read the pretraining split");
  std::ostringstream text;
  text << in.rdbuf();
  return parsePretrainingSplit(text.str());
}

} // namespace pgd
