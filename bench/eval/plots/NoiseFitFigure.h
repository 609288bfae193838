#pragma once
// NoiseFitFigure: the paper's Fig. 2 style noise-fit figure for one image from plots.json: one
// panel per clean level (histogram of the noisy values with the pseudo-clean-fit and, when known,
// ground-truth-fit Poisson-Gaussian densities) and a variance-vs-mean panel with the fitted line.
// GUI thread only.
#include <QString>

#include <nlohmann/json.hpp>

namespace pgd {

class NoiseFitFigure {
public:
  // `entry`: one element of plots.json "noiseFit". Writes outDir/entry["file"]; false on failure.
  static bool render(const nlohmann::json& entry, const QString& outDir);
};

} // namespace pgd
