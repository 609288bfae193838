#pragma once
// OmeXml: reads the pixel metadata of an OME-TIFF's OME-XML ImageDescription: the first Image's
// Pixels element (SizeX/Y/C/Z/T, DimensionOrder, PhysicalSizeX/Y/Z with their units,
// TimeIncrement with its unit). A tolerant scanner, not an XML parser: it reads that one element's
// attributes and nothing else. Pure functions, safe from any thread.
#include "image/ParsedStackMetadata.h"

#include <string_view>
#include <vector>

namespace pgd {

// Never throws and never crashes, whatever the bytes. Text without an OME root element gives no
// geometry and no problem; OME-XML without a usable Pixels element (missing or impossible sizes,
// unknown DimensionOrder) gives no geometry and a one-line problem. Unreadable physical sizes are
// skipped. Sizes in different length units are converted to the unit of PhysicalSizeX.
ParsedStackMetadata parseOmeXml(std::string_view text);

// For each page of a file whose pages follow `dimensionOrder` (e.g. "XYZCT"), the flat frame
// index in StackGeometry's XYCZT order. Requires a valid order (as parseOmeXml returns it).
std::vector<int> pageToFrameOrder(const StackGeometry& g, std::string_view dimensionOrder);

} // namespace pgd
