// `--shard K/N|slurm` of denoise and fit-noise: the shares of all K together give exactly the
// outputs of one run, bit for bit; empty shares, bad values and unset Slurm variables.
#include "CliTest.h"

#include <cstdlib>
#include <map>
#include <set>

namespace pgd::test {
namespace {
namespace fs = std::filesystem;

class ShardCliTest : public CliTest {
protected:
  // The regular files in `folder` by name, with their bytes.
  static std::map<std::string, std::string> filesIn(const fs::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::directory_iterator(folder))
      if (e.is_regular_file())
        files[e.path().filename().string()] = readBytes(e.path());
    return files;
  }
};

// Sets the Slurm job array variables for one test and removes them again.
class SlurmArrayEnvironment {
public:
  SlurmArrayEnvironment(const std::map<std::string, std::string>& variables) {
    for (const auto& [name, value] : variables) {
      ::setenv(name.c_str(), value.c_str(), 1);
      m_names.push_back(name);
    }
  }
  ~SlurmArrayEnvironment() {
    for (const auto& name : m_names)
      ::unsetenv(name.c_str());
  }

private:
  std::vector<std::string> m_names;
};

TEST_F(ShardCliTest, SharesOfAllShardsGiveTheOutputsOfOneRun) {
  trainTinyModel("tiny");
  fs::create_directories(path("in"));
  for (int i = 0; i < 5; ++i)
    writeImage("in/cell" + std::to_string(i) + ".tif", noisyImage(64, 1, {0.02, 1e-3}, 10 + i),
               true);
  fs::create_directories(path("one"));
  fs::create_directories(path("shards"));
  const CliResult whole = run({"denoise", "-m", "tiny", "--device", "cpu", "-O",
                               path("one").string(), path("in").string()});
  ASSERT_EQ(whole.code, 0) << whole.err;
  const auto expected = filesIn(path("one"));
  ASSERT_EQ(expected.size(), 10u); // _denoised.tif and _noise.csv per input

  // Shard 1 gets the files one by one in reverse order, shard 2 the folder: the shares follow
  // the sorted paths, not the order given.
  std::vector<std::string> reversed = {
      "denoise", "-m", "tiny", "--device", "cpu", "--shard", "1/2", "-O", path("shards").string()};
  for (int i = 4; i >= 0; --i)
    reversed.push_back(path("in/cell" + std::to_string(i) + ".tif").string());
  const CliResult first = run(reversed);
  ASSERT_EQ(first.code, 0) << first.err;
  EXPECT_NE(first.err.find("shard 1/2: 3 of 5 inputs"), std::string::npos) << first.err;
  EXPECT_EQ(filesIn(path("shards")).size(), 6u);
  EXPECT_TRUE(fs::exists(path("shards/cell0_denoised.tif")));
  EXPECT_TRUE(fs::exists(path("shards/cell2_denoised.tif")));
  EXPECT_TRUE(fs::exists(path("shards/cell4_denoised.tif")));

  const CliResult second = run({"denoise", "-m", "tiny", "--device", "cpu", "--shard", "2/2", "-O",
                                path("shards").string(), path("in").string()});
  ASSERT_EQ(second.code, 0) << second.err;
  EXPECT_NE(second.err.find("shard 2/2: 2 of 5 inputs"), std::string::npos) << second.err;
  EXPECT_EQ(filesIn(path("shards")), expected);
}

TEST_F(ShardCliTest, EmptyShareIsNotAnError) {
  fs::create_directories(path("in"));
  for (int i = 0; i < 2; ++i)
    writeImage("in/cell" + std::to_string(i) + ".tif", noisyImage(64, 1, {0.02, 1e-3}, 3), true);
  const auto before = snapshot(dir());
  // No model is needed: a process with nothing to do stops before loading it.
  const CliResult r =
      run({"denoise", "-m", "no-such-model", "--shard", "3/3", path("in").string()});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("shard 3/3: 0 of 2 inputs (nothing to do for this shard)"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(snapshot(dir()), before);
}

TEST_F(ShardCliTest, OutputClashesFailInEveryShard) {
  // a/cell.tif and b/cell.tif would both write out/cell_denoised.tif; they fall into different
  // shards, and each shard still refuses the run as one process would.
  fs::create_directories(path("a"));
  fs::create_directories(path("b"));
  fs::create_directories(path("out"));
  writeImage("a/cell.tif", noisyImage(64, 1, {0.02, 1e-3}, 3), true);
  writeImage("b/cell.tif", noisyImage(64, 1, {0.02, 1e-3}, 4), true);
  for (const char* shard : {"1/2", "2/2"}) {
    const CliResult r = run({"denoise", "-m", "no-such-model", "--shard", shard, "-O",
                             path("out").string(), path("a").string(), path("b").string()});
    expectError(r, 5, "two inputs would write the same output");
  }
  EXPECT_TRUE(fs::is_empty(path("out")));
}

TEST_F(ShardCliTest, SlurmShardReadsTheJobArrayVariables) {
  fs::create_directories(path("in"));
  for (int i = 0; i < 3; ++i)
    writeImage("in/cell" + std::to_string(i) + ".tif", noisyImage(64, 1, {0.02, 1e-3}, 5 + i),
               true);
  std::set<std::string> files;
  // --array=0-1: task 0 is shard 1/2, task 1 shard 2/2.
  for (const char* id : {"0", "1"}) {
    const SlurmArrayEnvironment slurm({{"SLURM_ARRAY_TASK_ID", id},
                                       {"SLURM_ARRAY_TASK_MIN", "0"},
                                       {"SLURM_ARRAY_TASK_MAX", "1"},
                                       {"SLURM_ARRAY_TASK_COUNT", "2"}});
    const CliResult r =
        run({"fit-noise", "--foi", "--format", "csv", "--shard", "slurm", path("in").string()});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(
        r.err.find(std::string("shard ") + (id[0] == '0' ? "1/2: 2" : "2/2: 1") + " of 3 inputs"),
        std::string::npos)
        << r.err;
    for (int i = 0; i < 3; ++i) {
      const std::string name = "cell" + std::to_string(i) + ".tif";
      if (r.out.find(name) != std::string::npos) {
        EXPECT_TRUE(files.insert(name).second) << name << " fitted by two shards";
      }
    }
  }
  EXPECT_EQ(files.size(), 3u);
}

TEST_F(ShardCliTest, SlurmShardOutsideAJobArrayIsAUsageError) {
  writeImage("cells.tif", noisyImage(64, 1, {0.02, 1e-3}, 3), true);
  ::unsetenv("SLURM_ARRAY_TASK_ID");
  const CliResult r =
      run({"denoise", "-m", "no-such-model", "--shard", "slurm", path("cells.tif").string()});
  expectError(r, 2, "--shard slurm: SLURM_ARRAY_TASK_ID is not set");
  EXPECT_FALSE(fs::exists(path("cells_denoised.tif")));
}

} // namespace
} // namespace pgd::test
