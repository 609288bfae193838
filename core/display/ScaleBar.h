#pragma once
// ScaleBar: the length of a scale bar for a calibrated image at a zoom (1, 2 or 5 times a power
// of ten in the image's unit, drawn about a given number of screen pixels long) and the short
// symbol of ImageJ's unit names ("micron" -> "µm"). Qt-free; the viewers draw what it computes.
// Pure functions, safe from any thread.
#include "image/StackGeometry.h"

#include <optional>
#include <string>

namespace pgd {

struct ScaleBar {
  double length = 0.0;       // in the image's unit
  double screenPixels = 0.0; // drawn length at the zoom asked for
  std::string label;         // e.g. "10 µm"
};

// The unit's usual symbol: "micron" (and "um", "µm", "microns") -> "µm", "nm", "mm", "cm", "m";
// other names unchanged.
std::string unitSymbol(const std::string& unit);

// True when the geometry gives a physical pixel width: a unit other than pixels and a positive,
// finite spacing.
bool isCalibrated(const StackGeometry& geometry);

// The bar for `geometry` at `zoom` screen pixels per image pixel: the largest 1, 2 or 5 x 10^k
// units not longer than `maxScreenPixels` on screen. Empty when the image is not calibrated or
// the zoom is not positive.
std::optional<ScaleBar> chooseScaleBar(const StackGeometry& geometry, double zoom,
                                       double maxScreenPixels = 120.0);

} // namespace pgd
