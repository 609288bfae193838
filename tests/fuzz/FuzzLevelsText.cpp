// libFuzzer target for the typed noise-plot levels: arbitrary text must give sorted, distinct,
// finite levels (at most kMaxTypedLevels) or a one-line pgd::Error.
#include "display/LevelsText.h"
#include "job/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto levels = pgd::parseLevels(text);
    if (levels.size() > static_cast<std::size_t>(pgd::kMaxTypedLevels) ||
        !std::is_sorted(levels.begin(), levels.end()) ||
        std::adjacent_find(levels.begin(), levels.end()) != levels.end() ||
        std::any_of(levels.begin(), levels.end(), [](double v) { return !std::isfinite(v); }))
      std::abort();
  } catch (const pgd::Error& e) {
    if (std::string_view(e.what()).find('\n') != std::string_view::npos)
      std::abort(); // messages are one line
  }
  return 0;
}
