#include "image/ImageJDescription.h"

#include "image/MetadataText.h"

#include <fmt/format.h>

#include <optional>

namespace pgd {

namespace {

struct Counts {
  std::optional<int> images, channels, slices, frames;
};

} // namespace

ParsedStackMetadata parseImageJDescription(std::string_view text) {
  ParsedStackMetadata out;
  if (text.substr(0, 7) != "ImageJ=")
    return out;
  Counts counts;
  StackGeometry g;
  std::string badCount;
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    const std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos)
      continue;
    const std::string_view key = line.substr(0, eq);
    const std::string_view value = line.substr(eq + 1);
    std::optional<int>* count = key == "images"     ? &counts.images
                                : key == "channels" ? &counts.channels
                                : key == "slices"   ? &counts.slices
                                : key == "frames"   ? &counts.frames
                                                    : nullptr;
    if (count) {
      *count = parseCount(value);
      if (!*count && badCount.empty())
        badCount = fmt::format("{}={}", key, value.substr(0, 20));
    } else if (key == "unit") {
      g.unit = imageJUnitName(value);
    } else if (key == "spacing") {
      if (const auto v = parseNumber(value); v && *v > 0)
        g.spacingZ = *v;
    } else if (key == "finterval") {
      if (const auto v = parseNumber(value); v && *v > 0)
        g.frameInterval = *v;
    } else if (key == "tunit") {
      if (std::string unit = imageJUnitName(value); !unit.empty())
        g.timeUnit = unit == "sec" ? "s" : unit;
    }
  }
  if (!badCount.empty()) {
    out.problem = fmt::format("ImageJ description has an invalid count ({})", badCount);
    return out;
  }
  g.channels = counts.channels.value_or(1);
  g.slices = counts.slices.value_or(1);
  g.timePoints = counts.frames.value_or(1);
  const long long product = 1LL * g.channels * g.slices * g.timePoints;
  if (product > kMaxDescribedFrames) {
    out.problem = fmt::format("ImageJ description states {} x {} x {} images, too many", g.channels,
                              g.slices, g.timePoints);
    return out;
  }
  if (counts.images) {
    if (product == 1 && *counts.images > 1) {
      g.slices = *counts.images; // a plain stack: ImageJ shows it as slices
    } else if (product != *counts.images) {
      out.problem = fmt::format(
          "ImageJ description says images={} but channels x slices x frames = {} x {} x {}",
          *counts.images, g.channels, g.slices, g.timePoints);
      return out;
    }
  }
  out.geometry = g;
  return out;
}

std::string formatImageJDescription(const StackGeometry& g, int frames) {
  const StackGeometry shape = g.frames() == frames ? g : plainStack(g, frames);
  std::string text = "ImageJ=1.11a\n";
  if (frames > 1)
    text += fmt::format("images={}\n", frames);
  if (shape.channels > 1)
    text += fmt::format("channels={}\n", shape.channels);
  if (shape.slices > 1)
    text += fmt::format("slices={}\n", shape.slices);
  if (shape.timePoints > 1)
    text += fmt::format("frames={}\n", shape.timePoints);
  if (shape.isHyperstack())
    text += "hyperstack=true\nmode=grayscale\n";
  const std::string unit = imageJUnitName(shape.unit);
  if (!unit.empty())
    text += fmt::format("unit={}\n", unit);
  if (shape.slices > 1 && shape.spacingZ > 0 && shape.spacingZ != 1.0)
    text += fmt::format("spacing={}\n", shape.spacingZ);
  if (shape.timePoints > 1 && shape.frameInterval > 0) {
    text += fmt::format("finterval={}\n", shape.frameInterval);
    const std::string timeUnit = imageJUnitName(shape.timeUnit);
    if (!timeUnit.empty() && timeUnit != "s" && timeUnit != "sec")
      text += fmt::format("tunit={}\n", timeUnit);
  }
  if (frames > 1)
    text += "loop=false\n";
  return text;
}

} // namespace pgd
