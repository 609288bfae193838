#pragma once
// DenoisingJob: one denoising run as the command line (denoise, fit-noise) and the workbench
// both do it; they only adapt it. It loads the model onto the chosen device and checks it, runs
// the Denoiser (tiles, per-frame a,b fit, posterior), and builds the noise-fit plot data (paper
// Fig. 2) from the fits the denoiser actually used and its fit settings, so a,b never differ
// between the outputs, the plots and the status bar. docs/ARCHITECTURE.md ("Denoising run")
// describes the flow. Runs on the calling thread; the model must not be used elsewhere at the
// same time.
#include "infer/Denoiser.h"
#include "nn/Model.h"
#include "noise/NoiseFitPlotData.h"

#include <filesystem>
#include <string>
#include <vector>

namespace pgd {

class DenoisingJob {
public:
  // A model from the store (a name) or a model folder (a path), on `device` ("auto", "cpu",
  // "cuda"; "cuda" without CUDA is Error(Usage)), predicting in `precision` ("auto", "float32",
  // "bfloat16"; resolvePrecision in nn/Precision.h), checked to take pgdenoise's one-channel
  // images (Error(Model) otherwise). `storeRoot` empty: ModelStore::defaultRoot().
  static Model loadModel(const std::string& nameOrPath, const std::string& device,
                         const std::string& precision = "auto",
                         const std::filesystem::path& storeRoot = {});

  DenoisingJob(const Model& model, DenoiseOptions options);

  // The posterior, mu and uncertainty (as options ask) in raw units, and the fits as used, with
  // the verdicts on the model added to each fit (docs/NOISE_FIT.md, "Quality verdict").
  DenoiseResult run(const ImageStack& noisy, ProgressSink& progress) const;
  // The same frame by frame (Denoiser::denoiseFrames): each frame's results go to `sink` before
  // the next frame is read, so a stack of any length runs in the memory of one frame.
  void runFrames(FrameSource& source, const DenoisedFrameSink& sink, ProgressSink& progress) const;
  // Whether runFrames hands out an uncertainty (asked for, and the model has a variance).
  bool givesUncertainty() const;

  // The noise-fit plot data for `noisy` and the result run() gave for it (which must hold mu):
  // the fits as used, the same clip levels, and the ground-truth fit against `reference` when
  // given (same shape). `levels`: clean levels in normalised units (empty: automatic).
  NoiseFitPlotData plotData(const ImageStack& noisy, const DenoiseResult& result,
                            const std::vector<double>& levels = {},
                            const ImageStack* reference = nullptr) const;
  // The same from the parts of a result that the plots read (the workbench keeps only these).
  NoiseFitPlotData plotData(const ImageStack& noisy, const ImageStack& mu,
                            const std::vector<FrameFit>& fits, const NoiseFitOptions& fitOptions,
                            const std::vector<double>& levels = {},
                            const ImageStack* reference = nullptr) const;

  const DenoiseOptions& options() const { return m_options; }

private:
  const Model& m_model;
  DenoiseOptions m_options;
};

} // namespace pgd
