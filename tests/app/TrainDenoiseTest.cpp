// train -> denoise -> models end to end with a tiny network (a few seconds), plus cancellation.
#include "CliTest.h"

#include "cli/InterruptGuard.h"
#include "image/StackReader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <fstream>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace pgd::test {
namespace {
namespace fs = std::filesystem;

using TrainDenoiseTest = CliTest;

std::vector<std::vector<std::string>> csvRows(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream s(line);
    std::string cell;
    while (std::getline(s, cell, ','))
      cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

extern "C" void ignoreSignal(int) {}

// Sends `signal` to this process once a runCli() call has its handlers installed, after
// `delay`; with `repeat`, keeps sending while runCli runs. Outside runCli the signal is caught
// by a no-op handler, so a late signal cannot kill the test.
class SignalSender {
public:
  SignalSender(int signal, std::chrono::milliseconds delay, bool repeat)
      : m_signal(signal), m_old(std::signal(signal, ignoreSignal)), m_thread([=] {
          while (!m_done && !InterruptGuard::active())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
          std::this_thread::sleep_for(delay);
          do {
            if (m_done || !InterruptGuard::active())
              break;
            ::kill(::getpid(), signal);
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
          } while (repeat);
        }) {}
  ~SignalSender() {
    m_done = true;
    m_thread.join();
    std::signal(m_signal, m_old);
  }

private:
  int m_signal;
  void (*m_old)(int);
  std::atomic<bool> m_done{false};
  std::thread m_thread;
};

TEST_F(TrainDenoiseTest, TrainThenDenoiseWritesEveryOutput) {
  trainTinyModel("tiny");
  ASSERT_TRUE(fs::exists(path("models/tiny/model.json")));
  writeImage("cells.tif", noisyImage(64, 2, {0.02, 1e-3}, 9), true);
  fs::create_directory(path("out"));
  const CliResult r = run({"denoise", "-m", "tiny", path("cells.tif").string(), "--mu",
                           "--uncertainty", "-O", path("out").string()});
  ASSERT_EQ(r.code, 0) << r.err;
  for (const char* name : {"cells_denoised.tif", "cells_mu.tif", "cells_uncertainty.tif"}) {
    const ImageStack s = readImageStack(path("out") / name);
    EXPECT_EQ(s.frames(), 2) << name;
    EXPECT_EQ(s.width(), 64) << name;
    EXPECT_EQ(s.height(), 64) << name;
    EXPECT_EQ(s.metadata().sourceType, PixelType::Float32) << name;
    EXPECT_EQ(s.nonFiniteCount(), 0u) << name;
    EXPECT_NE(r.out.find(name), std::string::npos);
  }
  const auto rows = csvRows(path("out/cells_noise.csv"));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0][0], "frame");
  // Raw image units first, then the normalised units (docs/NOISE_FIT.md, "Units").
  EXPECT_EQ(rows[0][1], "a_raw");
  EXPECT_EQ(rows[0][2], "b_raw");
  EXPECT_EQ(rows[0][3], "a_norm");
  EXPECT_EQ(rows[0][4], "b_norm");
  EXPECT_EQ(rows[0].back(), "flags");
  for (int f = 1; f <= 2; ++f) {
    EXPECT_EQ(rows[f][0], std::to_string(f - 1));
    for (int c = 1; c <= 4; ++c)
      EXPECT_TRUE(std::isfinite(std::stod(rows[f][c]))) << rows[f][c];
    // The fit keeps a >= 0 (docs/NOISE_FIT.md, "Constraints and flags"); a 4-step model may
    // resolve no signal-dependent noise, and then a = 0 is flagged at-bound.
    EXPECT_GE(std::stod(rows[f][1]), 0.0) << "a_raw";
    EXPECT_FALSE(rows[f].back().empty()) << "flags";
  }
  EXPECT_FALSE(fs::exists(path("cells_denoised.tif"))) << "--output-dir was ignored";
}

