#pragma once
// countOf(3, "frame") -> "3 frames", countOf(1, "file") -> "1 file": English counts for the
// command line's messages (the GUI uses Qt's %n plural forms instead).
#include <string>
#include <string_view>

namespace pgd {

inline std::string countOf(long long n, std::string_view noun) {
  std::string text = std::to_string(n) + " " + std::string(noun);
  if (n != 1)
    text += 's';
  return text;
}

} // namespace pgd
