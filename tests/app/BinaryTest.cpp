// Runs the real pgdenoise executable (not runCli in-process): exit status and stdout/stderr as a
// shell sees them.
#include "CliTest.h"

#include <cstdio>
#include <sys/wait.h>

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

} // namespace
} // namespace pgd::test
