#include "workflow/TrainingJob.h"

#include "job/Error.h"
#include "job/Versions.h"
#include "store/BuiltInModel.h"
#include "store/ModelName.h"
#include "store/ModelStore.h"

#include <fmt/format.h>

#include <optional>
#include <vector>

#include <unistd.h>

namespace pgd {
namespace fs = std::filesystem;
namespace {

// The network the built-in base model is (the quick preset's with a one-pixel blind spot,
// docs/BASE_MODEL.md).
NetworkSpec baseNetwork() {
  NetworkSpec n = TrainingConfig::fromPreset("quick", "cpu", false).network;
  n.blindSpot = 1;
  return n;
}

void checkFolderWritable(const fs::path& folder, const std::string& what) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec))
    throw Error(ErrorKind::Output, fmt::format("{}: {} does not exist", folder.string(), what));
  if (::access(folder.c_str(), W_OK) != 0)
    throw Error(ErrorKind::Output, fmt::format("{}: {} is not writable", folder.string(), what));
}

// The folders of `folder` that do not exist yet; the destructor removes them again while they are
// empty, so a run that fails before saving a model leaves no empty model store behind.
class FoldersToCreate {
public:
  explicit FoldersToCreate(const fs::path& folder) {
    std::error_code ec;
    for (fs::path p = folder; !p.empty() && !fs::exists(p, ec); p = p.parent_path())
      m_folders.push_back(p);
  }
  ~FoldersToCreate() {
    std::error_code ec;
    for (const auto& f : m_folders)
      fs::remove(f, ec); // fails, and keeps the folder, once it holds a model
  }
  FoldersToCreate(const FoldersToCreate&) = delete;
  FoldersToCreate& operator=(const FoldersToCreate&) = delete;

private:
  std::vector<fs::path> m_folders; // deepest first
};

void createStore(const fs::path& root) {
  std::error_code ec;
  fs::create_directories(root, ec);
  if (ec)
    throw Error(ErrorKind::Output,
                fmt::format("{}: cannot create the model store ({})", root.string(), ec.message()));
  checkFolderWritable(root, "model store");
}

ModelStore storeOf(const ModelTarget& target) {
  return target.storeRoot.empty() ? ModelStore() : ModelStore(target.storeRoot);
}

} // namespace

TrainingJob::TrainingJob(TrainingConfig config, ModelTarget target, double checkpointSeconds)
    : m_config(std::move(config)), m_target(std::move(target)),
      m_checkpointSeconds(checkpointSeconds) {
  if (!m_target.folder.empty() && m_target.name.empty())
    m_target.name = modelNameFrom(m_target.folder.filename().string());
}

std::string TrainingJob::defaultName(const fs::path& firstFile) {
  return modelNameFrom(firstFile.stem().string());
}

void TrainingJob::checkTarget() const {
  if (m_target.folder.empty()) {
    const ModelStore store = storeOf(m_target);
    checkModelName(m_target.name);
    if (store.contains(m_target.name) && !m_target.overwrite)
      throw Error(ErrorKind::Output,
                  fmt::format("{}: a model named '{}' already exists (use --overwrite or "
                              "another --name)",
                              (store.root() / m_target.name).string(), m_target.name));
    // A store that does not exist yet is created by run(), below its nearest existing folder.
    FoldersToCreate created(store.root());
    createStore(store.root());
    return;
  }
  const fs::path& out = m_target.folder;
  std::error_code ec;
  if (fs::exists(out, ec) && !fs::is_directory(out, ec))
    throw Error(ErrorKind::Output, fmt::format("{}: exists and is not a folder", out.string()));
  if (fs::exists(out, ec) && !fs::is_empty(out, ec)) {
    if (!m_target.overwrite)
      throw Error(
          ErrorKind::Output,
          fmt::format("{}: folder exists and is not empty (use --overwrite)", out.string()));
    if (!fs::exists(out / "model.json", ec))
      throw Error(ErrorKind::Output,
                  fmt::format("{}: not a model folder; refusing to replace it", out.string()));
  }
  checkFolderWritable(out.has_parent_path() ? out.parent_path() : fs::path("."), "parent folder");
}

