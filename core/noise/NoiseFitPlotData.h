#pragma once
// NoiseFitPlotData: everything the noise-fit plots draw (paper Fig. 2 and companions), as plain
// values computed in core so widgets only draw:
//  (a) at a few clean levels (automatic, or given), the histogram of noisy values of the pixels
//      whose clean value (the clean image when given, else the pseudo-clean mean) lies in a narrow
//      bin at that level, with the Poisson-Gaussian density of the pseudo-clean fit and, when a
//      clean image is given, of the ground-truth fit;
//  (b) the variance of what the fit read as noise against the level it read it at, in bins of mu,
//      with the fitted line a*x + b (the level: mu, or for the local residual its calibrated
//      level, docs/NOISE_FIT.md "Calibrated levels");
//  (c) a,b per frame of a stack.
// a,b are given in normalised units and in raw units (Normalization::toRaw). Pure computation;
// safe from any thread.
#include "image/ImageStack.h"
#include "image/Normalization.h"
#include "noise/NoiseFitter.h"

#include <cstddef>
#include <string>
#include <vector>

namespace pgd {

struct PdfCurve {
  std::string label; // "pseudo-clean fit" or "ground-truth fit"
  NoiseParams params;
  std::vector<double> x;
  std::vector<double> density;
};

struct LevelHistogram {
  double level = 0.0;    // centre of the clean-value bin
  double levelLow = 0.0; // the clean-value bin [levelLow, levelHigh]
  double levelHigh = 0.0;
  std::size_t count = 0;        // pixels in the bin
  std::vector<double> edges;    // histogram edges of the noisy values (bins + 1)
  std::vector<double> density;  // per bin, normalised to unit area
  std::vector<PdfCurve> curves; // pseudo-clean fit first, then ground-truth fit when available
};

struct VarianceMeanCurve {
  std::vector<double> mean;     // level per bin: mean of mu, or of y where levels are calibrated
  std::vector<double> variance; // mean squared residual per bin
  std::vector<std::size_t> count;
  std::vector<double> lineX; // two end points of the fitted line a*x + b
  std::vector<double> lineY;
};

struct NoiseFitPlotOptions {
  std::vector<double> levels; // clean levels for the histograms; empty: automatic
  int automaticLevels = 4;    // automatic levels: quantiles of the foreground (ForegroundLevels.h)
  double levelHalfWidth = 0.01; // half width of a level's bin, as a fraction of the 1-99% range
  int histogramBins = 60;
  int pdfPoints = 200;
  int varianceBins = 40;
  std::size_t minPixelsPerBin = 30; // variance bins with fewer pixels are left out
  NoiseFitOptions fit;
};

struct NoiseFitPlotData {
  // The map between the units the plots are computed in and the image's raw units
  // (raw = scale * normalised + offset): the model's normalisation. Identity when the caller
  // gave none, i.e. the image has no raw scale of its own.
  Normalization normalization;
  NoiseFitResult fit; // pseudo-clean fit over the whole stack
  NoiseParams fitRaw; // same, raw units
  bool hasGroundTruth = false;
  NoiseFitResult groundTruthFit; // when a clean stack was given
  NoiseParams groundTruthRaw;
  std::vector<LevelHistogram> histograms;
  VarianceMeanCurve varianceMean;
  std::vector<NoiseFitResult> perFrame; // one fit per frame
  std::vector<NoiseParams> perFrameRaw;
};

// noisy, pseudoClean and (optional) clean: stacks of one shape, in normalised units. Throws
// Error(Usage) on mismatched shapes, Error(Input) when a fit has no valid pixels.
// `fitsAsUsed` (one per frame): the a,b the denoiser used for each frame. When given, the plots
// draw those instead of fitting again: perFrame is them, and `fit` is the single frame's fit,
// or for a stack the a,b all frames share (learned or fixed), else a fit with options.fit over
// the whole stack. Pass the denoiser's fit options as options.fit (DenoiseResult::fitOptions) so
// the ground-truth fit uses the same clip levels.
NoiseFitPlotData makeNoiseFitPlotData(const ImageStack& noisy, const ImageStack& pseudoClean,
                                      const NoiseFitPlotOptions& options = {},
                                      const Normalization& normalization = {},
                                      const ImageStack* clean = nullptr,
                                      const std::vector<NoiseFitResult>* fitsAsUsed = nullptr);

} // namespace pgd
