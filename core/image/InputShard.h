#pragma once
// InputShard: which share of the input files one of N cooperating processes takes (the
// `--shard K/N` option of `denoise` and `fit-noise`, and Slurm job arrays; docs/CLUSTER.md).
// Shards are numbered from 1: K is 1..N. The rule: the files are sorted by their absolute,
// symlink-resolved path, and shard K takes the files at sorted positions K-1, K-1+N, K-1+2N, ...
// So the N shares are disjoint, together cover every file exactly once, differ in size by at
// most one, and depend only on the set of files, never on the order they were given in.
// Safe from any thread.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pgd {

class InputShard {
public:
  // Reads one environment variable; empty optional when it is not set.
  using Environment = std::function<std::optional<std::string>(const std::string& name)>;

  // The whole input as one shard (1/1).
  InputShard() = default;
  // Throws Error(Usage) unless 1 <= index <= count.
  InputShard(int index, int count);

  // "K/N" (1-based), or "slurm": K and N from the Slurm job array variables
  // SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT (K = ID - MIN + 1, so
  // arrays such as 0-7 and 1-8 both work), checked against SLURM_ARRAY_TASK_MAX when set: the
  // array must be contiguous. Throws Error(Usage) with one line for anything else, for missing
  // or non-numeric variables and for inconsistent ones.
  static InputShard parse(const std::string& text, const Environment& environment);

  int index() const { return m_index; }
  int count() const { return m_count; }
  bool whole() const { return m_count == 1; }
  std::string toString() const;

  // This shard's files, in sorted order (see the rule above). Duplicates are not removed.
  std::vector<std::filesystem::path> select(const std::vector<std::filesystem::path>& files) const;

private:
  int m_index = 1;
  int m_count = 1;
};

} // namespace pgd
