#pragma once
// MetadataText: the number and unit rules shared by the ImageJ and OME-XML description parsers
// (core/image/ImageJDescription.h, core/image/OmeXml.h). Pure functions; never throw.
#include <optional>
#include <string>
#include <string_view>

namespace pgd {

// Largest channel, slice or time-point count, and largest C x Z x T product, a description may
// state; more is treated as nonsense (a TIFF this size could not be read anyway).
inline constexpr long long kMaxDescribedFrames = 1LL << 24;

// A whole decimal integer in [1, kMaxDescribedFrames] (surrounding blanks allowed), else empty.
std::optional<int> parseCount(std::string_view text);
// A finite decimal number (surrounding blanks allowed), else empty.
std::optional<double> parseNumber(std::string_view text);
// The unit as ImageJ names it: micrometre spellings ("um", "µm", "\u00B5m", "microns") become
// "micron", "Å" becomes "angstrom"; empty for units that are empty, too long or not printable
// ASCII after that (descriptions are ASCII and ImageJ reads no other).
std::string imageJUnitName(std::string_view unit);
// `value` in `from` expressed in `to` (both imageJUnitName metric lengths: m, cm, mm, micron,
// nm, pm, angstrom), exact for decimal conversions like 2000 nm = 2 micron; empty for other
// units.
std::optional<double> convertLength(double value, std::string_view from, std::string_view to);

} // namespace pgd
