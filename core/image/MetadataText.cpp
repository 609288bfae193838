#include "image/MetadataText.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace pgd {

namespace {

std::string_view trimmed(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front()))
    text.remove_prefix(1);
  while (!text.empty() && blank(text.back()))
    text.remove_suffix(1);
  return text;
}

} // namespace

std::optional<int> parseCount(std::string_view text) {
  text = trimmed(text);
  long long value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 1 ||
      value > kMaxDescribedFrames)
    return std::nullopt;
  return static_cast<int>(value);
}

std::optional<double> parseNumber(std::string_view text) {
  text = trimmed(text);
  if (text.empty() || text.size() > 64)
    return std::nullopt;
  double value = 0.0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

std::string imageJUnitName(std::string_view unit) {
  unit = trimmed(unit);
  if (unit == "um" || unit == "\xC2\xB5m" || unit == "\xCE\xBCm" || unit == "\\u00B5m" ||
      unit == "\\u00b5m" || unit == "micron" || unit == "microns" || unit == "micrometer" ||
      unit == "micrometre")
    return "micron";
  if (unit == "\xC3\x85" || unit == "\xE2\x84\xAB" || unit == "\\u00C5")
    return "angstrom";
  if (unit.empty() || unit.size() > 32)
    return {};
  for (char c : unit)
    if (c < 0x21 || c > 0x7e)
      return {};
  return std::string(unit);
}

namespace {

// Metres per unit as a power of ten.
std::optional<int> decimalExponent(std::string_view unit) {
  struct Known {
    std::string_view name;
    int exponent;
  };
  static constexpr Known known[] = {{"m", 0},   {"cm", -2},  {"mm", -3},       {"micron", -6},
                                    {"nm", -9}, {"pm", -12}, {"angstrom", -10}};
  for (const Known& k : known)
    if (unit == k.name)
      return k.exponent;
  return std::nullopt;
}

} // namespace

std::optional<double> convertLength(double value, std::string_view from, std::string_view to) {
  const auto a = decimalExponent(from);
  const auto b = decimalExponent(to);
  if (!a || !b)
    return std::nullopt;
  // Multiplying or dividing by an exact power of ten keeps 2000 nm at exactly 2 micron.
  const int shift = *a - *b;
  const double factor = std::pow(10.0, std::abs(shift));
  return shift >= 0 ? value * factor : value / factor;
}

} // namespace pgd
