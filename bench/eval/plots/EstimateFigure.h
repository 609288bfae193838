#pragma once
// EstimateFigure: a and b estimates against the truth over the synthetic grid (plots.json
// "estimates"): ours, ground-truth fit and Foi, log-log, with the identity line. GUI thread only.
#include <QString>

#include <nlohmann/json.hpp>

namespace pgd {

class EstimateFigure {
public:
  // Writes outDir/ab_estimates.png; false when there is nothing to draw or saving fails.
  static bool render(const nlohmann::json& estimates, const QString& outDir);
};

} // namespace pgd
