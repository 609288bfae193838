// InputShard: the share of the inputs one of N processes takes (`--shard K/N`, Slurm arrays).
#include "image/InputShard.h"
#include "job/Error.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

namespace pgd {
namespace {
namespace fs = std::filesystem;

std::vector<fs::path> manyFiles(int n) {
  std::vector<fs::path> files;
  for (int i = 0; i < n; ++i)
    files.push_back(fs::path("/data/run") / ("cell" + std::to_string(i) + ".tif"));
  return files;
}

InputShard::Environment environmentOf(std::map<std::string, std::string> variables) {
  return [variables](const std::string& name) -> std::optional<std::string> {
    const auto it = variables.find(name);
    if (it == variables.end())
      return std::nullopt;
    return it->second;
  };
}

const InputShard::Environment noEnvironment = environmentOf({});

// Runs `body` and returns the message of the pgd::Error it throws, checking its kind is Usage.
template <typename Body> std::string usageErrorOf(Body body) {
  try {
    body();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage) << e.what();
    return e.what();
  }
  ADD_FAILURE() << "no error thrown";
  return {};
}

TEST(InputShard, SharesAreDisjointAndCoverEveryFileOnce) {
  for (int files : {0, 1, 5, 17}) {
    for (int n : {1, 2, 3, 4, 8, 20}) {
      const auto all = manyFiles(files);
      std::multiset<fs::path> seen;
      std::size_t smallest = all.size(), largest = 0;
      for (int k = 1; k <= n; ++k) {
        const auto share = InputShard(k, n).select(all);
        seen.insert(share.begin(), share.end());
        smallest = std::min(smallest, share.size());
        largest = std::max(largest, share.size());
      }
      EXPECT_EQ(seen, std::multiset<fs::path>(all.begin(), all.end()))
          << files << " files, " << n << " shards";
      EXPECT_LE(largest - std::min(smallest, largest), 1u) << files << " files, " << n;
    }
  }
}

TEST(InputShard, ShareDoesNotDependOnTheOrderOfTheInputs) {
  auto all = manyFiles(23);
  std::vector<std::vector<fs::path>> before;
  for (int k = 1; k <= 4; ++k)
    before.push_back(InputShard(k, 4).select(all));
  std::mt19937 rng(7);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(all.begin(), all.end(), rng);
    for (int k = 1; k <= 4; ++k)
      EXPECT_EQ(InputShard(k, 4).select(all), before[std::size_t(k - 1)]) << "shard " << k;
  }
}

TEST(InputShard, RelativeAndAbsoluteSpellingsOfAPathSortAlike) {
  // Shard 1/2 takes the first of the two files in path order, however they are spelled.
  const fs::path cwd = fs::current_path();
  const std::vector<fs::path> relative = {"zeta.tif", "./alpha.tif"};
  const std::vector<fs::path> absolute = {cwd / "zeta.tif", cwd / "alpha.tif"};
  EXPECT_EQ(InputShard(1, 2).select(relative), std::vector<fs::path>{"./alpha.tif"});
  EXPECT_EQ(InputShard(1, 2).select(absolute), std::vector<fs::path>{cwd / "alpha.tif"});
  EXPECT_EQ(InputShard(2, 2).select(relative), std::vector<fs::path>{"zeta.tif"});
}

TEST(InputShard, WholeInputIsOneShard) {
  const auto all = manyFiles(3);
  EXPECT_TRUE(InputShard().whole());
  EXPECT_EQ(InputShard().select(all), all);
}

TEST(InputShard, ParsesKOverN) {
  const InputShard shard = InputShard::parse("3/8", noEnvironment);
  EXPECT_EQ(shard.index(), 3);
  EXPECT_EQ(shard.count(), 8);
  EXPECT_EQ(shard.toString(), "3/8");
  EXPECT_EQ(InputShard::parse("1/1", noEnvironment).count(), 1);
}

TEST(InputShard, RefusesBadKOverN) {
  for (const std::string text : {"0/4", "5/4", "1/0", "4", "", "a/b", "-1/3", "1/-3", " 1/2",
                                 "1/2 ", "1.0/2", "2/", "/2", "1/2/3", "99999999999/1"}) {
    const std::string message = usageErrorOf([&] { InputShard::parse(text, noEnvironment); });
    EXPECT_NE(message.find("--shard"), std::string::npos) << text << ": " << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << text;
  }
  EXPECT_NE(usageErrorOf([] { InputShard::parse("0/4", noEnvironment); }).find("numbered from 1"),
            std::string::npos);
}

TEST(InputShard, ReadsTheSlurmArrayVariables) {
  // --array=1-8, task 3
  InputShard shard = InputShard::parse("slurm", environmentOf({{"SLURM_ARRAY_TASK_ID", "3"},
                                                               {"SLURM_ARRAY_TASK_MIN", "1"},
                                                               {"SLURM_ARRAY_TASK_MAX", "8"},
                                                               {"SLURM_ARRAY_TASK_COUNT", "8"}}));
  EXPECT_EQ(shard.toString(), "3/8");
  // --array=0-7, task 0: the first shard
  shard = InputShard::parse("slurm", environmentOf({{"SLURM_ARRAY_TASK_ID", "0"},
                                                    {"SLURM_ARRAY_TASK_MIN", "0"},
                                                    {"SLURM_ARRAY_TASK_COUNT", "8"}}));
  EXPECT_EQ(shard.toString(), "1/8");
  // --array=10-13, last task
  shard = InputShard::parse("slurm", environmentOf({{"SLURM_ARRAY_TASK_ID", "13"},
                                                    {"SLURM_ARRAY_TASK_MIN", "10"},
                                                    {"SLURM_ARRAY_TASK_MAX", "13"},
                                                    {"SLURM_ARRAY_TASK_COUNT", "4"}}));
  EXPECT_EQ(shard.toString(), "4/4");
}

TEST(InputShard, RefusesMissingOrInconsistentSlurmVariables) {
  const std::map<std::string, std::string> good = {{"SLURM_ARRAY_TASK_ID", "2"},
                                                   {"SLURM_ARRAY_TASK_MIN", "1"},
                                                   {"SLURM_ARRAY_TASK_MAX", "4"},
                                                   {"SLURM_ARRAY_TASK_COUNT", "4"}};
  for (const std::string name :
       {"SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_COUNT"}) {
    auto missing = good;
    missing.erase(name);
    const std::string message =
        usageErrorOf([&] { InputShard::parse("slurm", environmentOf(missing)); });
    EXPECT_NE(message.find(name + " is not set"), std::string::npos) << message;
  }
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"SLURM_ARRAY_TASK_ID", "5"},    // past the last task
      {"SLURM_ARRAY_TASK_ID", "0"},    // before the first
      {"SLURM_ARRAY_TASK_ID", "two"},  // not a number
      {"SLURM_ARRAY_TASK_COUNT", "0"}, // no tasks
      {"SLURM_ARRAY_TASK_MAX", "7"},   // --array=1-7:2 (a stepped array has gaps)
      {"SLURM_ARRAY_TASK_MIN", ""},
  };
  for (const auto& [name, value] : bad) {
    auto variables = good;
    variables[name] = value;
    const std::string message =
        usageErrorOf([&] { InputShard::parse("slurm", environmentOf(variables)); });
    EXPECT_NE(message.find("--shard slurm"), std::string::npos) << name << "=" << value;
    EXPECT_EQ(message.find('\n'), std::string::npos);
  }
}

} // namespace
} // namespace pgd
