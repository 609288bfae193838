#include "cli/TrainCommand.h"

#include "cli/InputFiles.h"
#include "cli/Plural.h"
#include "image/StackReader.h"
#include "job/Error.h"
#include "nn/TorchRuntime.h"
#include "store/ModelStore.h"
#include "train/Trainer.h"
#include "train/TrainingConfig.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <unistd.h>
#include <vector>

namespace pgd {
namespace fs = std::filesystem;
namespace {

std::string readText(const std::string& path) {
  std::ifstream in(path);
  if (!in)
    throw Error(ErrorKind::Input, fmt::format("{}: cannot read the training config", path));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
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

bool validName(const std::string& name) {
  if (name.empty() || name.front() == '.')
    return false;
  for (unsigned char c : name)
    if (!std::isalnum(c) && c != '-' && c != '_' && c != '.')
      return false;
  return true;
}

} // namespace

TrainCommand::TrainCommand(CLI::App& parent)
    : Command(
          parent, "train",
          "Train a denoising model on noisy images only (no clean data); saves it to the "
          "model store or a folder",
          "  pgdenoise train cells.tif --name cells\n"
          "  pgdenoise train data/ --preset paper --device cuda --name confocal\n"
          "  pgdenoise train stack.tif --minutes 5 --output ./models/stack-model\n"
          "  pgdenoise --progress=json train cells.tif --loss regularized --lambda 1 --name r1") {
  auto& a = app();
  a.add_option("images", m_inputs, "Noisy training images, stacks or folders")->required();
  auto* name = a.add_option("-n,--name", m_name,
                            "Save into the model store under this name (letters, digits, - _ .; "
                            "default: the first image's name); store: $PGD_MODEL_DIR or "
                            "~/.local/share/pgdenoise/models");
  a.add_option("-o,--output", m_output, "Save as a model folder here instead of the store")
      ->excludes(name);
  a.add_flag("--overwrite", m_overwrite, "Replace an existing model of that name or folder");
  a.add_option("--preset", m_preset,
               "Schedule: quick (CPU, minutes, 16/32-channel net), paper (the paper's 15,000 "
               "steps; GPU), auto (paper with CUDA, else quick)")
      ->check(CLI::IsMember({"auto", "quick", "paper"}))
      ->capture_default_str();
  a.add_option("--config", m_configFile, "Training config JSON (as stored in model.json)");
  a.add_option("--minutes", m_minutes, "Time budget in minutes (stops with the best model)")
      ->check(CLI::PositiveNumber);
  a.add_option("--steps", m_steps, "Maximum training steps")->check(CLI::Range(1L, 100000000L));
  a.add_option("--device", m_device, "auto, cpu or cuda")
      ->check(CLI::IsMember({"auto", "cpu", "cuda"}));
  a.add_option("--loss", m_loss,
               "uncalibrated (default, paper), regularized (learned a,b; paper eq. 2) or n2v "
               "(Noise2Void baseline)")
      ->check(CLI::IsMember({"uncalibrated", "regularized", "n2v"}));
  a.add_option("--lambda", m_lambda, "Regularizer weight for --loss regularized (paper: 0.1-10)")
      ->check(CLI::NonNegativeNumber);
  a.add_option("--width", m_width, "Network width (encoder channels; paper 48)")
      ->check(CLI::Range(4, 256));
  a.add_option("--crop", m_crop, "Training crop size (multiple of 32)")
      ->check(CLI::Range(32, 1024));
  a.add_option("--batch", m_batch, "Crops per step")->check(CLI::Range(1, 256));
  a.add_option("--lr", m_learningRate, "Adam learning rate")->check(CLI::Range(1e-7, 1.0));
  a.add_option("--validation-fraction", m_validationFraction,
               "Share of data held out for validation")
      ->check(CLI::Range(0.01, 0.5));
  a.add_option("--steps-per-epoch", m_stepsPerEpoch, "Steps between validation checks")
      ->check(CLI::Range(1, 100000));
  a.add_option("--early-stop", m_earlyStop,
               "Stop after this many epochs without validation improvement (0: never)")
      ->check(CLI::Range(0, 100000));
  a.add_option("--seed", m_seed, "Random seed")->check(CLI::NonNegativeNumber);
  a.add_option("--checkpoint-every", m_checkpointSeconds,
               "Save the best model so far at most this often (seconds) while training, so a "
               "killed run keeps it (0: at every improvement)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
}

TrainingConfig TrainCommand::makeConfig() const {
  // The device first: the preset "auto" depends on the device the run will actually use.
  TrainingConfig c = TrainingConfig::fromPreset(m_preset, m_device.empty() ? "auto" : m_device);
  if (!m_configFile.empty()) {
    const std::string text = readText(m_configFile);
    try {
      c = TrainingConfig::fromJson(text);
    } catch (const Error& e) {
      throw Error(ErrorKind::Input, fmt::format("{}: {}", m_configFile, e.what()));
    }
  }
  if (!m_loss.empty()) {
    c.loss = m_loss == "regularized" ? LossKind::Regularized
             : m_loss == "n2v"       ? LossKind::N2V
                                     : LossKind::Uncalibrated;
    c.network.kind = c.loss == LossKind::N2V ? NetworkKind::UNet : NetworkKind::BlindSpot;
  }
  if (m_lambda >= 0.0)
    c.regularizerLambda = m_lambda;
  if (m_width > 0) {
    c.network.width = m_width;
    c.network.headWidth = 8 * m_width;
  }
  if (m_crop > 0) {
    if (m_crop % 32 != 0)
      throw Error(ErrorKind::Usage, fmt::format("--crop {}: must be a multiple of 32", m_crop));
    c.cropSize = m_crop;
  }
  if (m_batch > 0)
    c.batchSize = m_batch;
  if (m_learningRate > 0.0)
    c.learningRate = m_learningRate;
  if (m_steps > 0)
    c.maxSteps = m_steps;
  if (m_minutes > 0.0)
    c.timeBudgetSeconds = 60.0 * m_minutes;
  if (m_validationFraction > 0.0)
    c.validationFraction = m_validationFraction;
  if (m_stepsPerEpoch > 0)
    c.stepsPerEpoch = m_stepsPerEpoch;
  if (m_earlyStop >= 0)
    c.earlyStopPatience = m_earlyStop;
  if (m_seed >= 0)
    c.seed = static_cast<std::uint64_t>(m_seed);
  if (!m_device.empty())
    c.device = m_device;
  TorchRuntime::resolveDevice(c.device);
  return c;
}

std::string TrainCommand::defaultName() const {
  const auto files = collectImageFiles(m_inputs);
  std::string name = files.front().stem().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.')
      c = '_';
  while (!name.empty() && name.front() == '.')
    name.erase(0, 1);
  return name.empty() ? "model" : name;
}

void TrainCommand::run(CliContext& context) {
  const TrainingConfig config = makeConfig();
  const auto files = collectImageFiles(m_inputs);

  ModelStore store;
  std::string name = m_name;
  std::optional<FoldersToCreate> newStore;
  if (m_output.empty()) {
    if (name.empty())
      name = defaultName();
    if (!validName(name))
      throw Error(ErrorKind::Usage,
                  fmt::format("--name '{}': use letters, digits, '-', '_' and '.' only", name));
    if (store.contains(name) && !m_overwrite)
      throw Error(ErrorKind::Output,
                  fmt::format("{}: a model named '{}' already exists (use --overwrite or "
                              "another --name)",
                              (store.root() / name).string(), name));
    std::error_code ec;
    newStore.emplace(store.root());
    fs::create_directories(store.root(), ec);
    if (ec)
      throw Error(ErrorKind::Output, fmt::format("{}: cannot create the model store ({})",
                                                 store.root().string(), ec.message()));
    checkFolderWritable(store.root(), "model store");
  } else {
    const fs::path out(m_output);
    std::error_code ec;
    if (fs::exists(out, ec) && !fs::is_directory(out, ec))
      throw Error(ErrorKind::Output, fmt::format("{}: exists and is not a folder", m_output));
    if (fs::exists(out, ec) && !fs::is_empty(out, ec)) {
      if (!m_overwrite)
        throw Error(ErrorKind::Output,
                    fmt::format("{}: folder exists and is not empty (use --overwrite)", m_output));
      if (!fs::exists(out / "model.json", ec))
        throw Error(ErrorKind::Output,
                    fmt::format("{}: not a model folder; refusing to replace it", m_output));
    }
    checkFolderWritable(out.has_parent_path() ? out.parent_path() : fs::path("."), "parent folder");
    if (name.empty())
      name = out.filename().string();
  }

  std::vector<ImageStack> data;
  for (const auto& file : files) {
    data.push_back(readImageStack(file));
    for (const auto& warning : data.back().metadata().warnings)
      context.warn(fmt::format("{}: {}", file.string(), warning));
  }

  context.note(fmt::format(
      "training '{}' on {}: preset {}, {} loss, width {}, crops "
      "{}, batch {}, up to {} steps{}, device {}",
      name, countOf(long(files.size()), "file"), config.preset, toString(config.loss),
      config.network.width, config.cropSize, config.batchSize, config.maxSteps,
      config.timeBudgetSeconds > 0 ? fmt::format(" or {:.1f} min", config.timeBudgetSeconds / 60.0)
                                   : std::string(),
      TorchRuntime::resolveDevice(config.device)));
  // Crash-safe checkpoints: the best model so far replaces the previous checkpoint atomically,
  // under the final name, so killing this process leaves the last good one loadable.
  bool checkpointSaved = false;
  const auto saveModel = [&](const Model& model) {
    if (m_output.empty())
      return store.save(model, name, m_overwrite || checkpointSaved);
    ModelStore::saveFolderAtomically(model, m_output);
    return fs::path(m_output);
  };
  Trainer trainer(config);
  trainer.setCheckpointSink(
      [&](Model& best) {
        best.info().name = name;
        best.info().appVersion = PGD_VERSION;
        saveModel(best);
        checkpointSaved = true;
      },
      m_checkpointSeconds);
  TrainingResult result = [&] {
    auto progress = context.progress("train");
    return trainer.train(data, *progress);
  }();

  ModelInfo& info = result.model.info();
  info.name = name;
  if (info.appVersion.empty())
    info.appVersion = PGD_VERSION;
  const fs::path saved = saveModel(result.model);
  context.out << fmt::format("saved model '{}' to {}\n", name, saved.string());
  const std::string muError =
      std::isfinite(result.bestValidationMuError)
          ? fmt::format(", held-out mu error {:.4g}", result.bestValidationMuError)
          : std::string();
  context.out << fmt::format("steps {}, best validation loss {:.6g}{} at step {}, stopped: {}\n",
                             result.steps, result.bestValidationLoss, muError, result.bestStep,
                             result.stopReason);
  if (result.reason == StopReason::Cancelled)
    throw Error(ErrorKind::Cancelled,
                fmt::format("{}: training cancelled after {} steps; the best model so far was "
                            "saved",
                            saved.string(), result.steps));
  if (result.reason == StopReason::OutOfMemory)
    throw Error(ErrorKind::Internal,
                fmt::format("{}: training stopped at step {}: {}; the best model so far was saved "
                            "(a smaller --crop or --batch needs less memory{})",
                            saved.string(), result.steps, result.stopReason,
                            config.device == "cpu" ? "" : ", or train with --device cpu"));
}

} // namespace pgd
