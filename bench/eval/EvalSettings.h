#pragma once
// EvalSettings: what one evaluation run does (bench/eval). `quick` is the 2-core CPU
// subset (per-model time budget, a few images per set, a few synthetic cells); `full` is every
// image, every method and the whole synthetic grid with the paper preset (meant for a GPU).
// forMode() fills the defaults; command-line flags then override single fields. Plain value.
#include "infer/Denoiser.h"

#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace pgd {

struct EvalSettings {
  std::string mode = "quick";       // "quick" or "full"
  std::filesystem::path dataDir;    // ../shared/data
  std::filesystem::path outDir;     // CSV, PNG, plots.json, RESULTS.md
  std::filesystem::path reportPath; // optional second copy of the Markdown report
  std::string preset = "quick";     // TrainingConfig preset for every trained model
  std::string device = "auto";      // "auto", "cpu", "cuda"
  double trainSeconds = 0.0;        // per-model time budget (0: the preset's own)
  long maxSteps = 0;                // per-model step limit (0: the preset's own)
  // Where the blind-spot models start: "base" (the built-in base model's weights, as `pgdenoise
  // train` does by default, docs/BASE_MODEL.md) or "scratch" (random weights). N2V and networks
  // other than the base's always start from scratch.
  std::string start = "base";
  std::set<std::string> sets;               // fmd-confocal, fmd-widefield, w2s, bacteria,
                                            // synthetic, bsd68
  std::vector<std::string> fmdChannels;     // FMD channels evaluated (B, G, R)
  int w2sImages = 0;                        // W2S pairs evaluated (0: all 60)
  std::vector<std::string> regularizedSets; // sets whose images also get the regularized runs
  std::vector<double> lambdas{0.1, 1.0, 10.0};
  bool n2vOnSynthetic = false; // N2V baseline on the synthetic grid as well
  std::vector<std::pair<double, double>> syntheticModelCells; // (lambda, sigma) cells trained
  std::string syntheticImage = "CellProfiler_examples_fluo/"
                               "ExampleHuman_AS_09125_050116030001_D03f00d0.tif";
  int bsd68Images = 0; // BSD68 test images (0: all 68)
  // Instead of the method comparison: automatic stop vs the best fixed step count
  // on FMD confocal B, G, R and the first oracleW2sImages W2S pairs.
  bool oracle = false;
  int oracleW2sImages = 3;
  // Instead of the method comparison: posterior PSNR against training minutes on the real sets
  // (TrainingCurveEvaluator); every run trains to the last mark, whatever the per-model budget.
  bool curve = false;
  // The factor the curve's `shrunk` runs multiply the base's weights by after step 0
  // (TrainingConfig::warmStartShrink), in every run whatever it can afford; `warm` never shrinks.
  double curveShrink = 0.7;
  std::uint64_t seed = 1;
  // Every trained synthetic cell's clean and noisy image (float32 TIFF, [0,1] units) and model
  // are kept under outDir/synthetic-cells/, so its noise fit can be studied and re-run
  // (`pgdenoise fit-noise NOISY --model DIR`; `--clean CLEAN` instead of `--model` for the
  // clean-image fit) without training again.
  bool keepSynthetic = false;
  // Network passes per tile averaged over flips and transposes, for every method alike
  // (DenoiseOptions::testTimeTransforms; docs/ARCHITECTURE.md#test-time-transforms).
  int transforms = 1;

  static EvalSettings forMode(const std::string& mode); // throws Error(Usage) on unknown mode
  // The denoising options every method starts from: the defaults with `transforms`.
  DenoiseOptions denoiseOptions() const;
  bool runs(const std::string& set) const { return sets.count(set) > 0; }
  bool regularizedOn(const std::string& set) const;
  // One line per choice that leaves something out, for the log and the report.
  std::vector<std::string> omissions() const;
};

// The paper's synthetic grid: lambda, sigma in {10, 20, 30, 40, 50}.
std::vector<std::pair<double, double>> paperGrid();

} // namespace pgd
