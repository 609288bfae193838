#include "store/ModelStore.h"

#include "job/Error.h"
#include "store/BuiltInModel.h"
#include "store/ModelName.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace pgd {
namespace fs = std::filesystem;

namespace {

constexpr const char* kWeightsFile = "weights.pt";
constexpr const char* kInfoFile = "model.json";

// ".<name>.pgd-<saving|old>-<pid>-<n>": the pid lets a later process tell a live save (leave it
// alone) from one that was killed (tidy it up).
fs::path temporarySibling(const fs::path& folder, const char* kind) {
  std::random_device rd;
  const fs::path parent = folder.has_parent_path() ? folder.parent_path() : fs::path(".");
  return parent / ("." + folder.filename().string() + ".pgd-" + kind + "-" +
                   std::to_string(::getpid()) + "-" + std::to_string(rd()));
}

// Splits ".<name>.pgd-<kind>-<pid>-<n>" (kind "saving" or "old"); false for anything else.
// (No std::regex: GCC 12 warns inside <regex> under -O2 with sanitizers.)
bool parseTemporary(const std::string& file, std::string& name, std::string& kind, long& pid) {
  const auto allDigits = [](const std::string& t) {
    return !t.empty() &&
           std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const auto marker = file.rfind(".pgd-");
  if (file.size() < 2 || file.front() != '.' || marker == std::string::npos || marker < 2)
    return false;
  const std::string rest = file.substr(marker + 5); // "<kind>-<pid>-<n>"
  const auto dash1 = rest.find('-');
  const auto dash2 = dash1 == std::string::npos ? dash1 : rest.find('-', dash1 + 1);
  if (dash2 == std::string::npos)
    return false;
  kind = rest.substr(0, dash1);
  const std::string pidText = rest.substr(dash1 + 1, dash2 - dash1 - 1);
  if ((kind != "saving" && kind != "old") || !allDigits(pidText) || pidText.size() > 9 ||
      !allDigits(rest.substr(dash2 + 1)))
    return false;
  name = file.substr(1, marker - 1);
  pid = std::stol(pidText);
  return true;
}

bool processRuns(long pid) {
  return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

void writeText(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
  out.flush();
  if (!out)
    throw Error(ErrorKind::Output, file.string() + ": cannot write");
}

} // namespace

ModelStore::ModelStore(fs::path root) : m_root(std::move(root)) {}

fs::path ModelStore::defaultRoot() {
  if (const char* dir = std::getenv("PGD_MODEL_DIR"); dir && *dir)
    return dir;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
    return fs::path(xdg) / "pgdenoise" / "models";
  const char* home = std::getenv("HOME");
  return fs::path(home ? home : ".") / ".local" / "share" / "pgdenoise" / "models";
}

ModelInfo ModelStore::readInfo(const fs::path& folder) {
  const auto file = folder / kInfoFile;
  if (!fs::is_directory(folder))
    throw Error(ErrorKind::Model, folder.string() + ": no such model folder");
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw Error(ErrorKind::Model, file.string() + ": missing (not a model folder)");
  std::stringstream text;
  text << in.rdbuf();
  try {
    return modelInfoFromJson(text.str());
  } catch (const Error& e) {
    throw Error(ErrorKind::Model, folder.string() + "/" + e.what());
  }
}

void ModelStore::saveFolder(const Model& model, const fs::path& folder) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec)
    throw Error(ErrorKind::Output, folder.string() + ": cannot create (" + ec.message() + ")");
  writeText(folder / kInfoFile, toJson(model.info()));
  model.saveWeights(folder / kWeightsFile);
}

Model ModelStore::loadFolder(const fs::path& folder) {
  const ModelInfo info = readInfo(folder);
  const auto weights = folder / kWeightsFile;
  if (!fs::is_regular_file(weights))
    throw Error(ErrorKind::Model, weights.string() + ": missing");
  Model model(info);
  model.loadWeights(weights);
  return model;
}