const BlindSpotChoice& TrainingJob::chooseBlindSpot(const std::vector<ImageStack>& data) {
  if (m_config.network.blindSpot == 0 || m_config.network.kind != NetworkKind::BlindSpot)
    m_blindSpotChoice = resolveBlindSpot(m_config, data);
  return m_blindSpotChoice;
}

bool TrainingJob::usesBase() const {
  // An unchosen blind spot (0) counts as the base's: chooseBlindSpot() settles it before a run.
  return m_startFromBase && m_config.network.kind == NetworkKind::BlindSpot &&
         m_config.loss != LossKind::N2V && m_config.network.width == baseNetwork().width &&
         m_config.network.headWidth == baseNetwork().headWidth &&
         (m_config.network.blindSpot == 0 || m_config.network.blindSpot == baseNetwork().blindSpot);
}

std::string TrainingJob::startLine() const {
  if (!m_startFromBase)
    return "training from scratch (--from-scratch)";
  if (m_config.network.kind == NetworkKind::BlindSpot &&
      m_config.network.blindSpot != baseNetwork().blindSpot && m_config.network.blindSpot != 0)
    return fmt::format("training from scratch with a {}; the built-in base model hides one pixel",
                       m_blindSpotChoice.frames > 0
                           ? m_blindSpotChoice.reason()
                           : fmt::format("{0}x{0} blind spot", m_config.network.blindSpot));
  if (!usesBase())
    return fmt::format("training from scratch: the built-in base model is a width-{} blind-spot "
                       "network, this run trains another",
                       baseNetwork().width);
  const auto folder = builtInBaseFolder();
  if (!folder)
    return "starting from the built-in base model (not installed: the run will fail; use "
           "--from-scratch)";
  // Whether the run shrinks the base is decided at step 0 from the steps it can afford; the
  // trainer's note says which (train/TrainingRun.cpp).
  const std::string rule = m_config.warmStartRule();
  return fmt::format("starting from the built-in base model '{}' (weights {}){}", kBuiltInBaseName,
                     weightsChecksum(*folder / "weights.pt"),
                     rule.empty() ? std::string() : ", " + rule);
}

fs::path TrainingJob::save(Model& model, bool replaceCheckpoint) const {
  model.info().name = m_target.name;
  model.info().appVersion = appVersion();
  if (m_target.folder.empty())
    return storeOf(m_target).save(model, m_target.name, m_target.overwrite || replaceCheckpoint);
  ModelStore::saveFolderAtomically(model, m_target.folder);
  return m_target.folder;
}

TrainingJobResult TrainingJob::run(const std::vector<ImageStack>& data, ProgressSink& progress) {
  checkTarget();
  chooseBlindSpot(data);
  std::optional<FoldersToCreate> created;
  if (m_target.folder.empty()) {
    const fs::path root = storeOf(m_target).root();
    created.emplace(root);
    createStore(root);
  }
  // Crash-safe checkpoints: the best model so far replaces the previous checkpoint atomically,
  // under the final name, so killing this process leaves the last good one loadable.
  bool checkpointSaved = false;
  Trainer trainer(m_config);
  trainer.setCheckpointSink(
      [&](Model& best) {
        save(best, checkpointSaved);
        checkpointSaved = true;
      },
      m_checkpointSeconds);
  if (m_observer)
    trainer.setValidationObserver(m_observer);
  std::optional<Model> base;
  if (usesBase()) {
    base.emplace(loadBuiltInBase());
    trainer.setBase(&*base, baseModelRef(kBuiltInBaseName, *builtInBaseFolder()));
  }
  TrainingJobResult result{trainer.train(data, progress), {}, startLine()};
  result.saved = save(result.training.model, checkpointSaved);
  return result;
}

} // namespace pgd
