#pragma once
// TrainingCurveEvaluator (docs/BASE_MODEL.md, "Training minutes"): posterior PSNR against training
// minutes on one image, for a warm start from the built-in base model, a run from scratch and
// Noise2Void, each trained once for the longest mark. The quick preset's schedule does not depend
// on the budget (its rate halves on validation plateaus), so the model a run of T minutes returns
// is the best-validation checkpoint among those reached within T minutes of training: every
// validation's weights are scored (clean image used only to score), the scoring time is left out
// of the training clock, and the table is read off afterwards. Minute 0 is the base model alone.
// Runs on the calling thread.
#include "DatasetCatalog.h"
#include "EvalTrainer.h"

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace pgd {

struct CurvePoint {
  long step = 0;
  double seconds = 0.0; // training time only
  double validationLoss = 0.0;
  double psnrPosterior = 0.0; // N2V: its prediction
  double psnrPlain = 0.0;     // the same without the affine fit (equal unless isAffine)
};

struct CurveRun {
  std::string method; // "warm", "shrunk", "scratch", "n2v"
  std::vector<CurvePoint> points;
  // The checkpoint a run of `minutes` would return: the best-validation one reached within that
  // training time; nullptr when no validation was reached by then.
  const CurvePoint* at(double minutes) const;
};

struct CurveImage {
  std::string set;
  std::string image;
  PsnrConvention convention = PsnrConvention::Range255; // how PSNR is computed for this set
  double psnrNoisy = 0.0;
  double psnrBase = 0.0; // the built-in base model alone (minute 0)
  double psnrBasePlain = 0.0;
  double psnrNoisyPlain = 0.0;
  std::vector<CurveRun> runs;
};

class TrainingCurveEvaluator {
public:
  // `methods`: any of "warm", "shrunk" (the warm start with the base shrunk by
  // EvalSettings::curveShrink), "scratch", "n2v", in the order to train them.
  TrainingCurveEvaluator(const EvalSettings& settings, const EvalTrainer& trainer,
                         std::vector<double> minutes, std::vector<std::string> methods,
                         std::ostream& log);
  CurveImage evaluate(const ImagePair& pair) const;

  // training_curve.csv (every checkpoint) and TRAINING_CURVE.md (the table at the marks) in
  // `folder`; `header` goes on top of the Markdown (command, machine, load).
  void write(const std::vector<CurveImage>& images, const std::filesystem::path& folder,
             const std::string& header) const;

private:
  const EvalSettings& m_settings;
  const EvalTrainer& m_trainer;
  std::vector<double> m_minutes;
  std::vector<std::string> m_methods;
  std::ostream& m_log;
};

} // namespace pgd
