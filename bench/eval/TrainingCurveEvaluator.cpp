#include "TrainingCurveEvaluator.h"

#include "PsnrConvention.h"
#include "image/StackReader.h"
#include "infer/Denoiser.h"
#include "job/Error.h"
#include "store/BuiltInModel.h"
#include "train/BlindSpotChoice.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <optional>
#include <ostream>

#include <fmt/format.h>

namespace pgd {
namespace {

using Clock = std::chrono::steady_clock;

// The curve methods that start from the built-in base model (the others from random weights).
bool startsFromBase(const std::string& method) {
  return method == "warm" || method == "shrunk";
}

// Stops the run once `limitSeconds` of training (the clock minus the scoring) have passed and
// remembers the last validation loss for the observer, which the trainer calls right after.
class CurveProgress : public ProgressSink {
public:
  CurveProgress(Clock::time_point start, const double& scoringSeconds, double limitSeconds)
      : m_start(start), m_scoring(scoringSeconds), m_limit(limitSeconds) {}
  bool report(const ProgressUpdate& u) override {
    if (u.isValidation)
      lastValidationLoss = u.validationLoss;
    return trainingSeconds() < m_limit;
  }
  double trainingSeconds() const {
    return std::chrono::duration<double>(Clock::now() - m_start).count() - m_scoring;
  }
  double lastValidationLoss = std::numeric_limits<double>::quiet_NaN();

private:
  Clock::time_point m_start;
  const double& m_scoring;
  double m_limit;
};

} // namespace

const CurvePoint* CurveRun::at(double minutes) const {
  const CurvePoint* best = nullptr;
  for (const CurvePoint& p : points)
    if (p.seconds <= minutes * 60.0 && (!best || p.validationLoss < best->validationLoss))
      best = &p;
  return best;
}

TrainingCurveEvaluator::TrainingCurveEvaluator(const EvalSettings& settings,
                                               const EvalTrainer& trainer,
                                               std::vector<double> minutes,
                                               std::vector<std::string> methods, std::ostream& log)
    : m_settings(settings), m_trainer(trainer), m_minutes(std::move(minutes)),
      m_methods(std::move(methods)), m_log(log) {
  if (m_minutes.empty())
    throw Error(ErrorKind::Usage, "--curve-minutes: give at least one mark");
  for (const auto& m : m_methods)
    if (m != "warm" && m != "shrunk" && m != "scratch" && m != "n2v")
      throw Error(ErrorKind::Usage,
                  "--curve-methods " + m + ": expected warm, shrunk, scratch or n2v");
  if (!(m_settings.curveShrink > 0.0) || !(m_settings.curveShrink <= 1.0))
    throw Error(ErrorKind::Usage, "--curve-shrink: expected a factor in (0, 1]");
  std::sort(m_minutes.begin(), m_minutes.end());
}

CurveImage TrainingCurveEvaluator::evaluate(const ImagePair& pair) const {
  const ImageStack noisy = readFirstFrame(pair.noisy);
  const ImageStack clean = readFirstFrame(pair.clean);
  CurveImage result;
  result.set = pair.set;
  result.image = pair.label;
  result.convention = pair.convention;
  const ImageScore noisyScore = scoreImage(noisy, clean, pair.convention);
  result.psnrNoisy = noisyScore.psnr;
  result.psnrNoisyPlain = noisyScore.plainPsnr;
  NullProgress quiet;
  // The trainer's copy when it starts from the base (read once), else the files themselves.
  std::optional<Model> loaded;
  const Model* base = m_trainer.base();
  if (!base)
    base = &loaded.emplace(loadBuiltInBase());
  const ImageScore baseScore =
      scoreImage(Denoiser(*base, m_settings.denoiseOptions()).denoise(noisy, quiet).posterior,
                 clean, pair.convention);
  result.psnrBase = baseScore.psnr;
  result.psnrBasePlain = baseScore.plainPsnr;
  m_log << fmt::format("curve {} / {}: noisy {:.2f} dB, base model alone {:.2f} dB\n", pair.set,
                       pair.label, result.psnrNoisy, result.psnrBase)
        << std::flush;

  const double limit = m_minutes.back() * 60.0;
  for (const std::string& method : m_methods) {
    const EvalModelKind kind = method == "n2v" ? EvalModelKind::N2V : EvalModelKind::Uncalibrated;
    TrainingConfig config = m_trainer.config(kind);
    config.timeBudgetSeconds = 0.0; // the progress sink stops it, scoring time left out
    // One run to the last mark stands for runs of every budget up to it, so whether the base is
    // shrunk is the method's choice, not the preset's shrink settings'.
    config.warmStartShrink = method == "shrunk" ? m_settings.curveShrink : 1.0;
    config.warmStartShrinkMinSteps = 0;
    resolveBlindSpot(config, {noisy});
    Trainer trainer(config);
    if (startsFromBase(method) && !m_trainer.startFromBase(trainer, config))
      throw Error(ErrorKind::Usage, "the curve's warm start needs the quick preset's network "
                                    "with a one-pixel blind spot");
    CurveRun run;
    run.method = method;
    double scoring = 0.0;
    const auto start = Clock::now();
    CurveProgress progress(start, scoring, limit);
    trainer.setValidationObserver([&](long step, const Model& current) {
      const auto t0 = Clock::now();
      CurvePoint p;
      p.step = step;
      p.seconds = progress.trainingSeconds();
      p.validationLoss = progress.lastValidationLoss;
      const ImageScore s =
          scoreImage(Denoiser(current, m_settings.denoiseOptions()).denoise(noisy, quiet).posterior,
                     clean, pair.convention);
      p.psnrPosterior = s.psnr;
      p.psnrPlain = s.plainPsnr;
      run.points.push_back(p);
      scoring += std::chrono::duration<double>(Clock::now() - t0).count();
      m_log << fmt::format("    [{}] step {:5d} ({:6.1f} s training): val {:9.5f}, {:.2f} dB\n",
                           method, step, p.seconds, p.validationLoss, p.psnrPosterior)
            << std::flush;
    });
    const TrainingResult r = trainer.train({noisy}, progress);
    m_log << fmt::format("  {} {}: {} steps, stop: {}\n", pair.label, method, r.steps, r.stopReason)
          << std::flush;
    result.runs.push_back(std::move(run));
  }
  return result;
}

void TrainingCurveEvaluator::write(const std::vector<CurveImage>& images,
                                   const std::filesystem::path& folder,
                                   const std::string& header) const {
  std::ofstream csv(folder / "training_curve.csv");
  csv << "set,image,method,step,training_seconds,validation_loss,psnr,psnr_plain\n";
  for (const CurveImage& im : images) {
    csv << fmt::format("{},{},base,0,0,,{:.4f},{:.4f}\n", im.set, im.image, im.psnrBase,
                       im.psnrBasePlain);
    for (const CurveRun& run : im.runs)
      for (const CurvePoint& p : run.points)
        csv << fmt::format("{},{},{},{},{:.1f},{:.6f},{:.4f},{:.4f}\n", im.set, im.image,
                           run.method, p.step, p.seconds, p.validationLoss, p.psnrPosterior,
                           p.psnrPlain);
  }
  std::ofstream md(folder / "TRAINING_CURVE.md");
  md << "# Posterior PSNR against training minutes\n\n" << header << "\n";
  // The legend names the methods this run trained, in its order.
  const std::map<std::string, std::string> legend = {
      {"warm", "from the built-in base model as it is"},
      {"shrunk", fmt::format("from the base's weights multiplied by {:g} after step 0 "
                             "(docs/BASE_MODEL.md, \"Shrinking the base\")",
                             m_settings.curveShrink)},
      {"scratch", "random weights"},
      {"n2v", "Noise2Void's U-Net (its prediction)"}};
  md << "PSNR in dB of the model a run of that many minutes returns (best validation checkpoint "
        "within the time; scoring excluded from the clock). ";
  for (const std::string& method : m_methods)
    md << fmt::format("`{}`: {}; ", method, legend.at(method));
  md << "minute 0 is the base model alone. In brackets: the step of that checkpoint (validation "
        "every 100 steps; a run that ends between validations validates once more, which this "
        "reading leaves out). Every checkpoint: `training_curve.csv`.\n\n";
  md << "PSNR conventions: ";
  for (std::size_t i = 0; i < images.size(); ++i)
    md << (i ? "; " : "") << images[i].image << ": " << describe(images[i].convention);
  md << ".\n";
  const auto tableHeader = [&] {
    md << "\n| image | noisy | method | 0 min";
    for (double m : m_minutes)
      md << fmt::format(" | {:g} min", m);
    md << " |\n|---|---|---|---";
    for (std::size_t i = 0; i < m_minutes.size(); ++i)
      md << "|---";
    md << "|\n";
  };
  tableHeader();
  const auto cell = [](const CurvePoint* p, bool plain) {
    return p ? fmt::format("{:.2f} ({})", plain ? p->psnrPlain : p->psnrPosterior, p->step)
             : std::string("-");
  };
  const auto rows = [&](bool plain) {
    for (const CurveImage& im : images) {
      if (plain && !isAffine(im.convention))
        continue;
      for (const CurveRun& run : im.runs) {
        md << fmt::format("| {} / {} | {:.2f} | {} | {}", im.set, im.image,
                          plain ? im.psnrNoisyPlain : im.psnrNoisy, run.method,
                          startsFromBase(run.method)
                              ? fmt::format("{:.2f}", plain ? im.psnrBasePlain : im.psnrBase)
                              : std::string("-"));
        for (double m : m_minutes)
          md << " | " << cell(run.at(m), plain);
        md << " |\n";
      }
    }
  };
  rows(false);
  // The sets scored after an affine fit onto the GT once more without it (W2S files are rescaled
  // per image; the bacteria average is brighter than the noisy frame: docs/BASE_MODEL.md,
  // "Bacteria").
  if (std::any_of(images.begin(), images.end(),
                  [](const CurveImage& im) { return isAffine(im.convention); })) {
    md << "\nThe same checkpoints without the affine fit onto the GT (plain PSNR):\n";
    tableHeader();
    rows(true);
  }
}

} // namespace pgd