std::vector<ModelEntry> ModelStore::list() const {
  std::vector<ModelEntry> entries;
  std::error_code ec;
  if (!fs::is_directory(m_root, ec))
    return entries;
  recoverInterruptedSaves(m_root);
  for (const auto& dir : fs::directory_iterator(m_root, ec)) {
    const auto name = dir.path().filename().string();
    if (!dir.is_directory() || name.empty() || name.front() == '.')
      continue;
    ModelEntry entry{name, dir.path(), {}, {}, false};
    try {
      entry.info = readInfo(dir.path());
      if (!fs::is_regular_file(dir.path() / kWeightsFile))
        entry.problem = (dir.path() / kWeightsFile).string() + ": missing";
    } catch (const Error& e) {
      entry.problem = e.what();
    }
    entries.push_back(std::move(entry));
  }
  std::sort(entries.begin(), entries.end(),
            [](const ModelEntry& a, const ModelEntry& b) { return a.name < b.name; });
  return entries;
}

bool ModelStore::contains(const std::string& name) const {
  return !name.empty() && fs::is_directory(m_root / name);
}

fs::path ModelStore::save(const Model& model, const std::string& name, bool overwrite) {
  checkModelName(name);
  const auto target = m_root / name;
  // Repair first, so a model a killed save had swapped out counts as existing.
  recoverInterruptedSaves(m_root);
  if (fs::exists(target) && !overwrite)
    throw Error(ErrorKind::Output, target.string() + ": a model of that name exists");
  replaceFolder(model, target);
  return target;
}

void ModelStore::saveFolderAtomically(const Model& model, const fs::path& folder) {
  recoverInterruptedSaves(folder.has_parent_path() ? folder.parent_path() : fs::path("."));
  replaceFolder(model, folder);
}

void ModelStore::replaceFolder(const Model& model, const fs::path& folder) {
  const fs::path temp = temporarySibling(folder, "saving");
  std::error_code ec;
  try {
    saveFolder(model, temp);
  } catch (const Error& e) {
    fs::remove_all(temp, ec);
    // Name the model folder, not the temporary one that is gone again.
    std::string what = e.what();
    for (auto at = what.find(temp.string()); at != std::string::npos;
         at = what.find(temp.string(), at + folder.string().size()))
      what.replace(at, temp.string().size(), folder.string());
    throw Error(e.kind(), what);
  } catch (...) {
    fs::remove_all(temp, ec);
    throw;
  }
  const bool replacing = fs::exists(folder, ec);
  const fs::path old = temporarySibling(folder, "old");
  if (replacing)
    fs::rename(folder, old, ec);
  if (!ec)
    fs::rename(temp, folder, ec);
  if (ec) {
    const std::string why = ec.message();
    fs::remove_all(temp, ec);
    if (replacing && !fs::exists(folder, ec))
      fs::rename(old, folder, ec);
    throw Error(ErrorKind::Output, folder.string() + ": cannot save the model (" + why + ")");
  }
  fs::remove_all(old, ec);
}

void ModelStore::recoverInterruptedSaves(const fs::path& parent) {
  std::error_code ec;
  std::vector<std::pair<fs::path, fs::path>> restores; // swapped-out model -> its folder
  std::vector<fs::path> deletions;
  try {
    for (const auto& entry : fs::directory_iterator(parent, ec)) {
      std::string name;
      std::string kind;
      long pid = 0;
      if (!parseTemporary(entry.path().filename().string(), name, kind, pid) || processRuns(pid))
        continue;
      const fs::path folder = parent / name;
      if (kind == "old" && !fs::exists(folder, ec))
        restores.emplace_back(entry.path(), folder);
      else
        deletions.push_back(entry.path());
    }
  } catch (const std::exception&) {
    return; // an unreadable folder: nothing to tidy that we may touch
  }
  for (const auto& [from, to] : restores) {
    if (!fs::exists(to, ec))
      fs::rename(from, to, ec);
    else
      deletions.push_back(from);
  }
  for (const auto& path : deletions)
    fs::remove_all(path, ec);
}

