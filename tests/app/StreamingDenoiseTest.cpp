// `pgdenoise denoise` streams a stack frame by frame (app/cli/DenoiseCommand.cpp): the files it
// writes must be byte for byte those of the in-memory path (readImageStack, DenoisingJob::run,
// writeImageStack), in float32 and in the source type, with --mu and --uncertainty; and a frame
// that cannot be read, a full disk or Ctrl-C part-way through a stack must leave no output under
// the final names and no temporary files, with one line saying how far the run came.
#include "CliTest.h"
#include "FileSizeLimit.h"
#include "HandMadeImages.h"

#include "cli/FitFlags.h"
#include "cli/InterruptGuard.h"
#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "job/ProgressSink.h"
#include "workflow/DenoisingJob.h"

#include <CLI/CLI.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>
#include <unistd.h>

namespace pgd::test {
namespace {
namespace fs = std::filesystem;

class StreamingDenoiseTest : public CliTest {};

class SilentProgress : public ProgressSink {
public:
  bool report(const ProgressUpdate&) override { return true; }
};

// The outputs of the in-memory path for `input`, written to `folder` as the CLI names them.
void denoiseInMemory(const fs::path& modelDir, const fs::path& input, const fs::path& folder,
                     bool sourceType) {
  CLI::App app;
  FitFlags flags;
  flags.add(app, true);
  app.parse(std::vector<std::string>{});
  DenoiseOptions options;
  options.fit = flags.options();
  options.wantMu = true;
  options.wantUncertainty = true;
  options.tileSize = 64;
  const Model model = DenoisingJob::loadModel(modelDir.string(), "cpu", "float32");
  const DenoisingJob job(model, options);
  const ImageStack noisy = readImageStack(input);
  SilentProgress progress;
  const DenoiseResult result = job.run(noisy, progress);
  WriteOptions write;
  write.pixelType = sourceType ? OutputPixelType::Source : OutputPixelType::Float32;
  const std::string stem = input.stem().string();
  writeImageStack(result.posterior, folder / (stem + "_denoised.tif"), write);
  writeImageStack(result.mu, folder / (stem + "_mu.tif"), write);
  writeImageStack(result.uncertainty, folder / (stem + "_uncertainty.tif"), write);
}

TEST_F(StreamingDenoiseTest, StreamedOutputsEqualTheInMemoryPathByteForByte) {
  trainTinyModel("tiny");
  writeImage("cells.tif", noisyImage(96, 5, {0.02, 1e-3}, 11), true);
  for (const bool sourceType : {false, true}) {
    const std::string tag = sourceType ? "source" : "float32";
    const fs::path streamed = path("streamed-" + tag), memory = path("memory-" + tag);
    fs::create_directories(streamed);
    fs::create_directories(memory);
    const CliResult r = run({"--quiet", "denoise", "-m", "tiny", path("cells.tif").string(), "--mu",
                             "--uncertainty", "--tile", "64", "--device", "cpu", "--precision",
                             "float32", "--dtype", tag, "-O", streamed.string()});
    ASSERT_EQ(r.code, 0) << r.err;
    denoiseInMemory(path("models/tiny"), path("cells.tif"), memory, sourceType);
    for (const std::string name : {"cells_denoised.tif", "cells_mu.tif", "cells_uncertainty.tif"}) {
      const std::string a = readBytes(streamed / name), b = readBytes(memory / name);
      ASSERT_FALSE(b.empty()) << name;
      EXPECT_TRUE(a == b) << tag << " " << name << " differs (" << a.size() << " vs " << b.size()
                          << " bytes)";
    }
    const ImageStack back = readImageStack(streamed / "cells_denoised.tif");
    EXPECT_EQ(back.frames(), 5);
    EXPECT_EQ(back.metadata().sourceType, sourceType ? PixelType::UInt16 : PixelType::Float32);
    // One CSV row per frame plus the header.
    const std::string csv = readBytes(streamed / "cells_noise.csv");
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 6) << csv;
  }
}

TEST_F(StreamingDenoiseTest, UnreadableLaterFrameLeavesNoOutputAndSaysHowFar) {
  trainTinyModel("tiny");
  // Six pages, page 4 smaller than the others: the stack opens (every page's data are in the
  // file) and fails only when frame 4 is decoded, after 3 frames were denoised and written.
  std::vector<TiffPage> pages(6);
  for (auto& p : pages)
    p.width = p.height = 64;
  pages[3].width = pages[3].height = 32;
  writeBytes(path("stack.tif"), handMadeTiff(pages));
  fs::create_directories(path("out"));
  const auto before = snapshot(dir());
  const CliResult r = run({"denoise", "-m", "tiny", path("stack.tif").string(), "--mu",
                           "--uncertainty", "--tile", "64", "-O", path("out").string()});
  expectError(r, 3, "stack.tif: frame 4 of 6 could not be read (");
  EXPECT_NE(r.err.find("; 3 frames denoised, no output written"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("(page 4 differs in size or type from page 1)"), std::string::npos) << r.err;
  EXPECT_TRUE(snapshot(dir()) == before) << "a partial or temporary file was left behind";
}

// A stack cut in the middle of a later page's data is refused when it is opened (every page's
// data must lie inside the file, core/image/TiffIntegrity.h), before any frame is denoised.
TEST_F(StreamingDenoiseTest, TruncatedStackIsRefusedWithoutOutput) {
  trainTinyModel("tiny");
  writeImage("full.tif", noisyImage(64, 6, {0.02, 1e-3}), true);
  const std::string bytes = readBytes(path("full.tif"));
  // Cut at two thirds: inside frame 4's data (the page directories, written after the data as
  // ImageJ writes them, go with the rest).
  writeBytes(path("cut.tif"), bytes.substr(0, bytes.size() * 2 / 3));
  fs::remove(path("full.tif"));
  const auto before = snapshot(dir());
  const CliResult r = run({"denoise", "-m", "tiny", path("cut.tif").string(), "--mu"});
  expectError(r, 3, "cut.tif");
  EXPECT_TRUE(snapshot(dir()) == before);
}

TEST_F(StreamingDenoiseTest, FullDiskPartWayThroughAStackLeavesNoOutput) {
  trainTinyModel("tiny");
  writeImage("cells.tif", noisyImage(64, 8, {0.02, 1e-3}), true);
  fs::create_directories(path("out"));
  const auto before = snapshot(dir());
  CliResult r;
  {
    // 64 x 64 float32 frames are 16 KiB: the limit is reached inside the fourth frame.
    FileSizeLimit limit(3 * 16384 + 8192);
    r = run({"denoise", "-m", "tiny", path("cells.tif").string(), "--tile", "64", "-O",
             path("out").string()});
  }
  expectError(r, 5, "cells_denoised.tif: write failed (");
  EXPECT_NE(r.err.find("after 3 of 8 frames"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no output written for"), std::string::npos) << r.err;
  EXPECT_TRUE(snapshot(dir()) == before) << "a partial or temporary file was left behind";
}

TEST_F(StreamingDenoiseTest, CtrlCPartWayThroughAStackLeavesNoOutput) {
  trainTinyModel("tiny");
  writeImage("cells.tif", noisyImage(128, 40, {0.02, 1e-3}), true);
  fs::create_directories(path("out"));
  const auto before = snapshot(dir());
  // Sends SIGINT once the temporary denoised file holds two frames (128 x 128 float32 each).
  std::atomic<bool> done{false};
  auto old = std::signal(SIGINT, [](int) {});
  std::thread watcher([&] {
    const std::uintmax_t twoFrames = 8 + 2 * 128 * 128 * 4;
    while (!done) {
      std::error_code ec;
      for (const auto& e : fs::directory_iterator(path("out"), ec))
        if (e.path().filename().string().rfind(".cells_denoised", 0) == 0 &&
            fs::file_size(e.path(), ec) >= twoFrames && !ec && InterruptGuard::active()) {
          ::kill(::getpid(), SIGINT);
          return;
        }
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  });
  const CliResult r = run({"--quiet", "denoise", "-m", "tiny", path("cells.tif").string(), "--mu",
                           "--tile", "64", "-O", path("out").string()});
  done = true;
  watcher.join();
  std::signal(SIGINT, old);
  expectError(r, 6, "cells.tif: denoising cancelled at frame ");
  EXPECT_NE(r.err.find(" of 40; 0 of 1 file finished, no partial output written"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("at frame 1 of"), std::string::npos) << "cancelled before any frame";
  EXPECT_TRUE(snapshot(dir()) == before) << "a partial or temporary file was left behind";
}

} // namespace
} // namespace pgd::test
