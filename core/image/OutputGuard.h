#pragma once
// OutputGuard: the one set of rules for every file pgdenoise writes (images, noise tables):
// never replace one of the inputs being processed, replace an existing file only when asked,
// never write into a missing or read-only folder, and write through a hidden temporary file in
// the target folder that is renamed into place, so a crash or a full disk never leaves a
// half-written file under the final name. Failures throw Error(Output) with one line naming the
// file. Safe from any thread.
#include <filesystem>
#include <vector>

namespace pgd {

struct OutputRules {
  bool overwrite = false;                             // replace an existing file
  std::vector<std::filesystem::path> protectedInputs; // never replaced, even with overwrite
};

// Throws Error(Output) when `path` may not be written under `rules`: it is a protected input, a
// folder, exists without overwrite, or its folder is missing or not writable.
void checkOutputPath(const std::filesystem::path& path, const OutputRules& rules);

// A hidden temporary file beside `path` ("." + name + ".pgd-tmp-<pid>-<n>" + extension, keeping
// the extension so writers pick the format from it), unique within this process.
std::filesystem::path temporaryOutputPath(const std::filesystem::path& path);

// Renames the finished `temporary` over `path`; on failure removes it and throws Error(Output).
void moveIntoPlace(const std::filesystem::path& temporary, const std::filesystem::path& path);

} // namespace pgd
