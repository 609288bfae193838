#include "image/BudgetedStackReader.h"

#include "image/ChannelSelection.h"
#include "image/FrameSource.h"
#include "job/Error.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <numeric>
#include <random>
#include <string>

namespace pgd {
namespace fs = std::filesystem;

namespace {

// "1-3, 7, 9-10" for sorted 0-based frame numbers, shown 1-based.
std::string frameList(const std::vector<int>& frames) {
  std::string text;
  for (std::size_t i = 0; i < frames.size();) {
    std::size_t j = i;
    while (j + 1 < frames.size() && frames[j + 1] == frames[j] + 1)
      ++j;
    if (!text.empty())
      text += ", ";
    text +=
        j == i ? std::to_string(frames[i] + 1) : fmt::format("{}-{}", frames[i] + 1, frames[j] + 1);
    i = j + 1;
  }
  return text;
}

// The frames `list` (sorted) of `file`, read one at a time, with the file's metadata.
ImageStack readFrames(const fs::path& file, const std::vector<int>& list,
                      const ReadOptions& options) {
  const auto opened = openFrameSource(file, options);
  FrameSource& source = *opened;
  ImageStack stack(int(list.size()), source.height(), source.width());
  for (std::size_t i = 0; i < list.size(); ++i)
    source.read(list[i], stack.frame(int(i)));
  stack.metadata() = source.metadata();
  return stack;
}

} // namespace

BudgetedStacks readStacksWithinBudget(const std::vector<fs::path>& files, std::size_t budgetBytes,
                                      std::uint64_t seed, const ReadOptions& options, int channel) {
  BudgetedStacks result;
  // The frames that count (all, or one channel's) and bytes per frame of each file (opening
  // reads the headers only; one file open at a time).
  std::vector<std::vector<int>> frames;
  std::vector<std::size_t> frameBytes;
  std::size_t total = 0;
  const auto named = [](const fs::path& file, const Error& e) {
    return Error(e.kind(), fmt::format("{}: {}", file.string(), e.what()));
  };
  for (const auto& file : files) {
    const auto source = openFrameSource(file, options);
    if (channel < 0) {
      frames.emplace_back(std::size_t(source->frames()));
      std::iota(frames.back().begin(), frames.back().end(), 0);
    } else {
      try {
        frames.push_back(framesOfChannel(source->geometry(), channel));
      } catch (const Error& e) {
        throw named(file, e);
      }
    }
    frameBytes.push_back(source->frameSize() * sizeof(float));
    total += frameBytes.back() * frames.back().size();
    result.framesInFiles += (long long)frames.back().size();
  }
  if (budgetBytes == 0 || total <= budgetBytes) {
    for (std::size_t i = 0; i < files.size(); ++i) {
      if (channel < 0) {
        result.stacks.push_back(readImageStack(files[i], options));
        continue;
      }
      // Only the channel's frames: the budget counted no others.
      ImageStack stack = readFrames(files[i], frames[i], options);
      stack.metadata().geometry.channels = 1;
      result.stacks.push_back(std::move(stack));
    }
    result.framesRead = result.framesInFiles;
    return result;
  }

  // Every (file, frame) pair once, in a random order; each file's first pair is taken whatever
  // the budget, the others while they fit.
  std::vector<std::pair<int, int>> pairs;
  for (std::size_t s = 0; s < files.size(); ++s)
    for (int f : frames[s])
      pairs.emplace_back(int(s), f);
  std::mt19937_64 random(seed);
  std::shuffle(pairs.begin(), pairs.end(), random);
  std::vector<std::vector<int>> chosen(files.size());
  std::size_t used = 0;
  for (const auto& [s, f] : pairs)
    if (chosen[std::size_t(s)].empty()) {
      chosen[std::size_t(s)].push_back(f);
      used += frameBytes[std::size_t(s)];
    }
  for (const auto& [s, f] : pairs) {
    auto& list = chosen[std::size_t(s)];
    const std::size_t bytes = frameBytes[std::size_t(s)];
    if (list.front() == f || used + bytes > budgetBytes)
      continue;
    list.push_back(f);
    used += bytes;
  }

  for (std::size_t s = 0; s < files.size(); ++s) {
    std::vector<int>& list = chosen[s];
    std::sort(list.begin(), list.end());
    ImageStack stack = readFrames(files[s], list, options);
    if (list.size() < frames[s].size())
      stack.metadata().warnings.push_back(fmt::format(
          "{} of {} frames read to stay within the memory budget of {:.3g} MiB: {}", list.size(),
          frames[s].size(), double(budgetBytes) / 1048576.0, frameList(list)));
    result.framesRead += stack.frames();
    result.stacks.push_back(std::move(stack));
  }
  return result;
}

} // namespace pgd
