#pragma once
// TextOutput: safe writing of small text outputs (CSV, JSON) with the same rules as the image
// writer: never replace an input, replace an existing file only with `overwrite`, write to a
// hidden temporary file in the target folder and rename it into place, so a full disk never
// leaves a half-written file under the final name. Failures throw Error(Output) naming the file.
// Safe from any thread.
#include <filesystem>
#include <string>
#include <vector>

namespace pgd {

struct TextWriteOptions {
  bool overwrite = false;
  std::vector<std::filesystem::path> protectedInputs;
};

void checkTextWritable(const std::filesystem::path& path, const TextWriteOptions& options);
void writeTextAtomically(const std::filesystem::path& path, const std::string& text,
                         const TextWriteOptions& options);

} // namespace pgd
