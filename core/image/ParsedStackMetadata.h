#pragma once
// ParsedStackMetadata: what parseImageJDescription (core/image/ImageJDescription.h) or
// parseOmeXml (core/image/OmeXml.h) found in a TIFF's ImageDescription. A plain value type.
#include "image/StackGeometry.h"

#include <optional>
#include <string>

namespace pgd {

struct ParsedStackMetadata {
  // Dimensions and calibration; empty when the text is not that kind of metadata or is unusable.
  std::optional<StackGeometry> geometry;
  // Order of the file's pages, fastest axis first after X and Y (OME's DimensionOrder); readers
  // reorder the pages into StackGeometry's XYCZT order.
  std::string dimensionOrder = "XYCZT";
  // Image size the metadata states (OME's SizeX/SizeY); 0 when it states none.
  int width = 0;
  int height = 0;
  // One line saying why text that looked like this kind of metadata was not used; empty when it
  // was used or was not this kind of metadata at all.
  std::string problem;
};

} // namespace pgd
