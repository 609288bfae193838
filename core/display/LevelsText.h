#pragma once
// parseLevels: the clean levels a user types for the noise-fit histograms ("0.1, 0.3 0.5"), read
// strictly so a typo is reported instead of silently dropped. Qt-free and pure; safe from any
// thread. Fuzzed by tests/fuzz/FuzzLevelsText.cpp.
#include <string_view>
#include <vector>

namespace pgd {

// The most levels one plot draws: more histograms than this overlap into an unreadable plot.
inline constexpr int kMaxTypedLevels = 12;

// Numbers separated by commas, semicolons or blanks, returned sorted with duplicates removed.
// Empty or blank text gives no levels (the caller then chooses them automatically). Throws
// Error(Usage) with one line naming the offending token for anything that is not a finite
// number, and for more than kMaxTypedLevels distinct levels.
std::vector<double> parseLevels(std::string_view text);

} // namespace pgd
