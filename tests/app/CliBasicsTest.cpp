// pgdenoise basics: help, version, usage errors and out-of-range values (exit code 2).
#include "CliTest.h"

#include "nn/Precision.h"
#include "nn/TorchRuntime.h"

#include <nlohmann/json.hpp>

namespace pgd::test {
namespace {

using CliBasicsTest = CliTest;

TEST_F(CliBasicsTest, HelpListsCommandsAndExitCodes) {
  const CliResult r = run({"--help"});
  EXPECT_EQ(r.code, 0);
  for (const char* word :
       {"train", "denoise", "fit-noise", "simulate", "eval", "models", "bench", "sample", "gui",
        "--version", "--progress", "--quiet", "Exit codes", "6  cancelled"})
    EXPECT_NE(r.out.find(word), std::string::npos) << word;
}

TEST_F(CliBasicsTest, EverySubcommandHasHelpWithExamples) {
  for (const char* sub :
       {"train", "denoise", "fit-noise", "simulate", "eval", "models", "bench", "sample", "gui"}) {
    const CliResult r = run({sub, "--help"});
    EXPECT_EQ(r.code, 0) << sub;
    EXPECT_NE(r.out.find("Examples:"), std::string::npos) << sub << r.out;
    EXPECT_NE(r.out.find(std::string("pgdenoise ") + sub), std::string::npos) << sub;
  }
}

TEST_F(CliBasicsTest, VersionNamesTheLibrariesAndTheDevice) {
  const CliResult r = run({"--version"});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("pgdenoise 0."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("LibTorch 1."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ITK 5."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("device: "), std::string::npos) << r.out;
  // The machine's own rule (nn/Precision.h): the CPU's flags decide denoising and training alike.
  const bool cuda = TorchRuntime::cudaAvailable();
  const std::string precision = cuda ? "float32 (CUDA)" : describeAutoPrecision(systemCpuinfo());
  const std::string training = toString(resolvePrecision("auto", cuda ? "cuda" : "cpu"));
  EXPECT_NE(r.out.find("precision: denoise " + precision + ", train " + training),
            std::string::npos)
      << r.out;
}

TEST_F(CliBasicsTest, UsageErrorsGiveCode2AndOneLine) {
  expectError(run({}), 2, "no command given");
  expectError(run({"--bogus"}), 2, "--bogus");
  expectError(run({"frobnicate"}), 2, "frobnicate");
  expectError(run({"denoise", "--model", "m", "x.tif", "--bogus"}), 2, "--bogus");
  expectError(run({"denoise", "x.tif", "--tile", "5"}), 2, "--tile"); // no --model: still checked
  expectError(run({"simulate", "--phantom"}), 2, "--output");
  expectError(run({"models"}), 2, "subcommand");
  expectError(run({"fit-noise", "x.tif"}), 2, "choose a method");
}

TEST_F(CliBasicsTest, OutOfRangeValuesGiveCode2) {
  const std::string out = path("o.tif").string();
  expectError(run({"simulate", "--phantom", "-o", out, "--a", "-1", "--b", "0"}), 2, "--a");
  expectError(run({"simulate", "--phantom", "-o", out, "--lambda", "0"}), 2, "--lambda");
  expectError(run({"simulate", "--phantom", "-o", out, "--size", "3", "--a", "0.1"}), 2, "--size");
  expectError(run({"simulate", "--phantom", "-o", out, "--a", "0.1", "--lambda", "3"}), 2,
              "excludes");
  expectError(run({"--progress=xml", "sample", dir().string()}), 2, "--progress");
  expectError(run({"train", "x.tif", "--crop", "48"}), 2, "multiple of 32");
  expectError(run({"train", "x.tif", "--lr", "5"}), 2, "--lr");
  expectError(run({"denoise", "-m", "m", "x.tif", "--tile", "5"}), 2, "--tile");
  expectError(run({"denoise", "-m", "m", "x.tif", "--transforms", "3"}), 2, "--transforms");
  expectError(run({"bench", "--repeats", "0"}), 2, "--repeats");
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST_F(CliBasicsTest, InconsistentValuesGiveCode2) {
  writeImage("n.tif", noisyImage(64, 1, {0.02, 1e-3}), true);
  expectError(run({"denoise", "-m", "m", path("n.tif").string(), "--variant", "fixed"}), 2,
              "--fixed-a");
  expectError(run({"train", path("n.tif").string(), "--name", "bad/name"}), 2, "bad/name");
}

TEST_F(CliBasicsTest, BenchPrintsFiguresForEveryStage) {
  const CliResult r = run({"--quiet", "bench", "--size", "64", "--width", "4", "--repeats", "1",
                           "--device", "cpu", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto rows = nlohmann::json::parse(r.out);
  // Synthesis, the binned fit and its five stages, the exact fit, the posterior, the network.
  ASSERT_EQ(rows.size(), 10u);
  for (const auto& row : rows) {
    EXPECT_EQ(row.at("image"), "64x64");
    EXPECT_GE(row.at("median_ms").get<double>(), 0.0) << row.dump();
  }
  EXPECT_EQ(rows[1].at("operation"), "a,b fit (binned)");
  EXPECT_NE(rows[1].at("note").get<std::string>().find(" residual, cpu "), std::string::npos)
      << rows[1].dump();
  EXPECT_EQ(rows[2].at("operation"), "  binned fit: clip levels");
  EXPECT_EQ(rows[6].at("operation"), "  binned fit: minimiser");
  EXPECT_NE(rows[6].at("note").get<std::string>().find("calling thread"), std::string::npos);
  EXPECT_EQ(rows[9].at("operation"), "network forward (blind-spot)");
}

} // namespace
} // namespace pgd::test
