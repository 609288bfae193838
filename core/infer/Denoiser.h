#pragma once
// Denoiser: test-time path (docs/ARCHITECTURE.md): per frame, tiled network prediction of mu and
// s2 (tiles overlap by the receptive-field margin and are stitched), the per-image NoiseFitter
// fit of a,b, and the posterior mean. Frames stream one by one so memory stays bounded. Runs on
// the calling thread; honours cancel between tiles (throws Error(Cancelled)).
#include "image/ImageStack.h"
#include "job/ProgressSink.h"
#include "nn/Model.h"
#include "noise/NoiseFitter.h"
#include "noise/VarianceCalibration.h"

#include <string>
#include <vector>

namespace pgd {

struct DenoiseOptions {
  NoiseFitOptions fit{}; // variant Fixed uses fit.fixed (normalised units)
  bool wantMu = true;
  bool wantUncertainty = false;
  int tileSize = 0; // 0: chosen from available memory
  // Context around each tile's core (see kDefaultTileMargin in nn/Model.h). 0: the default.
  int tileMargin = 0;
  // Rescale the network's s2 per frame to the frame's residuals before the posterior
  // (noise/VarianceCalibration.h); uncalibrated-loss models only. false: the paper's posterior,
  // s2 as predicted.
  bool calibrateVariance = true;
};

struct FrameFit {
  NoiseFitResult normalised;  // a,b in the model's normalised units
  NoiseParams raw;            // the same a,b in the image's raw units
  double varianceScale = 1.0; // scale applied to s2 before the posterior (1: none)
};

struct DenoiseResult {
  ImageStack posterior;       // raw units, metadata copied from the input
  ImageStack mu;              // raw units (empty unless wantMu)
  ImageStack uncertainty;     // posterior std, raw units (empty unless wantUncertainty)
  std::vector<FrameFit> fits; // one per frame, as used for the posterior
  // The fit settings the fits used: the options given, with the clip levels of the image's
  // integer pixel type (image/Normalization.h). The noise plots use the same.
  NoiseFitOptions fitOptions;
  // The verdicts on the model (set by workflow/DenoisingJob, also in every fit's flags):
  // undertrainedReason()'s line ("" when trained enough) and profileMismatches()' lines (empty
  // when the image is like the training data, or the model records no training profile).
  std::string undertrained;
  std::vector<std::string> imageMismatches;
};

class Denoiser {
public:
  explicit Denoiser(const Model& model, DenoiseOptions options = {});
  DenoiseResult denoise(const ImageStack& noisy, ProgressSink& progress) const;

private:
  NoiseFitOptions fitOptionsFor(const ImageStack& noisy) const;
  DenoiseResult allocateResult(const ImageStack& noisy) const;
  // One frame (normalised units): the a,b fit (or the learned or fixed a,b), the variance scale
  // and the posterior mean into `post` (and its standard deviation into `sd` unless null).
  // Rescales s2 in place.
  FrameFit fitAndPosterior(const NoiseFitter& fitter, const float* y, const float* mu, float* s2,
                           int w, int h, float* post, float* sd) const;

  const Model& m_model;
  DenoiseOptions m_options;
};

} // namespace pgd
