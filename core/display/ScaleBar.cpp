#include "display/ScaleBar.h"

#include <fmt/format.h>

#include <array>
#include <cmath>

namespace pgd {

std::string unitSymbol(const std::string& unit) {
  if (unit == "micron" || unit == "microns" || unit == "um" || unit == "\u00b5m" ||
      unit == "\u03bcm")
    return "\u00b5m";
  if (unit == "nanometer" || unit == "nanometre")
    return "nm";
  if (unit == "millimeter" || unit == "millimetre")
    return "mm";
  if (unit == "centimeter" || unit == "centimetre")
    return "cm";
  if (unit == "meter" || unit == "metre")
    return "m";
  return unit;
}

bool isCalibrated(const StackGeometry& g) {
  return !g.unit.empty() && g.unit != "pixel" && g.unit != "pixels" && std::isfinite(g.spacingX) &&
         g.spacingX > 0.0;
}

std::optional<ScaleBar> chooseScaleBar(const StackGeometry& g, double zoom,
                                       double maxScreenPixels) {
  if (!isCalibrated(g) || !(zoom > 0.0) || !(maxScreenPixels > 0.0))
    return std::nullopt;
  const double unitsPerScreenPixel = g.spacingX / zoom;
  const double longest = maxScreenPixels * unitsPerScreenPixel; // in units
  double decade = std::pow(10.0, std::floor(std::log10(longest)));
  double length = decade;
  for (double m : std::array{5.0, 2.0, 1.0})
    if (m * decade <= longest * (1.0 + 1e-12)) {
      length = m * decade;
      break;
    }
  ScaleBar bar;
  bar.length = length;
  bar.screenPixels = length / unitsPerScreenPixel;
  bar.label = fmt::format("{:g} {}", length, unitSymbol(g.unit));
  return bar;
}

} // namespace pgd
