#pragma once
// ImageJDescription: reads and writes the ImageDescription text ImageJ and Fiji put in the first
// page of their TIFFs ("ImageJ=1.x", then key=value lines: images, channels, slices, frames,
// hyperstack, spacing, unit, finterval, tunit). The pixel width and height are not in this text
// but in the XResolution/YResolution tags (core/image/TiffStackReader.cpp reads them). Pure
// functions, safe from any thread.
#include "image/ParsedStackMetadata.h"
#include "image/StackGeometry.h"

#include <string>
#include <string_view>

namespace pgd {

// Never throws and never crashes, whatever the bytes. Text that does not start with "ImageJ="
// gives no geometry and no problem; an ImageJ description with impossible or inconsistent counts
// gives no geometry and a one-line problem. Unknown keys and unreadable calibration values are
// skipped (the counts are what matters for reading the frames right). spacingX and spacingY are
// left at 1.
ParsedStackMetadata parseImageJDescription(std::string_view text);

// The description for `frames` frames with geometry `g` (the geometry's counts are used only when
// they multiply to `frames`; otherwise the frames are a plain stack). Always ASCII.
std::string formatImageJDescription(const StackGeometry& g, int frames);

} // namespace pgd
