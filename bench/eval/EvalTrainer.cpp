#include "EvalTrainer.h"

#include "store/BuiltInModel.h"
#include "train/BlindSpotChoice.h"

#include <cmath>
#include <ostream>

#include <fmt/format.h>

namespace pgd {
namespace {

// Prints validation updates as single lines (the log is a file, not a terminal).
class LogProgress : public ProgressSink {
public:
  LogProgress(std::ostream& log, std::string tag) : m_log(log), m_tag(std::move(tag)) {}
  bool report(const ProgressUpdate& u) override {
    if (u.isValidation)
      m_log << fmt::format(
                   "    [{}] step {:5d}  train {:9.5f}  val {:9.5f}  lr {:.1e}  {:6.1f} s\n", m_tag,
                   u.step, u.trainLoss, u.validationLoss, u.learningRate, u.secondsElapsed)
            << std::flush;
    if (!u.note.empty())
      m_log << fmt::format("    [{}] {}\n", m_tag, u.note) << std::flush;
    return true;
  }

private:
  std::ostream& m_log;
  std::string m_tag;
};

} // namespace

EvalTrainer::EvalTrainer(const EvalSettings& settings, std::ostream& log)
    : m_settings(settings), m_log(log) {
  if (settings.start == "base")
    m_base.emplace(loadBuiltInBase());
}

bool EvalTrainer::startFromBase(Trainer& trainer, const TrainingConfig& config) const {
  if (!m_base || config.loss == LossKind::N2V)
    return false;
  const NetworkSpec& base = m_base->info().architecture;
  if (config.network.kind != base.kind || config.network.width != base.width ||
      config.network.headWidth != base.headWidth || config.network.blindSpot != base.blindSpot)
    return false;
  trainer.setBase(&*m_base, baseModelRef(kBuiltInBaseName, *builtInBaseFolder()));
  return true;
}

TrainingConfig EvalTrainer::config(EvalModelKind kind, double lambda) const {
  TrainingConfig c = TrainingConfig::fromPreset(m_settings.preset, m_settings.device);
  c.seed = m_settings.seed;
  if (m_settings.trainSeconds > 0.0)
    c.timeBudgetSeconds = m_settings.trainSeconds;
  if (m_settings.maxSteps > 0)
    c.maxSteps = m_settings.maxSteps;
  switch (kind) {
  case EvalModelKind::Uncalibrated:
    c.loss = LossKind::Uncalibrated;
    break;
  case EvalModelKind::Regularized:
    c.loss = LossKind::Regularized;
    c.regularizerLambda = lambda;
    break;
  case EvalModelKind::N2V:
    // Noise2Void's own defaults: U-Net width 32, depth 2; same crops, batch, lr and schedule.
    c.loss = LossKind::N2V;
    c.network.kind = NetworkKind::UNet;
    c.network.width = 32;
    c.network.headWidth = 1;
    break;
  }
  return c;
}

TrainingResult EvalTrainer::train(const std::vector<ImageStack>& data, EvalModelKind kind,
                                  const std::string& tag, double lambda) const {
  TrainingConfig c = config(kind, lambda);
  const BlindSpotChoice choice = resolveBlindSpot(c, data);
  Trainer trainer(c);
  const bool warm = startFromBase(trainer, c);
  const std::string rule = c.warmStartRule();
  const std::string startRule = rule.empty() ? std::string() : ", " + rule;
  m_log << fmt::format(
               "  training {}: preset {}, width {}, crop {}, batch {}, lr {:g}, max {} "
               "steps, budget {} s, from {}{}\n",
               tag, c.preset, c.network.width, c.cropSize, c.batchSize, c.learningRate, c.maxSteps,
               c.timeBudgetSeconds > 0.0 ? fmt::format("{:.0f}", c.timeBudgetSeconds) : "none",
               !warm ? std::string("scratch") : "the base model" + startRule,
               choice.frames > 0 ? ", " + choice.reason() : std::string())
        << std::flush;
  LogProgress progress(m_log, tag);
  TrainingResult r = trainer.train(data, progress);
  m_log << fmt::format("  trained {}: {} steps in {:.1f} s on {}, best step {}, stop: {}\n", tag,
                       r.steps, r.model.info().trainingSeconds, r.model.device(), r.bestStep,
                       r.stopReason)
        << std::flush;
  return r;
}

} // namespace pgd
