#include "image/InputFiles.h"

#include "job/Error.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace pgd {
namespace fs = std::filesystem;
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isOwnOutput(const fs::path& path) {
  const std::string stem = path.stem().string();
  return endsWith(stem, "_denoised") || endsWith(stem, "_mu") || endsWith(stem, "_uncertainty");
}

} // namespace

bool hasImageExtension(const fs::path& path) {
  const std::string ext = lower(path.extension().string());
  return ext == ".tif" || ext == ".tiff" || ext == ".png";
}

std::vector<fs::path> collectImageFiles(const std::vector<std::string>& arguments,
                                        bool skipOutputs) {
  std::vector<fs::path> files;
  for (const auto& argument : arguments) {
    const fs::path path(argument);
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status))
      throw Error(ErrorKind::Input, fmt::format("{}: no such file or folder", argument));
    if (fs::is_directory(status)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::directory_iterator(path, ec)) {
        const fs::path& p = entry.path();
        if (!entry.is_regular_file(ec) || p.filename().string().front() == '.' ||
            !hasImageExtension(p) || (skipOutputs && isOwnOutput(p)))
          continue;
        found.push_back(p);
      }
      if (ec)
        throw Error(ErrorKind::Input,
                    fmt::format("{}: cannot list folder ({})", argument, ec.message()));
      if (found.empty())
        throw Error(ErrorKind::Input,
                    fmt::format("{}: folder holds no .tif, .tiff or .png images", argument));
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(status)) {
      files.push_back(path);
    } else {
      throw Error(ErrorKind::Input, fmt::format("{}: not a regular file", argument));
    }
  }
  if (files.empty())
    throw Error(ErrorKind::Usage, "no input images given");
  return files;
}

} // namespace pgd
