#pragma once
// NoisePlotCsv: the noise-fit plot data as CSV text (one table per plot, separated by a blank line
// and a "# section" line), so the plots can be redrawn elsewhere. Qt-free; safe from any thread.
#include "noise/NoiseFitPlotData.h"

#include <string>

namespace pgd {

std::string noisePlotCsv(const NoiseFitPlotData& data);

} // namespace pgd
