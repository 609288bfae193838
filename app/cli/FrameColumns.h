#pragma once
// FrameColumns: how per-frame tables (the denoise noise CSV, fit-noise) name a frame. Every table
// has "frame" (0-based index in the file); tables of hyperstacks (core/image/StackGeometry.h:
// more than one channel or time point) add "channel", "slice" and "time" (0-based), so each
// channel's own noise fit can be picked out. Pure functions.
#include "image/StackGeometry.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pgd {

std::vector<std::string> frameColumns(bool hyperstack);
// The cells for frame `frame` of a stack with geometry `g`, matching frameColumns(hyperstack).
std::vector<nlohmann::ordered_json> frameCells(const StackGeometry& g, int frame, bool hyperstack);

} // namespace pgd