TEST_F(TrainDenoiseTest, DenoiseNextToInputInSourceTypeAndRefusesToOverwrite) {
  trainTinyModel("tiny");
  writeImage("cells.tif", noisyImage(64, 1, {0.02, 1e-3}), true);
  const CliResult first =
      run({"denoise", "-m", "tiny", path("cells.tif").string(), "--dtype", "source"});
  ASSERT_EQ(first.code, 0) << first.err;
  const ImageStack out = readImageStack(path("cells_denoised.tif"));
  EXPECT_EQ(out.metadata().sourceType, PixelType::UInt16);
  const auto before = snapshot(dir());
  expectError(run({"denoise", "-m", "tiny", path("cells.tif").string()}), 5, "cells_denoised.tif");
  EXPECT_EQ(snapshot(dir()), before);
  EXPECT_EQ(run({"denoise", "-m", "tiny", path("cells.tif").string(), "--overwrite"}).code, 0);
  EXPECT_EQ(readImageStack(path("cells_denoised.tif")).metadata().sourceType, PixelType::Float32);
}

TEST_F(TrainDenoiseTest, EveryOutputIsCheckedBeforeAnyWork) {
  trainTinyModel("tiny");
  writeImage("a.tif", noisyImage(64, 1, {0.02, 1e-3}), true);
  writeImage("b.tif", noisyImage(64, 1, {0.02, 1e-3}, 5), true);
  writeBytes(path("b_noise.csv"), "keep me");
  expectError(run({"denoise", "-m", "tiny", path("a.tif").string(), path("b.tif").string()}), 5,
              "b_noise.csv");
  EXPECT_FALSE(fs::exists(path("a_denoised.tif")));
  EXPECT_EQ(readBytes(path("b_noise.csv")), "keep me");
}

