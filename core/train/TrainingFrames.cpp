#include "train/TrainingFrames.h"

#include "job/Error.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <filesystem>

namespace pgd::training {

std::string sourceName(const ImageStack& stack, std::size_t index) {
  return stack.metadata().sourcePath.empty() ? fmt::format("image {}", index + 1)
                                             : stack.metadata().sourcePath;
}

Normalization combinedNormalization(const std::vector<ImageStack>& data) {
  Normalization n = Normalization::fromData(data.front());
  double lo = n.offset;
  double hi = n.offset + n.scale;
  for (std::size_t i = 1; i < data.size(); ++i) {
    const auto m = Normalization::fromData(data[i]);
    lo = std::min(lo, m.offset);
    hi = std::max(hi, m.offset + m.scale);
  }
  return {hi - lo > 0.0 ? hi - lo : 1.0, lo};
}

Frames prepareFrames(const std::vector<ImageStack>& data, const Normalization& norm) {
  Frames frames;
  std::string firstConstant; // the error when every frame is constant
  for (std::size_t s = 0; s < data.size(); ++s) {
    const auto& stack = data[s];
    if (stack.empty())
      throw Error(ErrorKind::Input, sourceName(stack, s) + ": image is empty");
    if (const auto bad = stack.nonFiniteCount())
      throw Error(ErrorKind::Input,
                  fmt::format("{}: {} NaN or infinite values", sourceName(stack, s), bad));
    for (int f = 0; f < stack.frames(); ++f) {
      const float* src = stack.frame(f);
      if (const auto value = constantValue(src, stack.frameSize())) {
        if (firstConstant.empty())
          firstConstant = fmt::format("{}: frame {} is constant ({}), nothing to learn",
                                      sourceName(stack, s), f + 1, *value);
        // The file's name alone: the note is read in a narrow panel.
        const std::string file = std::filesystem::path(sourceName(stack, s)).filename().string();
        frames.leftOut.push_back(fmt::format("{} frame {}", file, f + 1));
        continue;
      }
      std::vector<float> v(stack.frameSize());
      norm.toNormalised(src, v.size(), v.data());
      frames.values.push_back(std::move(v));
      frames.shapes.push_back({stack.height(), stack.width()});
    }
  }
  if (frames.values.empty() && !firstConstant.empty())
    throw Error(ErrorKind::Input, firstConstant);
  return frames;
}

std::string leftOutNote(const Frames& frames) {
  const std::size_t n = frames.leftOut.size();
  if (n == 0)
    return {};
  constexpr std::size_t kNamed = 3;
  std::vector<std::string> named(frames.leftOut.begin(),
                                 frames.leftOut.begin() + std::ptrdiff_t(std::min(n, kNamed)));
  if (n > kNamed)
    named.push_back(fmt::format("{} more", n - kNamed));
  return fmt::format("left out {} constant frame{} with nothing to learn: {}", n, n == 1 ? "" : "s",
                     fmt::join(named, ", "));
}

torch::Tensor extract(const Frames& frames, const Region& r) {
  auto t = torch::empty({r.height, r.width}, torch::kFloat32);
  float* dst = t.data_ptr<float>();
  const auto& src = frames.values[r.frame];
  const int w = frames.shapes[r.frame].width;
  for (int y = 0; y < r.height; ++y)
    std::copy_n(src.data() + static_cast<std::size_t>(r.y + y) * w + r.x, r.width,
                dst + static_cast<std::size_t>(y) * r.width);
  return t;
}

} // namespace pgd::training
