// Output problems give exit code 5, one line naming the file, no partial outputs and no change
// to anything already on disk: missing or non-folder output folder, a read-only folder, a full
// disk. As root, permissions do not stop writes, so the read-only folder and the full disk are
// real mounts (a read-only tmpfs and a 64 KiB tmpfs); other users get a chmod 0555 folder and a
// file-size limit (RLIMIT_FSIZE) that makes writes fail with EFBIG like a full disk.
#include "CliTest.h"
#include "FileSizeLimit.h"

#include <nlohmann/json.hpp>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

namespace pgd::test {
namespace {
namespace fs = std::filesystem;

class OutputFailureTest : public CliTest {
protected:
  void TearDown() override {
    for (const auto& m : m_mounts)
      ::umount2(m.c_str(), MNT_DETACH);
    CliTest::TearDown();
  }

  bool mountTmpfs(const fs::path& where, unsigned long flags, const char* options) {
    fs::create_directories(where);
    if (::mount("tmpfs", where.c_str(), "tmpfs", flags, options) != 0)
      return false;
    m_mounts.push_back(where);
    return true;
  }

  // Makes `folder` unwritable for the current user; returns false when that is impossible
  // (root without the right to mount), in which case writes there succeed.
  bool makeReadOnly(const fs::path& folder, const std::string& seedFile) {
    if (::geteuid() == 0) {
      if (!mountTmpfs(folder, 0, "size=1m"))
        return false;
      writeBytes(folder / seedFile, "existing");
      return ::mount(nullptr, folder.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }
    fs::create_directories(folder);
    writeBytes(folder / seedFile, "existing");
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
    return true;
  }

  std::vector<fs::path> m_mounts;
};

TEST_F(OutputFailureTest, OutputFolderMissingOrNotAFolder) {
  writeImage("clean.tif", cleanImage(64));
  const auto before = snapshot(dir());
  expectError(run({"simulate", path("clean.tif").string(), "-o", path("nowhere/n.tif").string(),
                   "--sigma", "5"}),
              5, "nowhere");
  writeBytes(path("afile"), "x");
  expectError(run({"simulate", path("clean.tif").string(), "-o", path("afile/n.tif").string(),
                   "--sigma", "5"}),
              5, "afile");
  expectError(
      run({"denoise", "-m", "m", path("clean.tif").string(), "-O", path("nowhere").string()}), 5,
      "nowhere");
  expectError(run({"denoise", "-m", "m", path("clean.tif").string(), "-O", path("afile").string()}),
              5, "afile");
  expectError(run({"sample", path("afile").string()}), 5, "afile");
  fs::remove(path("afile"));
  EXPECT_EQ(snapshot(dir()), before);
}

TEST_F(OutputFailureTest, NeverWritesOverItsInput) {
  writeImage("clean.tif", cleanImage(64));
  const std::string bytes = readBytes(path("clean.tif"));
  expectError(run({"simulate", path("clean.tif").string(), "-o", path("clean.tif").string(),
                   "--sigma", "5", "--overwrite"}),
              5, "input");
  EXPECT_EQ(readBytes(path("clean.tif")), bytes);
}

TEST_F(OutputFailureTest, ReadOnlyOutputFolder) {
  writeImage("clean.tif", cleanImage(64));
  const fs::path ro = path("readonly");
  const bool readOnly = makeReadOnly(ro, "keep.txt");
  const CliResult r =
      run({"simulate", path("clean.tif").string(), "-o", (ro / "n.tif").string(), "--sigma", "5"});
  if (readOnly) {
    expectError(r, 5, "not writable");
    EXPECT_FALSE(fs::exists(ro / "n.tif"));
  } else {
    ASSERT_EQ(::geteuid(), 0u) << "only root without mount rights can write here";
    EXPECT_EQ(r.code, 0) << "root ignores permissions: " << r.err;
  }
  EXPECT_EQ(readBytes(ro / "keep.txt"), "existing");
}

TEST_F(OutputFailureTest, FullDiskLeavesNoPartialFiles) {
  const fs::path small = path("small");
  const bool tmpfs = ::geteuid() == 0 && mountTmpfs(small, 0, "size=64k");
  if (!tmpfs)
    fs::create_directories(small);
  writeBytes(small / "keep.txt", "existing");
  const auto before = snapshot(small);
  CliResult sim, sample;
  {
    std::unique_ptr<FileSizeLimit> limit;
    if (!tmpfs)
      limit = std::make_unique<FileSizeLimit>(64 * 1024);
    // 256 x 256 float32 = 256 KiB, four times what fits.
    sim = run({"simulate", "--phantom", "--size", "256", "--a", "0.01", "--b", "0.001", "-o",
               (small / "noisy.tif").string()});
    sample = run({"sample", "--size", "256", "--frames", "2", small.string()});
  }
  expectError(sim, 5, "noisy.tif");
  EXPECT_EQ(sample.code, 5) << sample.err;
  EXPECT_EQ(snapshot(small), before) << "a partial or temporary file was left behind";
}

TEST_F(OutputFailureTest, FullDiskDuringDenoiseRemovesThatInputsOutputs) {
  writeImage("train.tif", noisyImage(128, 1, {0.02, 1e-3}), true);
  ASSERT_EQ(run({"--quiet", "train", path("train.tif").string(), "--name", "tiny", "--width", "4",
                 "--crop", "32", "--batch", "2", "--steps", "2", "--steps-per-epoch", "2"})
                .code,
            0);
  writeImage("cells.tif", noisyImage(96, 2, {0.02, 1e-3}), true);
  const fs::path small = path("small");
  const bool tmpfs = ::geteuid() == 0 && mountTmpfs(small, 0, "size=128k");
  if (!tmpfs)
    fs::create_directories(small);
  writeBytes(small / "keep.txt", "existing");
  const auto before = snapshot(small);
  CliResult r;
  {
    std::unique_ptr<FileSizeLimit> limit;
    if (!tmpfs)
      limit = std::make_unique<FileSizeLimit>(40 * 1024);
    // Each 96 x 96 x 2 float32 output is 72 KiB: on the 128 KiB tmpfs the first fits and the
    // second does not, so the first must be removed again.
    r = run({"denoise", "-m", "tiny", path("cells.tif").string(), "--mu", "--uncertainty", "-O",
             small.string()});
  }
  expectError(r, 5, "cells_");
  EXPECT_EQ(snapshot(small), before);
}

TEST_F(OutputFailureTest, FullDiskWhileSavingAModelListsNoHalfModel) {
  writeImage("train.tif", noisyImage(128, 1, {0.02, 1e-3}), true);
  const fs::path small = path("small");
  // The tiny model's weights.pt is about 48 KiB.
  const bool tmpfs = ::geteuid() == 0 && mountTmpfs(small, 0, "size=16k");
  if (!tmpfs)
    fs::create_directories(small);
  writeBytes(small / "keep.txt", "existing");
  const auto before = snapshot(small);
  ::setenv("PGD_MODEL_DIR", (small / "models").c_str(), 1);
  CliResult r;
  {
    std::unique_ptr<FileSizeLimit> limit;
    if (!tmpfs)
      limit = std::make_unique<FileSizeLimit>(16 * 1024);
    r = run({"--quiet", "train", path("train.tif").string(), "--name", "tiny", "--width", "4",
             "--crop", "32", "--batch", "2", "--steps", "2", "--steps-per-epoch", "2"});
  }
  expectError(r, 5, "tiny");
  EXPECT_EQ(snapshot(small), before);
  // Only the built-in base model: the failed run left no model behind.
  const auto list = nlohmann::json::parse(run({"models", "list", "--format", "json"}).out);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].at("built_in"), "yes");
}

} // namespace
} // namespace pgd::test