TEST_F(TrainDenoiseTest, FolderInputSkipsOwnOutputsAndSameStemsCollide) {
  trainTinyModel("tiny");
  fs::create_directory(path("data"));
  writeImage("data/x.tif", noisyImage(64, 1, {0.02, 1e-3}), true);
  writeImage("data/x_denoised.tif", noisyImage(64, 1, {0.02, 1e-3}), true);
  const CliResult r =
      run({"denoise", "-m", "tiny", path("data").string(), "--no-csv", "--overwrite"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_FALSE(fs::exists(path("data/x_denoised_denoised.tif")));
  writeImage("data/x.png", noisyImage(64, 1, {0.02, 1e-3}), true);
  expectError(run({"denoise", "-m", "tiny", path("data/x.tif").string(),
                   path("data/x.png").string(), "--overwrite"}),
              5, "x_denoised.tif");
  const auto before = snapshot(dir());
  expectError(run({"denoise", "-m", "tiny", path("data/x.tif").string(),
                   path("data/x_denoised.tif").string(), "--overwrite"}),
              5, "would replace an input");
  EXPECT_EQ(snapshot(dir()), before);
}

TEST_F(TrainDenoiseTest, ModelsListShowExportImportRenameDelete) {
  trainTinyModel("tiny");
  CliResult r = run({"models", "list", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  auto list = nlohmann::json::parse(r.out);
  // The built-in base model first (read-only), then the store's models.
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].at("name"), "base");
  EXPECT_EQ(list[0].at("built_in"), "yes");
  EXPECT_EQ(list[1].at("name"), "tiny");
  EXPECT_EQ(list[1].at("built_in"), "no");
  EXPECT_EQ(list[1].at("steps"), 4);

  r = run({"models", "show", "tiny"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("blindspot w4"), std::string::npos) << r.out;
  r = run({"models", "show", "tiny", "--format", "json"});
  EXPECT_EQ(nlohmann::json::parse(r.out).at("name"), "tiny");

  ASSERT_EQ(run({"models", "export", "tiny", path("exported").string()}).code, 0);
  EXPECT_TRUE(fs::exists(path("exported/weights.pt")));
  expectError(run({"models", "export", "tiny", path("exported").string()}), 5, "exported");
  ASSERT_EQ(run({"models", "import", path("exported").string(), "--name", "copy"}).code, 0);
  ASSERT_EQ(run({"models", "rename", "copy", "copy2"}).code, 0);
  ASSERT_EQ(run({"models", "delete", "tiny"}).code, 0);
  list = nlohmann::json::parse(run({"models", "list", "--format", "json"}).out);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[1].at("name"), "copy2");
  expectError(run({"models", "delete", "tiny"}), 4, "tiny");
  expectError(run({"models", "show", "nothing"}), 4, "nothing");
}

TEST_F(TrainDenoiseTest, TrainIntoFolderAndUseIt) {
  writeImage("train.tif", noisyImage(128, 1, {0.02, 1e-3}), true);
  const std::string folder = path("mymodel").string();
  const CliResult t =
      run({"--progress=json", "train", path("train.tif").string(), "--output", folder, "--width",
           "4", "--crop", "32", "--batch", "2", "--steps", "4", "--steps-per-epoch", "2"});
  ASSERT_EQ(t.code, 0) << t.err;
  EXPECT_TRUE(fs::exists(path("mymodel/model.json")));
  int jsonLines = 0;
  std::istringstream lines(t.err);
  int progressLines = 0;
  for (std::string line; std::getline(lines, line);) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << "not JSON: " << line;
    ++jsonLines;
    if (j.contains("fraction"))
      ++progressLines;
  }
  EXPECT_GE(progressLines, 2) << t.err;
  EXPECT_GT(jsonLines, progressLines) << "the training summary note is missing: " << t.err;
  expectError(run({"train", path("train.tif").string(), "--output", folder, "--steps", "1"}), 5,
              "mymodel");
  const std::vector<std::string> replace{"train",
                                         path("train.tif").string(),
                                         "--output",
                                         folder,
                                         "--overwrite",
                                         "--width",
                                         "4",
                                         "--crop",
                                         "32",
                                         "--batch",
                                         "2",
                                         "--steps",
                                         "2",
                                         "--steps-per-epoch",
                                         "2"};
  ASSERT_EQ(run(replace).code, 0);
  EXPECT_EQ(nlohmann::json::parse(readBytes(path("mymodel/model.json"))).at("steps"), 2);
  fs::create_directory(path("photos"));
  writeBytes(path("photos/holiday.txt"), "precious");
  expectError(run({"train", path("train.tif").string(), "--output", path("photos").string(),
                   "--overwrite", "--steps", "1"}),
              5, "not a model folder");
  EXPECT_EQ(readBytes(path("photos/holiday.txt")), "precious");
  const CliResult fit = run({"fit-noise", "-m", folder, path("train.tif").string(), "--residual",
                             "pseudo-clean", "--format", "json"});
  ASSERT_EQ(fit.code, 0) << fit.err;
  EXPECT_EQ(nlohmann::json::parse(fit.out).at(0).at("method"), "pseudo-clean");
  // The default (auto) reads the generated image's noise as independent from pixel to pixel.
  const CliResult automatic =
      run({"fit-noise", "-m", folder, path("train.tif").string(), "--format", "json"});
  ASSERT_EQ(automatic.code, 0) << automatic.err;
  EXPECT_EQ(nlohmann::json::parse(automatic.out).at(0).at("method"), "local-difference");
  const CliResult local = run({"fit-noise", "-m", folder, path("train.tif").string(), "--residual",
                               "local", "--format", "json"});
  ASSERT_EQ(local.code, 0) << local.err;
  const auto localRow = nlohmann::json::parse(local.out).at(0);
  EXPECT_EQ(localRow.at("method"), "local-difference");
  // A 4-step model: a,b themselves mean little here (a may sit at its bound 0 for both), but
  // they must come from the other residual.
  const auto pseudoRow = nlohmann::json::parse(fit.out).at(0);
  EXPECT_TRUE(localRow.at("a_norm").get<double>() != pseudoRow.at("a_norm").get<double>() ||
              localRow.at("b_norm").get<double>() != pseudoRow.at("b_norm").get<double>())
      << local.out << fit.out;
  expectError(run({"fit-noise", "--clean", path("train.tif").string(), path("train.tif").string(),
                   "--residual", "local"}),
              2, "--residual local needs --model");
  // --transforms averages mirrored predictions: a 4-step network is not symmetric, so mu moves.
  for (const char* t : {"1", "8"}) {
    fs::create_directory(path(std::string("t") + t));
    const CliResult d = run({"denoise", "-m", folder, path("train.tif").string(), "--mu",
                             "--transforms", t, "-O", path(std::string("t") + t).string()});
    ASSERT_EQ(d.code, 0) << d.err;
  }
  const ImageStack mu1 = readImageStack(path("t1/train_mu.tif"));
  const ImageStack mu8 = readImageStack(path("t8/train_mu.tif"));
  ASSERT_EQ(mu1.size(), mu8.size());
  double moved = 0;
  for (std::size_t i = 0; i < mu1.size(); ++i)
    moved = std::max(moved, double(std::abs(mu1.values()[i] - mu8.values()[i])));
  EXPECT_GT(moved, 0.0);
}

TEST_F(TrainDenoiseTest, TrainRefusesAnExistingName) {
  trainTinyModel("tiny");
  const auto before = snapshot(path("models"));
  expectError(run({"train", path("train.tif").string(), "--name", "tiny", "--steps", "1"}), 5,
              "already exists");
  EXPECT_EQ(snapshot(path("models")), before);
}

TEST_F(TrainDenoiseTest, CtrlCStopsTrainingAndKeepsTheBestModel) {
  writeImage("train.tif", noisyImage(128, 1, {0.02, 1e-3}), true);
  CliResult r;
  {
    SignalSender ctrlC(SIGINT, std::chrono::milliseconds(1500), false);
    r = run({"--quiet", "train", path("train.tif").string(), "--name", "stopped", "--width", "4",
             "--crop", "32", "--batch", "2", "--steps", "1000000", "--steps-per-epoch", "2",
             "--early-stop", "0"});
  }
  expectError(r, 6, "training cancelled");
  std::ifstream in(path("models/stopped/model.json"));
  ASSERT_TRUE(in.good()) << r.err;
  const auto info = nlohmann::json::parse(in);
  EXPECT_EQ(info.at("stopReason"), "cancelled");
  writeImage("cells.tif", noisyImage(64, 1, {0.02, 1e-3}), true);
  EXPECT_EQ(run({"denoise", "-m", "stopped", path("cells.tif").string()}).code, 0);
}

// A stack larger than --data-budget trains on a random subset of its frames that fits (ten
// 128x128 frames of 64 KiB as float32; 0.2 MiB holds three) and says which frames it kept.
TEST_F(TrainDenoiseTest, StackBeyondTheDataBudgetTrainsOnASubsetOfItsFrames) {
  writeImage("big.tif", noisyImage(128, 10, {0.02, 1e-3}), true);
  const CliResult r = run({"train", path("big.tif").string(), "--name", "subset", "--width", "4",
                           "--crop", "32", "--batch", "2", "--steps", "2", "--steps-per-epoch", "2",
                           "--device", "cpu", "--data-budget", "0.2"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("big.tif: 3 of 10 frames read to stay within the memory budget of 0.2 MiB"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::exists(path("models/subset/model.json")));
}

TEST_F(TrainDenoiseTest, CancelledDenoisingLeavesNoOutputs) {
  trainTinyModel("tiny");
  writeImage("cells.tif", noisyImage(256, 2, {0.02, 1e-3}), true);
  const auto before = snapshot(dir());
  CliResult r;
  {
    SignalSender term(SIGTERM, std::chrono::milliseconds(0), true);
    r = run({"denoise", "-m", "tiny", path("cells.tif").string(), "--mu", "--tile", "64"});
  }
  expectError(r, 6, "no partial output");
  EXPECT_EQ(snapshot(dir()), before);
}

} // namespace
} // namespace pgd::test
