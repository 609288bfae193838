#pragma once
// PretrainingSplit: the checked-in list of images a base model is pretrained on
// (data/pretraining/split.txt, docs/BASE_MODEL.md). One entry per line: a path relative to the
// data folder (a file, or a folder standing for its .tif/.tiff/.png files) and its kind, "noisy"
// (a real noisy acquisition, used as it is) or "clean" (gets synthetic Poisson-Gaussian noise).
// '#' starts a comment; blank lines are skipped. Pure text handling, safe from any thread.
#include <filesystem>
#include <string>
#include <vector>

namespace pgd {

enum class PretrainingKind { Noisy, Clean };

struct PretrainingEntry {
  std::string path; // relative to the data folder, '/' separated
  PretrainingKind kind = PretrainingKind::Noisy;
};

// Throws Error(Input) naming the line for a malformed line, an absolute path, a path with "..",
// an unknown kind, or a path listed twice.
std::vector<PretrainingEntry> parsePretrainingSplit(const std::string& text);
// The same from a file; throws Error(Input) naming the file when it cannot be read.
std::vector<PretrainingEntry> readPretrainingSplit(const std::filesystem::path& file);

} // namespace pgd
