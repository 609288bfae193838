#pragma once
// ModelStore: models on disk. A model is a folder holding weights.pt and model.json (ModelInfo).
// The store is a root folder of model folders: $PGD_MODEL_DIR if set, else
// $XDG_DATA_HOME/pgdenoise/models, else ~/.local/share/pgdenoise/models.
// Saving writes into a hidden temporary folder and renames it into place, so a killed process
// never leaves a half-written model listed; the next save or list in that folder restores a model
// that a killed save had swapped out and deletes the dead process's temporaries. Loading checks the
// format version, architecture and weights and throws Error(ErrorKind::Model) with one line saying
// what is wrong. Not synchronised: use one ModelStore per thread (the folder itself is the shared
// state).
#include "nn/Model.h"

#include <filesystem>
#include <string>
#include <vector>

namespace pgd {

struct ModelEntry {
  std::string name;
  std::filesystem::path path;
  ModelInfo info;
  std::string problem;  // non-empty when the folder is not a loadable model (info then partial)
  bool builtIn = false; // the shipped base model (store/BuiltInModel.h): read-only
};

class ModelStore {
public:
  explicit ModelStore(std::filesystem::path root = defaultRoot());
  static std::filesystem::path defaultRoot();
  const std::filesystem::path& root() const { return m_root; }

  std::vector<ModelEntry> list() const;
  // The built-in base model (when installed) first, then list(). What the browser and `pgdenoise
  // models` show.
  std::vector<ModelEntry> listWithBuiltIn() const;
  bool contains(const std::string& name) const;
  // Saves under `name` (letters, digits, '-', '_', '.'); replaces an existing model of that name
  // only when `overwrite`. Returns the model folder.
  std::filesystem::path save(const Model& model, const std::string& name, bool overwrite = false);
  // `nameOrPath`: a model name in this store, or a path to a model folder, or the built-in
  // base's name (when no stored model has it).
  Model load(const std::string& nameOrPath) const;
  // remove and rename refuse the built-in base model with Error(Usage).
  void remove(const std::string& name);
  void rename(const std::string& from, const std::string& to);
  void exportTo(const std::string& name, const std::filesystem::path& destinationFolder) const;
  std::string importFrom(const std::filesystem::path& modelFolder, std::string name = {});

  // Folder-level helpers used by the store and by `--model DIR`.
  static void saveFolder(const Model& model, const std::filesystem::path& folder);
  static Model loadFolder(const std::filesystem::path& folder);
  static ModelInfo readInfo(const std::filesystem::path& folder);
  // Writes `model` to `folder` crash-safely: into a hidden sibling ".<name>.pgd-saving-<pid>-<n>",
  // then renamed into place; an existing folder is first renamed to ".<name>.pgd-old-<pid>-<n>"
  // and removed only once the new one is in place. Throws Error(Output) naming the folder.
  static void saveFolderAtomically(const Model& model, const std::filesystem::path& folder);
  // Tidies what killed saves left in `parent`: a swapped-out model whose replacement never
  // arrived is renamed back; temporaries of processes that no longer run are deleted. Touches
  // only hidden entries of the pattern above. Never throws.
  static void recoverInterruptedSaves(const std::filesystem::path& parent);

private:
  // saveFolderAtomically without the repair step (callers have just repaired `folder`'s parent).
  static void replaceFolder(const Model& model, const std::filesystem::path& folder);

  std::filesystem::path m_root;
};

} // namespace pgd
