#include "image/OmeXml.h"

#include "image/MetadataText.h"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <string>

namespace pgd {

namespace {

bool isNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' ||
         c == '_' || c == '-' || c == '.';
}

// The local name (without namespace prefix) of the element starting at text[at] == '<'.
std::string_view elementName(std::string_view text, std::size_t at) {
  std::size_t end = at + 1;
  while (end < text.size() && isNameChar(text[end]))
    ++end;
  std::string_view name = text.substr(at + 1, end - at - 1);
  const std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Position of the next start tag named `local` at or after `from`, or npos.
std::size_t findElement(std::string_view text, std::string_view local, std::size_t from) {
  for (std::size_t at = text.find('<', from); at != std::string_view::npos;
       at = text.find('<', at + 1))
    if (elementName(text, at) == local)
      return at;
  return std::string_view::npos;
}

// The few character references unit names use (&#181; &#xB5; &amp; ...), decoded to UTF-8.
std::string decodeEntities(std::string_view value) {
  std::string out;
  while (!value.empty()) {
    const std::size_t amp = value.find('&');
    out += value.substr(0, amp);
    if (amp == std::string_view::npos)
      break;
    value.remove_prefix(amp);
    const std::size_t semi = value.find(';');
    const std::string_view ref = value.substr(0, semi == std::string_view::npos ? 0 : semi + 1);
    if (ref == "&#181;" || ref == "&#xB5;" || ref == "&#xb5;")
      out += "\xC2\xB5";
    else if (ref == "&#197;" || ref == "&#xC5;" || ref == "&#xc5;")
      out += "\xC3\x85";
    else if (ref == "&amp;")
      out += '&';
    else
      out += '?'; // unknown reference: the value will not be a known unit
    value.remove_prefix(ref.empty() ? 1 : ref.size());
  }
  return out;
}

// The attributes of the start tag at text[at], up to its '>'.
std::map<std::string, std::string, std::less<>> attributesAt(std::string_view text,
                                                             std::size_t at) {
  std::map<std::string, std::string, std::less<>> attributes;
  const std::size_t close = text.find('>', at);
  const std::string_view tag =
      text.substr(at, close == std::string_view::npos ? std::string_view::npos : close - at);
  std::size_t i = 1;
  while (i < tag.size() && isNameChar(tag[i]))
    ++i;
  while (i < tag.size()) {
    while (i < tag.size() && !isNameChar(tag[i]))
      ++i;
    const std::size_t nameStart = i;
    while (i < tag.size() && isNameChar(tag[i]))
      ++i;
    const std::string_view name = tag.substr(nameStart, i - nameStart);
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r'))
      ++i;
    if (i >= tag.size() || tag[i] != '=')
      continue;
    ++i;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r'))
      ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\''))
      continue;
    const char quote = tag[i++];
    const std::size_t end = tag.find(quote, i);
    if (end == std::string_view::npos)
      break;
    attributes.emplace(std::string(name), decodeEntities(tag.substr(i, end - i)));
    i = end + 1;
  }
  return attributes;
}

bool isDimensionOrder(std::string_view order) {
  for (std::string_view valid : {"XYZCT", "XYZTC", "XYCTZ", "XYCZT", "XYTCZ", "XYTZC"})
    if (order == valid)
      return true;
  return false;
}

} // namespace

