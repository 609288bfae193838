// Faults: SIGKILL the real `pgdenoise train` process while it writes checkpoints (the
// moment chosen through inotify: as the temporary folder appears, as the old model is swapped
// out, or after a delay) and check the model store is always consistent: the model listed is
// loadable and denoises, no half-written model is listed, and no temporaries are left once the
// store is used again.
#include "CliTest.h"

#include "store/ModelStore.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <poll.h>
#include <spawn.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <thread>

extern char** environ;

namespace pgd::test {
namespace {
namespace fs = std::filesystem;

using KillDuringTrainingTest = CliTest;

enum class KillWhen { WritingTemporary, SwappedOut, AfterDelay };

// Blocks until a file named with `marker` is created in or moved into `folder` (inotify), or
// `timeoutMs` passes; returns whether it happened.
bool waitForEntry(int inotifyFd, const std::string& marker, int timeoutMs) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
  alignas(inotify_event) char buffer[8192];
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{inotifyFd, POLLIN, 0};
    if (::poll(&p, 1, 50) <= 0)
      continue;
    const ssize_t n = ::read(inotifyFd, buffer, sizeof buffer);
    for (ssize_t at = 0; at < n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
      if (event->len > 0 && std::string(event->name).find(marker) != std::string::npos)
        return true;
      at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
    }
  }
  return false;
}

pid_t spawnTraining(const std::string& image, const std::string& extra, const std::string& log) {
  // A tiny network validating every 2 steps and checkpointing at every improvement: saves follow
  // each other within milliseconds, so the kills below land before, during and between them.
  const std::string command = std::string("exec '") + PGD_CLI_BINARY +
                              "' --progress=lines train '" + image +
                              "' --name killed --width 4 --crop 32 --batch 2 --steps 1000000 "
                              "--steps-per-epoch 2 --early-stop 0 --checkpoint-every 0 --device "
                              "cpu " +
                              extra + " 2> '" + log + "'";
  const char* argv[] = {"sh", "-c", command.c_str(), nullptr};
  pid_t pid = 0;
  if (::posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ) != 0)
    return -1;
  return pid;
}

TEST_F(KillDuringTrainingTest, SigkillAtAnyMomentLeavesTheLastCheckpointLoadable) {
  writeImage("train.tif", noisyImage(128, 1, {0.02, 1e-3}), true);
  writeImage("cells.tif", noisyImage(64, 1, {0.02, 1e-3}, 9), true);
  const fs::path models = path("models");
  const fs::path modelJson = models / "killed" / "model.json";
  const std::string log = path("train.log").string();

  // Later rounds replace an existing model (--overwrite), which also exercises the swap-out /
  // swap-in path of the save.
  fs::create_directories(models);
  int interruptedSaves = 0;
  for (int round = 0; round < 12; ++round) {
    const KillWhen when = round == 0 || round % 3 == 1 ? KillWhen::WritingTemporary
                          : round % 3 == 2             ? KillWhen::SwappedOut
                                                       : KillWhen::AfterDelay;
    SCOPED_TRACE("round " + std::to_string(round));
    const std::string before = fs::exists(modelJson) ? readBytes(modelJson) : std::string();
    const int watch = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    ASSERT_GE(watch, 0);
    ASSERT_GE(::inotify_add_watch(watch, models.c_str(), IN_CREATE | IN_MOVED_TO), 0);
    const pid_t pid =
        spawnTraining(path("train.tif").string(), round > 0 ? "--overwrite" : "", log);
    ASSERT_GT(pid, 0);
    bool seen = false;
    if (when == KillWhen::WritingTemporary)
      seen = waitForEntry(watch, ".killed.pgd-saving-", 30000);
    else if (when == KillWhen::SwappedOut)
      seen = waitForEntry(watch, ".killed.pgd-old-", 30000);
    else
      for (int i = 0; i < 1200 && !seen; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
        seen = fs::exists(modelJson) && readBytes(modelJson) != before;
      }
    if (when == KillWhen::AfterDelay)
      std::this_thread::sleep_for(std::chrono::milliseconds(17 * round));
    ::kill(pid, SIGKILL);
    ::close(watch);
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(seen) << readBytes(log);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << readBytes(log);

    // What the kill left on disk, before anyone tidies it.
    for (const auto& entry : fs::directory_iterator(models))
      if (entry.path().filename().string().front() == '.') {
        ++interruptedSaves;
        break;
      }

    // The store as the next user of it sees it: the model is listed only when complete.
    ModelStore store(models);
    const auto entries = store.list();
    if (before.empty() && entries.empty())
      continue; // killed while writing the first checkpoint ever: nothing to list yet
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].name, "killed");
    EXPECT_TRUE(entries[0].problem.empty()) << entries[0].problem;
    const Model model = store.load("killed");
    EXPECT_EQ(model.info().stopReason.rfind("checkpoint: best so far at step ", 0), 0u)
        << model.info().stopReason;
    EXPECT_GT(model.info().steps, 0);
    for (const auto& entry : fs::directory_iterator(models))
      EXPECT_EQ(entry.path().filename().string(), "killed") << "left behind";
  }
  // Most kills above interrupt a save; at least some must have, or the test proved nothing.
  EXPECT_GE(interruptedSaves, 3);

  // The checkpoint is a real model: it denoises and `models list` shows it without a problem.
  fs::create_directory(path("out"));
  const CliResult denoised =
      run({"denoise", "-m", "killed", path("cells.tif").string(), "-O", path("out").string()});
  ASSERT_EQ(denoised.code, 0) << denoised.err;
  EXPECT_TRUE(fs::exists(path("out/cells_denoised.tif")));
  const CliResult listed = run({"models", "list"});
  ASSERT_EQ(listed.code, 0) << listed.err;
  EXPECT_NE(listed.out.find("killed"), std::string::npos) << listed.out;
}

TEST_F(KillDuringTrainingTest, ACompletedRunReplacesItsCheckpointsWithTheFinalModel) {
  writeImage("train.tif", noisyImage(128, 1, {0.02, 1e-3}), true);
  const CliResult r = run({"--quiet", "train", path("train.tif").string(), "--name", "done",
                           "--width", "4", "--crop", "32", "--batch", "2", "--steps", "12",
                           "--steps-per-epoch", "2", "--checkpoint-every", "0", "--device", "cpu"});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto info = nlohmann::json::parse(readBytes(path("models/done/model.json")));
  EXPECT_EQ(info.at("stopReason"), "step limit");
  EXPECT_EQ(info.at("steps"), 12);
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(path("models")))
    ++entries;
  EXPECT_EQ(entries, 1);
}

} // namespace
} // namespace pgd::test