Model ModelStore::load(const std::string& nameOrPath) const {
  const fs::path asPath(nameOrPath);
  if (fs::is_directory(asPath) && fs::exists(asPath / kInfoFile))
    return loadFolder(asPath);
  if (!nameOrPath.empty() && fs::is_directory(m_root / nameOrPath))
    return loadFolder(m_root / nameOrPath);
  if (nameOrPath == kBuiltInBaseName)
    return loadBuiltInBase();
  throw Error(ErrorKind::Model,
              nameOrPath + ": no such model (not in " + m_root.string() + " and not a folder)");
}

namespace {

void refuseBuiltIn(const std::string& name, const fs::path& root, const char* what) {
  if (name == kBuiltInBaseName && !fs::is_directory(root / name))
    throw Error(ErrorKind::Usage, name + ": the built-in base model cannot be " + what);
}

} // namespace

std::vector<ModelEntry> ModelStore::listWithBuiltIn() const {
  std::vector<ModelEntry> entries;
  if (const auto folder = builtInBaseFolder()) {
    ModelEntry entry{kBuiltInBaseName, *folder, {}, {}, true};
    try {
      entry.info = readInfo(*folder);
      entry.info.name = kBuiltInBaseName;
    } catch (const Error& e) {
      entry.problem = e.what();
    }
    entries.push_back(std::move(entry));
  }
  for (auto& e : list())
    entries.push_back(std::move(e));
  return entries;
}

void ModelStore::remove(const std::string& name) {
  checkModelName(name);
  refuseBuiltIn(name, m_root, "deleted");
  const auto target = m_root / name;
  if (!fs::is_directory(target))
    throw Error(ErrorKind::Model, name + ": no such model in " + m_root.string());
  std::error_code ec;
  fs::remove_all(target, ec);
  if (ec)
    throw Error(ErrorKind::Output, target.string() + ": cannot delete (" + ec.message() + ")");
}

void ModelStore::rename(const std::string& from, const std::string& to) {
  checkModelName(from);
  checkModelName(to);
  refuseBuiltIn(from, m_root, "renamed");
  if (!fs::is_directory(m_root / from))
    throw Error(ErrorKind::Model, from + ": no such model in " + m_root.string());
  if (fs::exists(m_root / to))
    throw Error(ErrorKind::Output, (m_root / to).string() + ": a model of that name exists");
  const auto folder = m_root / from;
  ModelInfo info = readInfo(folder);
  info.name = to;
  std::error_code ec;
  fs::rename(folder, m_root / to, ec);
  if (ec)
    throw Error(ErrorKind::Output, folder.string() + ": cannot rename (" + ec.message() + ")");
  writeText(m_root / to / kInfoFile, toJson(info));
}

void ModelStore::exportTo(const std::string& name, const fs::path& destinationFolder) const {
  const auto source = m_root / name;
  if (!fs::is_directory(source))
    throw Error(ErrorKind::Model, name + ": no such model in " + m_root.string());
  if (fs::exists(destinationFolder))
    throw Error(ErrorKind::Output, destinationFolder.string() + ": already exists");
  std::error_code ec;
  fs::create_directories(destinationFolder, ec);
  for (const char* file : {kInfoFile, kWeightsFile}) {
    if (!ec)
      fs::copy_file(source / file, destinationFolder / file, ec);
  }
  if (ec)
    throw Error(ErrorKind::Output,
                destinationFolder.string() + ": cannot export (" + ec.message() + ")");
}

std::string ModelStore::importFrom(const fs::path& modelFolder, std::string name) {
  Model model = loadFolder(modelFolder);
  if (name.empty())
    name = model.info().name.empty() ? modelFolder.filename().string() : model.info().name;
  model.info().name = name;
  save(model, name, false);
  return name;
}

} // namespace pgd
