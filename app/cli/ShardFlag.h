#pragma once
// ShardFlag: the `--shard K/N|slurm` option of `denoise` and `fit-noise`: several processes (a
// Slurm job array, docs/CLUSTER.md) each take a disjoint share of the expanded input list (the
// rule is in core/image/InputShard.h). Register with add(), then pick() after parsing; pick()
// reads the Slurm variables from the process environment. Main thread only.
#include "cli/CliContext.h"
#include "image/InputShard.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace pgd {

class ShardFlag {
public:
  void add(CLI::App& app);
  bool given() const { return !m_text.empty(); }
  // This process's share of `files` (all of them without --shard), with a note "shard K/N: X of
  // Y inputs". Throws Error(Usage) for a bad --shard value or missing/inconsistent Slurm
  // variables.
  std::vector<std::filesystem::path> pick(const std::vector<std::filesystem::path>& files,
                                          const CliContext& context) const;

private:
  std::string m_text;
};

} // namespace pgd
