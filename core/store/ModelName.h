#pragma once
// ModelName: the one rule for model names, shared by the store, the command line and the
// workbench: 1 to 128 letters, digits, '-', '_' and '.', not starting with '.' (a name is a
// folder in the model store, so it must be a safe, visible file name). Safe from any thread.
#include <string>

namespace pgd {

constexpr std::size_t kMaxModelNameLength = 128;

bool isValidModelName(const std::string& name);

// Throws Error(Usage) naming `name` and the rule when it is not valid.
void checkModelName(const std::string& name);

// A valid name made from any text (a file's stem, a stem plus a time stamp): other characters
// become '_', leading dots are dropped, the result is cut to the length cap; "model" when
// nothing is left.
std::string modelNameFrom(const std::string& text);

} // namespace pgd
