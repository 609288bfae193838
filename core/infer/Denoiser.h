#pragma once
// Denoiser: test-time path (docs/ARCHITECTURE.md): per frame, tiled network prediction of mu and
// s2 (tiles overlap by the receptive-field margin and are stitched), the per-image NoiseFitter
// fit of a,b, and the posterior mean. Every step uses the model's normalisation and one frame's
// own pixels (no whole-stack statistics), so frames stream one by one: denoiseFrames reads a
// frame from a FrameSource and hands its results on before it reads the next, and memory does
// not grow with the number of frames; denoise() is the same loop collecting a stack in memory.
// Runs on the calling thread; honours cancel between tiles (throws Error(Cancelled)).
#include "image/FrameSource.h"
#include "image/ImageStack.h"
#include "job/ProgressSink.h"
#include "nn/Model.h"
#include "noise/NoiseFitter.h"
#include "noise/VarianceCalibration.h"

#include <functional>
#include <string>
#include <vector>

namespace pgd {

struct DenoiseOptions {
  NoiseFitOptions fit{}; // variant Fixed uses fit.fixed (normalised units)
  bool wantMu = true;
  bool wantUncertainty = false;
  // 0: chosen from available memory, and no larger than the model's contextTile when it records
  // one (ModelInfo, nn/ModelInfo.h).
  int tileSize = 0;
  // Context around each tile's core (see kDefaultTileMargin in nn/Model.h). 0: the default, or
  // kCropTileMargin for a model that records a contextTile.
  int tileMargin = 0;
  // Rescale the network's s2 per frame to the frame's residuals before the posterior
  // (noise/VarianceCalibration.h); uncalibrated-loss models only. false: the paper's posterior,
  // s2 as predicted.
  bool calibrateVariance = true;
  // The posterior's prior mean at E[y | mu] measured on each frame instead of mu itself
  // (noise/MeanCalibration.h); blind-spot models only. The noise fit and the --mu output keep
  // the network's mu. false: mu as predicted (the paper's posterior; comparisons).
  bool calibrateMean = true;
  // Network passes per tile, averaged over flips and transposes (infer/DihedralAverage.h):
  // 1, 2, 4 or 8.
  int testTimeTransforms = 1;
};

struct FrameFit {
  NoiseFitResult normalised;  // a,b in the model's normalised units
  NoiseParams raw;            // the same a,b in the image's raw units
  double varianceScale = 1.0; // scale applied to s2 before the posterior (1: none)
  // mu's coupling to the local stencils whose selection the fit took out (infer/StencilProbe.h);
  // not measured where the fit had none to take out.
  StencilCoupling stencilCoupling;
};

struct DenoiseResult {
  ImageStack posterior;       // raw units, metadata copied from the input
  ImageStack mu;              // raw units (empty unless wantMu)
  ImageStack uncertainty;     // posterior std, raw units (empty unless wantUncertainty)
  std::vector<FrameFit> fits; // one per frame, as used for the posterior
  // The map between raw and the network's units this image used: the model's, or the image's
  // own percentiles for a model with ModelInfo::perImageNormalization (a base model).
  Normalization normalization;
  // The fit settings the fits used: the options given, with the clip levels of the image's
  // integer pixel type (image/Normalization.h). The noise plots use the same.
  NoiseFitOptions fitOptions;
  // The verdicts on the model (set by workflow/DenoisingJob, also in every fit's flags):
  // undertrainedReason()'s line ("" when trained enough) and profileMismatches()' lines (empty
  // when the image is like the training data, or the model records no training profile).
  std::string undertrained;
  std::vector<std::string> imageMismatches;
};

// One frame of a streamed run (Denoiser::denoiseFrames), in raw units. The pointers are valid
// during the call only.
struct DenoisedFrame {
  int index = 0;                      // 0-based frame number
  int frames = 0;                     // frames in the stack
  const float* posterior = nullptr;   // height * width values
  const float* mu = nullptr;          // null unless wantMu
  const float* uncertainty = nullptr; // null unless wantUncertainty and the model has a variance
  FrameFit fit;
};
using DenoisedFrameSink = std::function<void(const DenoisedFrame&)>;

class Denoiser {
public:
  explicit Denoiser(const Model& model, DenoiseOptions options = {});
  DenoiseResult denoise(const ImageStack& noisy, ProgressSink& progress) const;
  // Frame by frame: read frame f from `source`, denoise it, hand it to `sink`, then frame f+1.
  // Errors of the source (Error(Input)) and of the sink propagate unchanged; the caller knows
  // from the frames its sink received how far the run came.
  void denoiseFrames(FrameSource& source, const DenoisedFrameSink& sink,
                     ProgressSink& progress) const;
  // The fit settings used for images of `sourceType`: the options given, with the clip levels of
  // an integer type (image/Normalization.h).
  NoiseFitOptions fitOptionsFor(PixelType sourceType) const;
  NoiseFitOptions fitOptionsFor(PixelType sourceType, const Normalization& norm) const;
  // The normalisation an image gets: the model's, or for a per-image model (a base model) the
  // image's own percentiles (image/NormalizationSampling.h; the source version reads it once).
  Normalization normalizationFor(const ImageStack& noisy) const;
  Normalization normalizationFor(FrameSource& source) const;
  // Whether denoiseFrames hands out an uncertainty (asked for, and the model has a variance).
  bool givesUncertainty() const;

private:
  DenoiseResult allocateResult(const ImageStack& noisy) const;
  // One frame (normalised units): the a,b fit (or the learned or fixed a,b), the variance scale
  // and the posterior mean into `post` (and its standard deviation into `sd` unless null).
  // Rescales s2 in place.
  FrameFit fitAndPosterior(const NoiseFitter& fitter, const Normalization& norm, const float* y,
                           const float* mu, float* s2, int w, int h, float* post, float* sd) const;

  const Model& m_model;
  DenoiseOptions m_options;
};

} // namespace pgd
