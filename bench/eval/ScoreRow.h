#pragma once
// ScoreRow: one (image, method) result of the evaluation, as written to per_image.csv. Noise
// parameters are NaN where a method has none (noisy input, filters, N2V). Plain value.
#include <cmath>
#include <limits>
#include <string>

namespace pgd {

struct ScoreRow {
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

  std::string set;
  std::string image;
  std::string method; // stable id, e.g. "ours-posterior"
  std::string convention;
  double psnr = kNone;
  double ssim = kNone;
  double plainPsnr = kNone;
  double aNorm = kNone; // noise a,b used by the method, normalised units
  double bNorm = kNone;
  double aRaw = kNone; // same, raw units
  double bRaw = kNone;
  std::string noiseSource; // "pseudo-clean fit", "ground-truth fit", "learned", ""
  long trainSteps = -1;
  long bestStep = -1;
  double trainSeconds = kNone;
  std::string stopReason;
  std::string preset;
  std::string device;
};

} // namespace pgd
