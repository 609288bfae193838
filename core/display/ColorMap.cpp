#include "display/ColorMap.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace pgd {
namespace {

std::uint32_t rgb(double r, double g, double b) {
  const auto c = [](double v) {
    return static_cast<std::uint32_t>(std::lround(std::clamp(v, 0.0, 1.0) * 255.0));
  };
  return 0xff000000u | (c(r) << 16) | (c(g) << 8) | c(b);
}

// Piecewise-linear interpolation between evenly spaced anchor colours.
struct Anchor {
  double r, g, b;
};

template <std::size_t N> std::uint32_t interpolate(const Anchor (&anchors)[N], double t) {
  const double x = std::clamp(t, 0.0, 1.0) * double(N - 1);
  const auto i = std::min<std::size_t>(static_cast<std::size_t>(x), N - 2);
  const double f = x - double(i);
  const Anchor& a = anchors[i];
  const Anchor& b = anchors[i + 1];
  return rgb(a.r + f * (b.r - a.r), a.g + f * (b.g - a.g), a.b + f * (b.b - a.b));
}

// Samples of matplotlib's viridis at 0, 0.1, ..., 1.
constexpr Anchor kViridis[] = {{0.267, 0.005, 0.329}, {0.283, 0.141, 0.458}, {0.254, 0.265, 0.530},
                               {0.207, 0.372, 0.553}, {0.164, 0.471, 0.558}, {0.128, 0.567, 0.551},
                               {0.135, 0.659, 0.518}, {0.267, 0.749, 0.441}, {0.478, 0.821, 0.318},
                               {0.741, 0.873, 0.150}, {0.993, 0.906, 0.144}};
// ImageJ-like "Fire": black, blue, purple, red, orange, yellow, white.
constexpr Anchor kFire[] = {{0.0, 0.0, 0.0}, {0.0, 0.0, 0.55}, {0.55, 0.0, 0.45}, {0.9, 0.2, 0.0},
                            {1.0, 0.6, 0.0}, {1.0, 0.95, 0.3}, {1.0, 1.0, 1.0}};

struct Entry {
  ColorMap map;
  const char* id;
};
constexpr Entry kEntries[] = {{ColorMap::Gray, "gray"},       {ColorMap::Fire, "fire"},
                              {ColorMap::Green, "green"},     {ColorMap::Magenta, "magenta"},
                              {ColorMap::Viridis, "viridis"}, {ColorMap::Inverted, "inverted"}};

} // namespace

std::vector<ColorMap> allColorMaps() {
  std::vector<ColorMap> maps;
  for (const Entry& e : kEntries)
    maps.push_back(e.map);
  return maps;
}

const char* colorMapId(ColorMap map) {
  for (const Entry& e : kEntries)
    if (e.map == map)
      return e.id;
  return "gray";
}

ColorMap colorMapFromId(const char* id) {
  for (const Entry& e : kEntries)
    if (id && std::strcmp(e.id, id) == 0)
      return e.map;
  return ColorMap::Gray;
}

ColorLut colorLut(ColorMap map) {
  ColorLut lut{};
  for (std::size_t i = 0; i < lut.size(); ++i) {
    const double t = double(i) / 255.0;
    switch (map) {
    case ColorMap::Gray:
      lut[i] = rgb(t, t, t);
      break;
    case ColorMap::Inverted:
      lut[i] = rgb(1 - t, 1 - t, 1 - t);
      break;
    case ColorMap::Green:
      lut[i] = rgb(0, t, 0);
      break;
    case ColorMap::Magenta:
      lut[i] = rgb(t, 0, t);
      break;
    case ColorMap::Fire:
      lut[i] = interpolate(kFire, t);
      break;
    case ColorMap::Viridis:
      lut[i] = interpolate(kViridis, t);
      break;
    }
  }
  return lut;
}

} // namespace pgd