ParsedStackMetadata parseOmeXml(std::string_view text) {
  ParsedStackMetadata out;
  const std::size_t root = findElement(text, "OME", 0);
  if (root == std::string_view::npos)
    return out;
  const std::size_t pixels = findElement(text, "Pixels", root);
  if (pixels == std::string_view::npos) {
    out.problem = "OME-XML without a Pixels element";
    return out;
  }
  const auto attributes = attributesAt(text, pixels);
  const auto attribute = [&](std::string_view name) -> std::string_view {
    const auto it = attributes.find(name);
    return it == attributes.end() ? std::string_view() : std::string_view(it->second);
  };
  const auto sizeX = parseCount(attribute("SizeX"));
  const auto sizeY = parseCount(attribute("SizeY"));
  const auto sizeC = parseCount(attribute("SizeC"));
  const auto sizeZ = parseCount(attribute("SizeZ"));
  const auto sizeT = parseCount(attribute("SizeT"));
  if (!sizeC || !sizeZ || !sizeT) {
    out.problem = fmt::format("OME-XML Pixels has missing or invalid SizeC/SizeZ/SizeT ({}/{}/{})",
                              attribute("SizeC").substr(0, 12), attribute("SizeZ").substr(0, 12),
                              attribute("SizeT").substr(0, 12));
    return out;
  }
  if (1LL * *sizeC * *sizeZ * *sizeT > kMaxDescribedFrames) {
    out.problem =
        fmt::format("OME-XML states {} x {} x {} planes, too many", *sizeC, *sizeZ, *sizeT);
    return out;
  }
  const std::string_view order = attribute("DimensionOrder");
  if (!isDimensionOrder(order)) {
    out.problem = fmt::format("OME-XML has an unknown DimensionOrder '{}'", order.substr(0, 12));
    return out;
  }
  StackGeometry g;
  g.channels = *sizeC;
  g.slices = *sizeZ;
  g.timePoints = *sizeT;

  // Lengths: OME's default unit is the micrometre; Y and Z are converted to X's unit.
  const auto unitOf = [&](std::string_view name) {
    const std::string_view given = attribute(name);
    return given.empty() ? std::string("micron") : imageJUnitName(given);
  };
  const std::string unitX = unitOf("PhysicalSizeXUnit");
  const auto physical = [&](std::string_view size, std::string_view unitName) {
    const auto value = parseNumber(attribute(size));
    if (!value || *value <= 0 || unitX.empty())
      return std::optional<double>();
    const std::string unit = unitOf(unitName);
    if (unit == unitX)
      return value;
    const auto converted = convertLength(*value, unit, unitX);
    if (!converted || !std::isfinite(*converted) || *converted <= 0)
      return std::optional<double>();
    return converted;
  };
  const auto x = physical("PhysicalSizeX", "PhysicalSizeXUnit");
  if (x) {
    g.unit = unitX;
    g.spacingX = *x;
    g.spacingY = physical("PhysicalSizeY", "PhysicalSizeYUnit").value_or(*x);
    g.spacingZ = physical("PhysicalSizeZ", "PhysicalSizeZUnit").value_or(1.0);
  }
  if (const auto dt = parseNumber(attribute("TimeIncrement")); dt && *dt > 0) {
    g.frameInterval = *dt;
    const std::string_view given = attribute("TimeIncrementUnit");
    g.timeUnit = given.empty() ? "s" : imageJUnitName(given);
    if (g.timeUnit.empty())
      g.frameInterval = 0.0;
  }
  out.geometry = g;
  out.dimensionOrder = std::string(order);
  out.width = sizeX.value_or(0);
  out.height = sizeY.value_or(0);
  return out;
}

std::vector<int> pageToFrameOrder(const StackGeometry& g, std::string_view dimensionOrder) {
  const int sizes[3] = {g.channels, g.slices, g.timePoints};
  const auto axisIndex = [](char axis) { return axis == 'C' ? 0 : axis == 'Z' ? 1 : 2; };
  const int fast = axisIndex(dimensionOrder[2]);
  const int middle = axisIndex(dimensionOrder[3]);
  std::vector<int> order(static_cast<std::size_t>(g.frames()));
  for (int page = 0; page < g.frames(); ++page) {
    int position[3] = {0, 0, 0};
    position[fast] = page % sizes[fast];
    position[middle] = (page / sizes[fast]) % sizes[middle];
    position[3 - fast - middle] = page / (sizes[fast] * sizes[middle]);
    order[static_cast<std::size_t>(page)] = g.frameOf({position[0], position[1], position[2]});
  }
  return order;
}

} // namespace pgd
