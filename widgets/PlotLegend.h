#pragma once
// The workbench plots' legends in a row of their own above the axes, entries side by side and
// wrapped into `wrap` columns (0: one row), without a frame, so a legend never hides a curve
// (inside the axes it covered the noise histograms' peaks, the per-frame a,b and the training
// loss's spikes). GUI thread only, like every QCustomPlot call.
class QCustomPlot;

namespace pgd {

void placeLegendAbove(QCustomPlot& plot, int wrap = 0);

} // namespace pgd
