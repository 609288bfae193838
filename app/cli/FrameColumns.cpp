#include "cli/FrameColumns.h"

namespace pgd {

std::vector<std::string> frameColumns(bool hyperstack) {
  if (!hyperstack)
    return {"frame"};
  return {"frame", "channel", "slice", "time"};
}

std::vector<nlohmann::ordered_json> frameCells(const StackGeometry& g, int frame, bool hyperstack) {
  if (!hyperstack)
    return {frame};
  const FramePosition p = g.positionOf(frame);
  return {frame, p.channel, p.slice, p.timePoint};
}

} // namespace pgd
