#include "EvalSettings.h"

#include "job/Error.h"

#include <algorithm>

#include <fmt/format.h>

namespace pgd {

std::vector<std::pair<double, double>> paperGrid() {
  std::vector<std::pair<double, double>> cells;
  for (int lambda = 10; lambda <= 50; lambda += 10)
    for (int sigma = 10; sigma <= 50; sigma += 10)
      cells.emplace_back(lambda, sigma);
  return cells;
}

DenoiseOptions EvalSettings::denoiseOptions() const {
  DenoiseOptions options;
  options.testTimeTransforms = transforms;
  return options;
}

EvalSettings EvalSettings::forMode(const std::string& mode) {
  EvalSettings s;
  s.mode = mode;
  if (mode == "quick") {
    // 36 trained models at 90 s each (11 on the real sets, one on each of the 25 synthetic
    // cells: 54 min) plus scoring (~6-10 min): about 65 minutes on 2 quiet cores.
    s.preset = "quick";
    s.trainSeconds = 90.0;
    s.sets = {"fmd-confocal", "fmd-widefield", "w2s", "bacteria", "synthetic"};
    s.fmdChannels = {"G"};
    s.w2sImages = 1;
    s.regularizedSets = {"fmd-confocal"};
    s.syntheticModelCells = paperGrid();
    s.bsd68Images = 0;
    return s;
  }
  if (mode == "full") {
    s.preset = "auto"; // the paper preset on CUDA
    s.trainSeconds = 0.0;
    s.sets = {"fmd-confocal", "fmd-widefield", "w2s", "bacteria", "synthetic", "bsd68"};
    s.fmdChannels = {"B", "G", "R"};
    s.w2sImages = 0;
    s.regularizedSets = {"fmd-confocal", "fmd-widefield", "w2s", "bacteria"};
    s.n2vOnSynthetic = true;
    s.syntheticModelCells = paperGrid();
    s.bsd68Images = 0;
    return s;
  }
  throw Error(ErrorKind::Usage, "mode " + mode + ": unknown (expected quick or full)");
}

bool EvalSettings::regularizedOn(const std::string& set) const {
  return std::find(regularizedSets.begin(), regularizedSets.end(), set) != regularizedSets.end();
}

std::vector<std::string> EvalSettings::omissions() const {
  std::vector<std::string> out;
  for (const char* set : {"fmd-confocal", "fmd-widefield", "w2s", "bacteria", "synthetic", "bsd68"})
    if (!runs(set))
      out.push_back(fmt::format("set {} not run", set));
  if (runs("fmd-confocal") || runs("fmd-widefield"))
    if (fmdChannels.size() < 3)
      out.push_back(
          fmt::format("FMD: only channel(s) {} of B, G, R", fmt::join(fmdChannels, ", ")));
  if (runs("w2s") && w2sImages > 0 && w2sImages < 60)
    out.push_back(fmt::format("W2S: {} of the 60 pairs (FOV 081 onwards)", w2sImages));
  // A curve trains warm, scratch and N2V runs on the real sets to its last mark: no regularized
  // loss, no synthetic cells and no per-model budget to leave out.
  for (const char* set : {"fmd-confocal", "fmd-widefield", "w2s", "bacteria"})
    if (!curve && runs(set) && !regularizedOn(set))
      out.push_back(fmt::format("{}: regularized loss (lambda 0.1, 1, 10) not trained", set));
  if (!curve && runs("synthetic")) {
    if (syntheticModelCells.size() < paperGrid().size())
      out.push_back(
          fmt::format("synthetic: networks trained on {} of the 25 (lambda, sigma) cells; "
                      "ground-truth fit and Foi on all 25",
                      syntheticModelCells.size()));
    if (!n2vOnSynthetic)
      out.push_back("synthetic: no N2V baseline");
  }
  if (!curve && trainSeconds > 0.0)
    out.push_back(
        fmt::format("every model trained for at most {:.0f} s (preset {})", trainSeconds, preset));
  if (maxSteps > 0)
    out.push_back(fmt::format("every model trained for at most {} steps", maxSteps));
  if (!curve && start == "scratch") // a curve runs both starts
    out.push_back("blind-spot models trained from scratch, not from the built-in base model");
  return out;
}

} // namespace pgd
