// Every bad input gives its exit code and a one-line message naming the file, and leaves the
// folder exactly as it was: missing file, folder, empty file, truncated and corrupt TIFF, text
// disguised as TIFF, NaN pixels, constant image, wrong or corrupt model folders, a model for
// another channel count.
#include "CliTest.h"
#include "HandMadeImages.h"

#include "image/StackWriter.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <limits>
#include <unistd.h>

namespace pgd::test {
namespace {
namespace fs = std::filesystem;

class BadInputTest : public CliTest {
protected:
  static void SetUpTestSuite() {
    s_modelRoot = fs::temp_directory_path() / ("pgd-cli-model-" + std::to_string(::getpid()));
    fs::create_directories(s_modelRoot);
    WriteOptions wo;
    wo.pixelType = OutputPixelType::Source;
    writeImageStack(noisyImage(128, 1, {0.02, 1e-3}), s_modelRoot / "train.tif", wo);
    const CliResult r = run({"--quiet", "train", (s_modelRoot / "train.tif").string(), "--output",
                             (s_modelRoot / "model").string(), "--width", "4", "--crop", "32",
                             "--batch", "2", "--steps", "2", "--steps-per-epoch", "2"});
    ASSERT_EQ(r.code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    std::error_code ec;
    fs::remove_all(s_modelRoot, ec);
  }
  static std::string model() { return (s_modelRoot / "model").string(); }

  // A copy of the good model folder at `name` for corrupting.
  fs::path copyModel(const std::string& name) const {
    fs::copy(s_modelRoot / "model", path(name), fs::copy_options::recursive);
    return path(name);
  }

  // Runs the command on `file` and checks code, message and that nothing changed.
  void expectRejected(const std::vector<std::string>& args, int code, const std::string& needle) {
    const auto before = snapshot(dir());
    expectError(run(args), code, needle);
    EXPECT_EQ(snapshot(dir()), before) << "files changed for: " << needle;
  }

  void expectBadImage(const std::string& name, const std::string& why = {}) {
    const std::string file = path(name).string();
    SCOPED_TRACE(name);
    expectRejected({"denoise", "-m", model(), file}, 3, why.empty() ? name : why);
    expectRejected({"fit-noise", "--foi", file}, 3, why.empty() ? name : why);
    expectRejected({"train", file, "--name", "x", "--steps", "1"}, 3, why.empty() ? name : why);
  }

  static fs::path s_modelRoot;
};

fs::path BadInputTest::s_modelRoot;

TEST_F(BadInputTest, MissingFile) {
  expectBadImage("missing.tif", "no such file");
}

TEST_F(BadInputTest, FolderWithoutImages) {
  fs::create_directory(path("empty"));
  expectBadImage("empty", "holds no");
}

TEST_F(BadInputTest, EmptyFile) {
  writeBytes(path("empty.tif"), "");
  expectBadImage("empty.tif");
}

TEST_F(BadInputTest, TruncatedTiff) {
  writeImage("full.tif", noisyImage(64, 2, {0.02, 1e-3}), true);
  const std::string bytes = readBytes(path("full.tif"));
  writeBytes(path("truncated.tif"), bytes.substr(0, bytes.size() / 2));
  fs::remove(path("full.tif"));
  expectBadImage("truncated.tif");
}

TEST_F(BadInputTest, CorruptTiff) {
  std::string bytes = "II*\0\x08\0\0\0";
  for (int i = 0; i < 500; ++i)
    bytes += static_cast<char>((i * 37 + 11) % 251);
  writeBytes(path("corrupt.tif"), bytes);
  expectBadImage("corrupt.tif");
}

TEST_F(BadInputTest, TextDisguisedAsTiff) {
  writeBytes(path("notes.tif"), "this is not an image\n");
  expectBadImage("notes.tif");
}

TEST_F(BadInputTest, NaNPixels) {
  ImageStack s = cleanImage(64);
  s.at(0, 10, 10) = std::numeric_limits<float>::quiet_NaN();
  writeImage("nan.tif", s);
  expectBadImage("nan.tif");
}

TEST_F(BadInputTest, UnsupportedPixelType) {
  writeBytes(path("complex.tif"), handMadeTiff(16, 16, 64, 6));
  expectBadImage("complex.tif");
}

TEST_F(BadInputTest, ZeroSizedImage) {
  writeBytes(path("zero.tif"), handMadeTiff(0, 16, 16, 1));
  expectBadImage("zero.tif");
}

TEST_F(BadInputTest, HandMadeTiffIsReadableWhenValid) {
  writeBytes(path("ok.tif"), handMadeTiff(64, 64, 16, 1));
  // The hand-made image is constant, so it is scored (which reads it whole) rather than fitted.
  const std::string ok = path("ok.tif").string();
  const CliResult r = run({"eval", "-r", ok, "--range", "65535", ok});
  EXPECT_EQ(r.code, 0) << "the hand-made TIFF writer itself is broken: " << r.err;
}

TEST_F(BadInputTest, ConstantImage) {
  writeImage("flat.tif", ImageStack(1, 64, 64, 500.0f));
  const std::string flat = path("flat.tif").string();
  expectRejected({"train", flat, "--name", "x", "--steps", "1"}, 3, "constant");
  expectRejected({"simulate", flat, "-o", path("n.tif").string(), "--a", "0.1", "--b", "0.1"}, 3,
                 "constant");
  expectRejected({"eval", "-r", flat, flat}, 3, "constant reference needs --range");
  expectRejected({"fit-noise", "--foi", flat}, 3, "the image is constant (500), no noise to fit");
  EXPECT_EQ(
      run({"simulate", flat, "-o", path("n.tif").string(), "--a", "1", "--b", "4", "--raw-units"})
          .code,
      0);
}

TEST_F(BadInputTest, BadTrainingConfig) {
  writeImage("train.tif", noisyImage(128, 1, {0.02, 1e-3}), true);
  writeBytes(path("config.json"), "{ \"cropSize\": ");
  expectRejected({"train", path("train.tif").string(), "--config", path("config.json").string(),
                  "--name", "x"},
                 3, "config.json");
  expectRejected(
      {"train", path("train.tif").string(), "--config", path("none.json").string(), "--name", "x"},
      3, "none.json");
}

TEST_F(BadInputTest, ReferenceThatIsNotAnImage) {
  writeImage("noisy.tif", noisyImage(64, 1, {0.02, 1e-3}), true);
  writeBytes(path("clean.tif"), "garbage");
  expectRejected({"fit-noise", "--clean", path("clean.tif").string(), path("noisy.tif").string()},
                 3, "clean.tif");
  expectRejected({"eval", "-r", path("clean.tif").string(), path("noisy.tif").string()}, 3,
                 "clean.tif");
}

TEST_F(BadInputTest, WrongModelFolders) {
  writeImage("cells.tif", noisyImage(64, 1, {0.02, 1e-3}), true);
  const std::string cells = path("cells.tif").string();
  expectRejected({"denoise", "-m", "no-such-model", cells}, 4, "no-such-model");

  fs::create_directory(path("not-a-model"));
  writeBytes(path("not-a-model/readme.txt"), "hello");
  expectRejected({"denoise", "-m", path("not-a-model").string(), cells}, 4, "not-a-model");

  const fs::path badJson = copyModel("bad-json");
  writeBytes(badJson / "model.json", "{ not json");
  expectRejected({"denoise", "-m", badJson.string(), cells}, 4, "bad-json");

  const fs::path future = copyModel("future");
  auto info = nlohmann::json::parse(readBytes(future / "model.json"));
  info["formatVersion"] = 99;
  writeBytes(future / "model.json", info.dump());
  expectRejected({"denoise", "-m", future.string(), cells}, 4, "future");

  const fs::path cut = copyModel("cut-weights");
  const std::string weights = readBytes(cut / "weights.pt");
  writeBytes(cut / "weights.pt", weights.substr(0, weights.size() / 3));
  expectRejected({"denoise", "-m", cut.string(), cells}, 4, "cut-weights");

  const fs::path noWeights = copyModel("no-weights");
  fs::remove(noWeights / "weights.pt");
  expectRejected({"fit-noise", "-m", noWeights.string(), cells}, 4, "no-weights");
}

TEST_F(BadInputTest, ModelForAnotherChannelCount) {
  writeImage("cells.tif", noisyImage(64, 1, {0.02, 1e-3}), true);
  const fs::path rgb = copyModel("rgb-model");
  auto info = nlohmann::json::parse(readBytes(rgb / "model.json"));
  info["architecture"]["inChannels"] = 3;
  writeBytes(rgb / "model.json", info.dump());
  expectRejected({"denoise", "-m", rgb.string(), path("cells.tif").string()}, 4, "rgb-model");
}

} // namespace
} // namespace pgd::test
