#include "StopOracleEvaluator.h"

#include "image/StackReader.h"
#include "infer/Denoiser.h"
#include "job/Error.h"
#include "train/BlindSpotChoice.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <ostream>

#include <fmt/format.h>

namespace pgd {

namespace {

using Clock = std::chrono::steady_clock;

class ValidationRecorder : public ProgressSink {
public:
  bool report(const ProgressUpdate& u) override {
    if (u.isValidation) {
      losses.push_back(u.validationLoss);
      muErrors.push_back(u.validationMuError);
    }
    return true;
  }
  std::vector<double> losses;
  std::vector<double> muErrors;
};

} // namespace

StopOracleEvaluator::StopOracleEvaluator(const EvalSettings& settings, const EvalTrainer& trainer,
                                         std::ostream& log)
    : m_settings(settings), m_trainer(trainer), m_log(log) {}

std::pair<int, int> StopOracleEvaluator::replayAutoStop(const std::vector<double>& losses,
                                                        int patience, double threshold) {
  double best = std::numeric_limits<double>::infinity();
  int bestIndex = -1;
  int stall = 0;
  for (int i = 0; i < int(losses.size()); ++i) {
    const double v = losses[std::size_t(i)];
    if (std::isfinite(v) && v < best) {
      stall = v < best - threshold ? 0 : stall + 1;
      best = v;
      bestIndex = i;
    } else {
      ++stall;
    }
    if (patience > 0 && stall >= patience)
      return {bestIndex, i};
  }
  return {bestIndex, int(losses.size()) - 1};
}

OracleImage StopOracleEvaluator::evaluate(const ImagePair& pair) const {
  const ImageStack noisy = readFirstFrame(pair.noisy);
  const ImageStack clean = readFirstFrame(pair.clean);
  OracleImage result;
  result.set = pair.set;
  result.image = pair.label;
  result.convention = toString(pair.convention);
  result.psnrNoisy = scoreImage(noisy, clean, pair.convention).psnr;

  TrainingConfig config = m_trainer.config(EvalModelKind::Uncalibrated);
  resolveBlindSpot(config, {noisy});
  const int patience = config.earlyStopPatience;
  config.earlyStopPatience = 0; // run on; the rule is replayed afterwards
  m_log << fmt::format("oracle {} / {}: noisy {:.2f} dB; {} steps max, budget {} s, validation "
                       "every {} steps, auto-stop patience {}\n",
                       pair.set, pair.label, result.psnrNoisy, config.maxSteps,
                       config.timeBudgetSeconds, config.stepsPerEpoch, patience)
        << std::flush;

  const auto start = Clock::now();
  double scoringSeconds = 0.0;
  Trainer trainer(config);
  m_trainer.startFromBase(trainer, config);
  trainer.setValidationObserver([&](long step, const Model& current) {
    const auto t0 = Clock::now();
    NullProgress quiet;
    DenoiseOptions options = m_settings.denoiseOptions();
    options.wantMu = true;
    const DenoiseResult out = Denoiser(current, options).denoise(noisy, quiet);
    OracleCheckpoint c;
    c.step = step;
    c.seconds = std::chrono::duration<double>(t0 - start).count() - scoringSeconds;
    c.psnrPosterior = scoreImage(out.posterior, clean, pair.convention).psnr;
    c.psnrMu = scoreImage(out.mu, clean, pair.convention).psnr;
    result.checkpoints.push_back(c);
    scoringSeconds += std::chrono::duration<double>(Clock::now() - t0).count();
    m_log << fmt::format("    step {:5d} ({:6.1f} s training): posterior {:.2f} dB, mu {:.2f} dB\n",
                         step, c.seconds, c.psnrPosterior, c.psnrMu)
          << std::flush;
  });
  ValidationRecorder recorder;
  const TrainingResult run = trainer.train({noisy}, recorder);
  // The observer runs only at full epochs; a last partial epoch's validation has no checkpoint.
  for (std::size_t i = 0; i < result.checkpoints.size() && i < recorder.losses.size(); ++i) {
    result.checkpoints[i].validationLoss = recorder.losses[i];
    result.checkpoints[i].validationMuMse = recorder.muErrors[i];
  }
  if (result.checkpoints.empty())
    throw Error(ErrorKind::Internal, pair.label + ": no validation checkpoint was reached");
  // Replay the trainer's own criterion (TrainingConfig::checkpointCriterion).
  const bool byMuError = config.checkpointCriterion == "mu-error";
  std::vector<double> losses;
  for (const auto& c : result.checkpoints)
    losses.push_back(byMuError ? std::log(c.validationMuMse) : c.validationLoss);
  const auto [autoIndex, stopIndex] = replayAutoStop(losses, patience, config.plateauThreshold);
  result.autoIndex = std::max(autoIndex, 0);
  result.autoStopStep = result.checkpoints[std::size_t(stopIndex)].step;
  result.autoStopReason =
      stopIndex + 1 < int(result.checkpoints.size())
          ? fmt::format("no validation improvement for {} evaluations", patience)
          : fmt::format("run ended ({}) before the rule fired", run.stopReason);
  int best = 0;
  for (int i = 1; i < int(result.checkpoints.size()); ++i)
    if (result.checkpoints[std::size_t(i)].psnrPosterior >
        result.checkpoints[std::size_t(best)].psnrPosterior)
      best = i;
  result.oracleIndex = best;
  const auto& a = result.checkpoints[std::size_t(result.autoIndex)];
  const auto& o = result.checkpoints[std::size_t(best)];
  m_log << fmt::format("  oracle {}: auto stop returns step {} ({:.2f} dB), stops at {}; oracle "
                       "step {} ({:.2f} dB); gap {:.2f} dB\n",
                       pair.label, a.step, a.psnrPosterior, result.autoStopStep, o.step,
                       o.psnrPosterior, o.psnrPosterior - a.psnrPosterior)
        << std::flush;
  return result;
}

} // namespace pgd
