#include "cli/ShardFlag.h"

#include "cli/Plural.h"

#include <fmt/format.h>

#include <cstdlib>

namespace pgd {

void ShardFlag::add(CLI::App& app) {
  app.add_option("--shard", m_text,
                 "Process only share K of N (K from 1 to N) of the inputs, for running N copies "
                 "in parallel; `slurm` takes K and N from the Slurm job array "
                 "(SLURM_ARRAY_TASK_ID/_MIN/_COUNT). Shares follow the sorted input paths, so "
                 "every input is in exactly one share");
}

std::vector<std::filesystem::path> ShardFlag::pick(const std::vector<std::filesystem::path>& files,
                                                   const CliContext& context) const {
  if (!given())
    return files;
  const InputShard shard =
      InputShard::parse(m_text, [](const std::string& name) -> std::optional<std::string> {
        const char* value = std::getenv(name.c_str());
        if (value == nullptr)
          return std::nullopt;
        return std::string(value);
      });
  std::vector<std::filesystem::path> share = shard.select(files);
  context.note(fmt::format("shard {}: {} of {}{}", shard.toString(), share.size(),
                           countOf(long(files.size()), "input"),
                           share.empty() ? " (nothing to do for this shard)" : ""));
  return share;
}

} // namespace pgd
