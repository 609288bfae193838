#include "cli/TrainCommand.h"

#include "cli/Plural.h"
#include "image/BudgetedStackReader.h"
#include "image/InputFiles.h"
#include "image/StackReader.h"
#include "job/Error.h"
#include "nn/DeviceMemory.h"
#include "nn/TorchRuntime.h"
#include "train/EchoRefusals.h"
#include "train/TrainingConfig.h"
#include "workflow/TrainingJob.h"

#include <cmath>

#include <fmt/format.h>

#include <vector>

namespace pgd {
namespace fs = std::filesystem;
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
  a.add_flag("--from-scratch", m_fromScratch,
             "Start from random weights instead of the built-in base model");
  a.add_option("--preset", m_preset,
               "Schedule: quick (CPU, 10 minutes, 16/128-channel net), paper (the paper's 15,000 "
               "steps; GPU), auto (paper with CUDA, else quick)")
      ->check(CLI::IsMember({"auto", "quick", "paper"}))
      ->capture_default_str();
  a.add_option("--config", m_configFile, "Training config JSON (as stored in model.json)");
  a.add_option("--minutes", m_minutes, "Time budget in minutes (stops with the best model)")
      ->check(CLI::PositiveNumber);
  a.add_option("--steps", m_steps, "Maximum training steps")->check(CLI::Range(1L, 100000000L));
  a.add_option("--device", m_device, "auto, cpu or cuda")
      ->check(CLI::IsMember({"auto", "cpu", "cuda"}));
  a.add_option("--precision", m_precision,
               "auto (bfloat16 on CPUs with AVX-512 BF16 or AMX, where a step is about 1.5x "
               "cheaper; float32 elsewhere; docs/TRAINING.md), float32 or bfloat16")
      ->check(CLI::IsMember({"auto", "float32", "bfloat16"}));
  a.add_option("--loss", m_loss,
               "uncalibrated (default, paper), regularized (learned a,b; paper eq. 2) or n2v "
               "(Noise2Void baseline)")
      ->check(CLI::IsMember({"uncalibrated", "regularized", "n2v"}));
  a.add_option("--lambda", m_lambda, "Regularizer weight for --loss regularized (paper: 0.1-10)")
      ->check(CLI::NonNegativeNumber);
  a.add_option("--width", m_width, "Network width (encoder channels; paper 48)")
      ->check(CLI::Range(4, 256));
  a.add_option("--blind-spot", m_blindSpot,
               "Side of the square the network never sees around each pixel: auto (5 where the "
               "noise is correlated between neighbouring pixels, else 1; docs/NOISE_FIT.md), 1, 3 "
               "or 5")
      ->check(CLI::IsMember({"auto", "1", "3", "5"}));
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
  a.add_option("--channel", m_channel,
               "Train on this channel of multi-channel images only (0-based, as in the noise "
               "tables; default: all channels)")
      ->check(CLI::NonNegativeNumber);
  a.add_option("--seed", m_seed, "Random seed")->check(CLI::NonNegativeNumber);
  a.add_option("--checkpoint-every", m_checkpointSeconds,
               "Save the best model so far at most this often (seconds) while training, so a "
               "killed run keeps it (0: at every improvement)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  a.add_option("--data-budget", m_dataBudgetMiB,
               "Memory for the training frames in MiB (0: half the available memory); larger "
               "stacks train on a random subset of their frames that fits")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
}

TrainingConfig TrainCommand::makeConfig() const {
  // The device first: the preset "auto" depends on the device the run will actually use.
  TrainingConfig c = TrainingConfig::fromPreset(m_preset, m_device.empty() ? "auto" : m_device);
  if (!m_configFile.empty()) {
    c = TrainingConfig::fromFile(m_configFile);
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
  if (!m_blindSpot.empty())
    c.network.blindSpot = m_blindSpot == "auto" ? 0 : std::stoi(m_blindSpot);
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
  if (!m_precision.empty())
    c.precision = m_precision;
  c.resolvedPrecision(TorchRuntime::resolveDevice(c.device)); // a bad --config value fails here
  return c;
}

void TrainCommand::run(CliContext& context) {
  const TrainingConfig config = makeConfig();
  const auto files = collectImageFiles(m_inputs);
  ModelTarget target;
  target.name =
      m_output.empty() && m_name.empty() ? TrainingJob::defaultName(files.front()) : m_name;
  target.folder = m_output;
  target.overwrite = m_overwrite;
  TrainingJob job(config, target, m_checkpointSeconds);
  job.setStartFromBase(!m_fromScratch);
  job.checkTarget(); // before reading the images: a taken name fails at once
  const std::string& name = job.target().name;

  // Stacks larger than the budget train on a random subset of their frames, read one at a time
  // (image/BudgetedStackReader.h), so the run never holds more than the budget in frames.
  std::size_t budget = std::size_t(m_dataBudgetMiB * 1048576.0);
  if (budget == 0)
    budget = systemMemoryProbe().hostAvailable().value_or(std::size_t(4) << 30) / 2;
  // With --channel only that channel's frames are read and budgeted.
  std::vector<ImageStack> data =
      readStacksWithinBudget(files, budget, config.seed, {}, m_channel).stacks;
  for (std::size_t i = 0; i < files.size(); ++i)
    for (const auto& warning : data[i].metadata().warnings)
      context.warn(fmt::format("{}: {}", files[i].string(), warning));

  context.note(fmt::format(
      "training '{}' on {}{}: preset {}, {} loss, width {}, crops "
      "{}, batch {}, up to {} steps{}, device {}, {}",
      name, countOf(long(files.size()), "file"),
      m_channel >= 0 ? fmt::format(" (channel {})", m_channel) : std::string(), config.preset,
      toString(config.loss), config.network.width, config.cropSize, config.batchSize,
      config.maxSteps,
      config.timeBudgetSeconds > 0 ? fmt::format(" or {:.1f} min", config.timeBudgetSeconds / 60.0)
                                   : std::string(),
      TorchRuntime::resolveDevice(config.device),
      toString(config.resolvedPrecision(TorchRuntime::resolveDevice(config.device)))));
  job.chooseBlindSpot(data);
  context.note(job.startLine());
  TrainingJobResult run = [&] {
    auto progress = context.progress("train");
    return job.run(data, *progress);
  }();
  const TrainingResult& result = run.training;
  const fs::path& saved = run.saved;
  context.out << fmt::format("saved model '{}' to {}\n", name, saved.string());
  const std::string muError =
      std::isfinite(result.bestValidationMuError)
          ? fmt::format(", held-out mu error {:.4g}", result.bestValidationMuError)
          : std::string();
  context.out << fmt::format("steps {}, best validation loss {:.6g}{} at step {}, stopped: {}\n",
                             result.steps, result.bestValidationLoss, muError, result.bestStep,
                             result.stopReason);
  if (const std::string refused = describeEchoRefusals(echoRefusalsOf(result)); !refused.empty())
    context.note(refused);
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
