#include "image/InputShard.h"

#include "job/Error.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <numeric>

namespace pgd {
namespace fs = std::filesystem;
namespace {

// A whole, non-negative decimal number that fits an int; nothing else (no sign, no spaces).
std::optional<int> wholeNumber(const std::string& text) {
  int value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || text.front() == '-' || ec != std::errc() || ptr != end)
    return std::nullopt;
  return value;
}

int slurmNumber(const InputShard::Environment& environment, const std::string& name) {
  const auto value = environment(name);
  if (!value)
    throw Error(ErrorKind::Usage,
                fmt::format("--shard slurm: {} is not set; run inside a Slurm job array "
                            "(sbatch --array=1-N) or give --shard K/N",
                            name));
  const auto number = wholeNumber(*value);
  if (!number)
    throw Error(ErrorKind::Usage,
                fmt::format("--shard slurm: {}='{}' is not a whole number", name, *value));
  return *number;
}

InputShard fromSlurm(const InputShard::Environment& environment) {
  const int id = slurmNumber(environment, "SLURM_ARRAY_TASK_ID");
  const int min = slurmNumber(environment, "SLURM_ARRAY_TASK_MIN");
  const int count = slurmNumber(environment, "SLURM_ARRAY_TASK_COUNT");
  if (count < 1 || id < min || id - min >= count)
    throw Error(ErrorKind::Usage,
                fmt::format("--shard slurm: task id {} is not among the {} tasks from {} "
                            "(SLURM_ARRAY_TASK_ID, _MIN, _COUNT disagree)",
                            id, count, min));
  // A stepped or listed array (--array=0-15:4, --array=1,5,9) has gaps: K = ID - MIN + 1 would
  // then leave shares unprocessed, so refuse it.
  if (environment("SLURM_ARRAY_TASK_MAX")) {
    const int max = slurmNumber(environment, "SLURM_ARRAY_TASK_MAX");
    if (max - min + 1 != count)
      throw Error(ErrorKind::Usage,
                  fmt::format("--shard slurm: the array {}-{} has {} tasks, not {}; use a "
                              "contiguous array such as --array={}-{}",
                              min, max, count, max - min + 1, min, min + count - 1));
  }
  return InputShard(id - min + 1, count);
}

} // namespace

InputShard::InputShard(int index, int count) : m_index(index), m_count(count) {
  if (count < 1 || index < 1 || index > count)
    throw Error(ErrorKind::Usage,
                fmt::format("--shard {}/{}: K must be 1..N and N at least 1 (shards are "
                            "numbered from 1)",
                            index, count));
}

InputShard InputShard::parse(const std::string& text, const Environment& environment) {
  if (text == "slurm")
    return fromSlurm(environment);
  const auto slash = text.find('/');
  const auto index = slash == std::string::npos ? std::nullopt : wholeNumber(text.substr(0, slash));
  const auto count =
      slash == std::string::npos ? std::nullopt : wholeNumber(text.substr(slash + 1));
  if (!index || !count)
    throw Error(ErrorKind::Usage,
                fmt::format("--shard '{}': expected K/N (e.g. 2/8, K from 1 to N) or slurm", text));
  return InputShard(*index, *count);
}

std::string InputShard::toString() const {
  return fmt::format("{}/{}", m_index, m_count);
}

std::vector<fs::path> InputShard::select(const std::vector<fs::path>& files) const {
  // Sort on the resolved absolute path so that "a.tif", "./a.tif" and a symlinked folder give
  // the same key on every node; ties (the same file twice) keep their given order.
  std::vector<std::string> keys;
  keys.reserve(files.size());
  for (const auto& file : files) {
    std::error_code ec;
    fs::path key = fs::weakly_canonical(fs::absolute(file), ec);
    keys.push_back(ec ? fs::absolute(file).lexically_normal().string() : key.string());
  }
  std::vector<std::size_t> order(files.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t l, std::size_t r) { return keys[l] < keys[r]; });
  std::vector<fs::path> share;
  for (std::size_t i = std::size_t(m_index - 1); i < order.size(); i += std::size_t(m_count))
    share.push_back(files[order[i]]);
  return share;
}

} // namespace pgd
