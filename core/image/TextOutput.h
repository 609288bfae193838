#pragma once
// TextOutput: safe writing of small text outputs (CSV, JSON) under the same rules as the image
// writer (image/OutputGuard.h: never replace an input, replace an existing file only when asked,
// write a hidden temporary file and rename it into place). Failures throw Error(Output) naming the
// file. Safe from any thread.
#include "image/OutputGuard.h"

#include <filesystem>
#include <string>

namespace pgd {

// `text` as one CSV field: unchanged, or quoted (with quotes doubled) when it holds a comma, a
// quote or a newline.
std::string csvField(const std::string& text);

void writeTextAtomically(const std::filesystem::path& path, const std::string& text,
                         const OutputRules& rules);

} // namespace pgd
