// Runs the real pgdenoise executable (not runCli in-process): exit status and stdout/stderr as a
// shell sees them.
#include "CliTest.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>

extern char** environ;

namespace pgd::test {
namespace {

struct ProcessResult {
  int status = -1;
  std::string output;
};

ProcessResult runBinary(const std::string& args) {
  ProcessResult r;
  const std::string command = std::string("'") + PGD_CLI_BINARY + "' " + args + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe)
    return r;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
    r.output.append(buffer, n);
  const int status = ::pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

using BinaryTest = CliTest;

TEST_F(BinaryTest, TheExecutableRunsAndReturnsDocumentedCodes) {
  const ProcessResult version = runBinary("--version");
  EXPECT_EQ(version.status, 0) << version.output;
  EXPECT_EQ(version.output.rfind("pgdenoise ", 0), 0u) << version.output;

  const ProcessResult sim = runBinary("simulate --phantom --size 64 --a 0.01 --b 0.001 -o '" +
                                      path("n.tif").string() + "'");
  EXPECT_EQ(sim.status, 0) << sim.output;
  EXPECT_TRUE(std::filesystem::exists(path("n.tif")));

  const ProcessResult bad = runBinary("denoise --model m '" + path("missing.tif").string() + "'");
  EXPECT_EQ(bad.status, 3);
  EXPECT_EQ(bad.output,
            "pgdenoise: error: " + path("missing.tif").string() + ": no such file or folder\n");
  EXPECT_EQ(runBinary("--no-such-flag").status, 2);
}

TEST_F(BinaryTest, CtrlCOnTheProcessSavesTheBestModelAndExitsWith6) {
  writeImage("train.tif", noisyImage(128, 1, {0.02, 1e-3}), true);
  const std::string log = path("train.log").string();
  const std::string command =
      std::string("exec '") + PGD_CLI_BINARY + "' --progress=lines train '" +
      path("train.tif").string() +
      "' --name stopped --width 4 --crop 32 --batch 2 --steps 1000000 --steps-per-epoch 2 "
      "--early-stop 0 2> '" +
      log + "'";
  const char* argv[] = {"sh", "-c", command.c_str(), nullptr};
  pid_t pid = 0;
  ASSERT_EQ(::posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ), 0);
  // Wait until training reports steps (the handler is installed by then), then press Ctrl-C.
  for (int i = 0; i < 600 && readBytes(log).find("training step") == std::string::npos; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  ::kill(pid, SIGINT);
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status)) << readBytes(log);
  EXPECT_EQ(WEXITSTATUS(status), 6) << readBytes(log);
  EXPECT_NE(readBytes(log).find("pgdenoise: cancelled: "), std::string::npos) << readBytes(log);
  const auto info = nlohmann::json::parse(readBytes(path("models/stopped/model.json")));
  EXPECT_EQ(info.at("stopReason"), "cancelled");
  EXPECT_GE(info.at("steps").get<int>(), 1);
}

} // namespace
} // namespace pgd::test
