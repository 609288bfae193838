// libFuzzer target: arbitrary bytes as a TIFF ImageDescription must give a geometry with sane
// counts or none, never a crash, a hang or an exception (core/image/ImageJDescription.h,
// core/image/OmeXml.h).
#include "image/ImageJDescription.h"
#include "image/OmeXml.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const pgd::ParsedStackMetadata& p :
       {pgd::parseImageJDescription(text), pgd::parseOmeXml(text)}) {
    if (!p.geometry)
      continue;
    const pgd::StackGeometry& g = *p.geometry;
    if (g.channels < 1 || g.slices < 1 || g.timePoints < 1 || g.frames() > (1 << 24) ||
        !(g.spacingZ > 0))
      std::abort();
    if (p.dimensionOrder != "XYCZT")
      for (int frame : pgd::pageToFrameOrder(g, p.dimensionOrder))
        if (frame < 0 || frame >= g.frames())
          std::abort();
  }
  return 0;
}
