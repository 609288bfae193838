#include "image/TiffStackMetadata.h"

#include "image/ImageJDescription.h"
#include "image/OmeXml.h"

#include <fmt/format.h>
#include <tiffio.h>

#include <cmath>
#include <string_view>

namespace pgd {

namespace {

struct Resolution {
  bool present = false;
  double spacingX = 1.0, spacingY = 1.0;
  std::uint16_t unit = RESUNIT_INCH; // the TIFF default when the tag is absent
};

// libtiff hands the resolution rationals over as float: 1/x then differs from the pixel size
// that was written (0.1625 reads as 0.16249999709). Rounding to the 7 significant digits a float
// carries gives the written value back for every size with up to 7 digits.
double spacingFrom(float pixelsPerUnit) {
  const double spacing = 1.0 / double(pixelsPerUnit);
  const double scale = std::pow(10.0, 6 - std::floor(std::log10(spacing)));
  const double rounded = std::round(spacing * scale) / scale;
  return std::isfinite(rounded) && rounded > 0 ? rounded : spacing;
}

Resolution readResolution(TIFF* tif) {
  Resolution r;
  float x = 0, y = 0;
  const bool hasX = TIFFGetField(tif, TIFFTAG_XRESOLUTION, &x) == 1;
  const bool hasY = TIFFGetField(tif, TIFFTAG_YRESOLUTION, &y) == 1;
  TIFFGetField(tif, TIFFTAG_RESOLUTIONUNIT, &r.unit);
  if (hasX && std::isfinite(x) && x > 0) {
    r.present = true;
    r.spacingX = spacingFrom(x);
    r.spacingY = hasY && std::isfinite(y) && y > 0 ? spacingFrom(y) : r.spacingX;
  }
  return r;
}

} // namespace

TiffStackMetadata readTiffStackMetadata(TIFF* tif, int pages, std::uint32_t width,
                                        std::uint32_t height) {
  TiffStackMetadata out;
  out.geometry = plainStack(StackGeometry(), pages);
  const char* text = nullptr;
  std::string_view description;
  if (TIFFGetField(tif, TIFFTAG_IMAGEDESCRIPTION, &text) == 1 && text)
    description = text;
  const Resolution resolution = readResolution(tif);

  std::string kind = "ImageJ";
  ParsedStackMetadata parsed = parseImageJDescription(description);
  if (!parsed.geometry && parsed.problem.empty()) {
    kind = "OME";
    parsed = parseOmeXml(description);
  }
  if (!parsed.problem.empty())
    out.warnings.push_back(fmt::format("{}; dimensions ignored", parsed.problem));

  if (parsed.geometry) {
    StackGeometry g = *parsed.geometry;
    // ImageJ keeps the pixel size in the resolution tags and the unit in the description; OME
    // has both in the XML.
    if (kind == "ImageJ") {
      if (g.unit.empty() && resolution.unit == RESUNIT_CENTIMETER)
        g.unit = "cm";
      if (!g.unit.empty() && resolution.present) {
        g.spacingX = resolution.spacingX;
        g.spacingY = resolution.spacingY;
      }
    }
    if (kind == "ImageJ" && pages == 1 && g.frames() > 1) {
      out.contiguousImages = g.frames();
    } else if (g.frames() != pages) {
      out.warnings.push_back(fmt::format(
          "{} metadata describes {} images ({} channels x {} slices x {} time points) but the "
          "file has {} pages; dimensions ignored",
          kind, g.frames(), g.channels, g.slices, g.timePoints, pages));
      g = plainStack(g, pages);
    } else if ((parsed.width && std::uint32_t(parsed.width) != width) ||
               (parsed.height && std::uint32_t(parsed.height) != height)) {
      out.warnings.push_back(fmt::format("{} metadata describes {}x{} pixels but the pages have "
                                         "{}x{}; dimensions ignored",
                                         kind, parsed.width, parsed.height, width, height));
      g = plainStack(g, pages);
    } else if (parsed.dimensionOrder != "XYCZT") {
      out.frameOfPage = pageToFrameOrder(g, parsed.dimensionOrder);
    }
    out.geometry = g;
  } else if (resolution.present && resolution.unit == RESUNIT_CENTIMETER) {
    // Plain TIFFs: only a centimetre resolution is a pixel size; inch values are mostly the
    // 72 dpi that image programs write for printing.
    out.geometry.unit = "cm";
    out.geometry.spacingX = resolution.spacingX;
    out.geometry.spacingY = resolution.spacingY;
  }
  return out;
}

} // namespace pgd
