#include "store/ModelStore.h"

#include "job/Error.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

namespace pgd {
namespace fs = std::filesystem;

namespace {

constexpr const char* kWeightsFile = "weights.pt";
constexpr const char* kInfoFile = "model.json";

void checkName(const std::string& name) {
  const bool ok =
      !name.empty() && name.size() <= 128 && name.front() != '.' &&
      std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
      });
  if (!ok)
    throw Error(ErrorKind::Usage,
                "model name '" + name + "': use letters, digits, '-', '_' and '.' (not first)");
}

std::string uniqueSuffix() {
  std::random_device rd;
  return std::to_string(rd()) + std::to_string(rd());
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
  for (const auto& dir : fs::directory_iterator(m_root, ec)) {
    const auto name = dir.path().filename().string();
    if (!dir.is_directory() || name.empty() || name.front() == '.')
      continue;
    ModelEntry entry{name, dir.path(), {}, {}};
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
  checkName(name);
  const auto target = m_root / name;
  if (fs::exists(target) && !overwrite)
    throw Error(ErrorKind::Output, target.string() + ": a model of that name exists");
  const auto temp = m_root / (".saving-" + name + "-" + uniqueSuffix());
  try {
    saveFolder(model, temp);
    std::error_code ec;
    if (fs::exists(target)) {
      const auto old = m_root / (".old-" + name + "-" + uniqueSuffix());
      fs::rename(target, old);
      fs::rename(temp, target);
      fs::remove_all(old, ec);
    } else {
      fs::rename(temp, target);
    }
  } catch (const fs::filesystem_error& e) {
    std::error_code ec;
    fs::remove_all(temp, ec);
    throw Error(ErrorKind::Output, target.string() + ": cannot save (" + e.code().message() + ")");
  } catch (...) {
    std::error_code ec;
    fs::remove_all(temp, ec);
    throw;
  }
  return target;
}

Model ModelStore::load(const std::string& nameOrPath) const {
  const fs::path asPath(nameOrPath);
  if (fs::is_directory(asPath) && fs::exists(asPath / kInfoFile))
    return loadFolder(asPath);
  if (!nameOrPath.empty() && fs::is_directory(m_root / nameOrPath))
    return loadFolder(m_root / nameOrPath);
  throw Error(ErrorKind::Model,
              nameOrPath + ": no such model (not in " + m_root.string() + " and not a folder)");
}

void ModelStore::remove(const std::string& name) {
  checkName(name);
  const auto target = m_root / name;
  if (!fs::is_directory(target))
    throw Error(ErrorKind::Model, name + ": no such model in " + m_root.string());
  std::error_code ec;
  fs::remove_all(target, ec);
  if (ec)
    throw Error(ErrorKind::Output, target.string() + ": cannot delete (" + ec.message() + ")");
}

void ModelStore::rename(const std::string& from, const std::string& to) {
  checkName(from);
  checkName(to);
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
