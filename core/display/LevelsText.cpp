#include "display/LevelsText.h"

#include "image/MetadataText.h"
#include "job/Error.h"

#include <algorithm>
#include <optional>
#include <string>

namespace pgd {
namespace {

bool isSeparator(char c) {
  return c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Long tokens are cut in messages so one line stays one line.
std::string quoted(std::string_view token) {
  constexpr std::size_t kShown = 24;
  std::string text(token.substr(0, kShown));
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) == 0x7f)
      c = '?';
  return "'" + text + (token.size() > kShown ? "...'" : "'");
}

} // namespace

std::vector<double> parseLevels(std::string_view text) {
  std::vector<double> levels;
  std::size_t i = 0;
  while (i < text.size()) {
    if (isSeparator(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !isSeparator(text[end]))
      ++end;
    const std::string_view token = text.substr(i, end - i);
    // from_chars does not take a leading '+', which people type; skip one.
    const std::string_view digits = token.size() > 1 && token[0] == '+' ? token.substr(1) : token;
    const std::optional<double> value = parseNumber(digits);
    if (!value)
      throw Error(ErrorKind::Usage, "levels: " + quoted(token) +
                                        " is not a number; type levels as numbers separated "
                                        "by commas, e.g. 0.1, 0.3, 0.6");
    levels.push_back(*value);
    i = end;
  }
  std::sort(levels.begin(), levels.end());
  levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
  if (levels.size() > static_cast<std::size_t>(kMaxTypedLevels))
    throw Error(ErrorKind::Usage, "levels: " + std::to_string(levels.size()) +
                                      " levels given; a plot shows at most " +
                                      std::to_string(kMaxTypedLevels));
  return levels;
}

} // namespace pgd
