#pragma once
// ColorMap: display colour maps as 256-entry lookup tables of 0xAARRGGBB values (the QRgb
// layout, but Qt-free so they can be unit tested). Pure functions; safe from any thread.
#include <array>
#include <cstdint>
#include <vector>

namespace pgd {

enum class ColorMap { Gray, Fire, Green, Magenta, Viridis, Inverted };

using ColorLut = std::array<std::uint32_t, 256>;

// Every colour map, in menu order.
std::vector<ColorMap> allColorMaps();
// Stable identifier for settings ("gray", "fire", ...).
const char* colorMapId(ColorMap map);
// Inverse of colorMapId; unknown ids give Gray.
ColorMap colorMapFromId(const char* id);
// The 256-entry lookup table, opaque (alpha 255).
ColorLut colorLut(ColorMap map);

} // namespace pgd
