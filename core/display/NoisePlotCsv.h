#pragma once
// NoisePlotCsv: the noise-fit plot data as CSV text (one table per plot, separated by a blank line
// and a "# section" line), so the plots can be redrawn elsewhere. Every table gives raw image units
// first, then the normalised units (suffix _norm; raw = scale * normalised + offset, the
// "# normalisation" section; docs/NOISE_FIT.md, "Units"). Qt-free; safe from any thread.
#include "noise/NoiseFitPlotData.h"

#include <string>

namespace pgd {

// `imageName` (the file the plots are of; may be empty) heads the text in an "# image" section.
std::string noisePlotCsv(const NoiseFitPlotData& data, const std::string& imageName = {});

} // namespace pgd
