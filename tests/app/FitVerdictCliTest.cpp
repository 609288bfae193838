// The noise fit's quality verdict on the command line: a model trained (4 steps, tiny net) on a
// generated 8-bit image, then used on a like 8-bit image and on a 16-bit image with another
// noise level (docs/NOISE_FIT.md, "Quality verdict" and "Model vs image check").
#include "CliTest.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>

namespace pgd::test {
namespace {
namespace fs = std::filesystem;

using FitVerdictCliTest = CliTest;

// Smooth blobs on a ramp from `low` to `high` plus Gaussian noise of std `sd`, rounded and
// clamped to `type`'s range.
ImageStack generated(PixelType type, double low, double high, double sd, unsigned seed) {
  constexpr int kSize = 96;
  ImageStack s(1, kSize, kSize);
  s.metadata().sourceType = type;
  std::mt19937 rng(seed);
  std::normal_distribution<double> noise(0.0, sd);
  for (int y = 0; y < kSize; ++y)
    for (int x = 0; x < kSize; ++x) {
      const double shape =
          0.5 + 0.25 * std::sin(x / 7.0) * std::cos(y / 9.0) + 0.25 * (x + y) / double(2 * kSize);
      const double v = std::round(low + (high - low) * shape + noise(rng));
      s.at(0, y, x) = float(std::clamp(v, typeMin(type), typeMax(type)));
    }
  return s;
}

int linesContaining(const std::string& text, const std::string& needle) {
  std::istringstream in(text);
  int n = 0;
  for (std::string line; std::getline(in, line);)
    n += line.find(needle) != std::string::npos ? 1 : 0;
  return n;
}

std::string lastCsvCell(const fs::path& csv, int row) {
  std::ifstream in(csv);
  std::string line;
  for (int r = 0; r <= row && std::getline(in, line); ++r) {
  }
  return line.substr(line.rfind(',') + 1);
}

TEST_F(FitVerdictCliTest, ImageUnlikeTheTrainingDataWarnsAndIsFlagged) {
  writeImage("train8.tif", generated(PixelType::UInt8, 20.0, 200.0, 6.0, 1), true);
  const CliResult t = run({"--quiet", "train", path("train8.tif").string(), "--name", "tiny8",
                           "--width", "4", "--crop", "32", "--batch", "2", "--steps", "4",
                           "--steps-per-epoch", "2", "--device", "cpu"});
  ASSERT_EQ(t.code, 0) << t.err;
  const auto info = nlohmann::json::parse(readBytes(path("models/tiny8/model.json")));
  EXPECT_EQ(info.at("trainedOn").at("pixelType"), "uint8");
  EXPECT_NEAR(info.at("trainedOn").at("noiseStd").get<double>(), 6.0, 1.5);

  writeImage("like8.tif", generated(PixelType::UInt8, 25.0, 190.0, 7.0, 2), true);
  writeImage("other16.tif", generated(PixelType::UInt16, 2000.0, 40000.0, 400.0, 3), true);
  fs::create_directory(path("out"));
  const CliResult d = run({"denoise", "-m", "tiny8", path("like8.tif").string(),
                           path("other16.tif").string(), "-O", path("out").string()});
  ASSERT_EQ(d.code, 0) << d.err;
  // One warning line per file; the model's 4 steps make both undertrained, only the 16-bit
  // image is unlike the training data.
  EXPECT_EQ(linesContaining(d.err, "like8.tif: noise fit flagged"), 1) << d.err;
  EXPECT_EQ(linesContaining(d.err, "other16.tif: noise fit flagged"), 1) << d.err;
  EXPECT_EQ(linesContaining(d.err, "model undertrained: trained only 4 steps"), 2) << d.err;
  EXPECT_EQ(linesContaining(d.err, "image unlike the model's training data"), 1) << d.err;
  EXPECT_EQ(linesContaining(d.err, "other16.tif: noise fit flagged"),
            linesContaining(d.err, "pixel type uint16, the model was trained on uint8"))
      << d.err;
  EXPECT_EQ(linesContaining(d.err, "noise level"), 1) << d.err;
  const std::string likeFlags = lastCsvCell(path("out/like8_noise.csv"), 1);
  const std::string otherFlags = lastCsvCell(path("out/other16_noise.csv"), 1);
  EXPECT_NE(likeFlags.find("undertrained"), std::string::npos) << likeFlags;
  EXPECT_EQ(likeFlags.find("unlike-training"), std::string::npos) << likeFlags;
  EXPECT_NE(otherFlags.find("unlike-training"), std::string::npos) << otherFlags;

  const CliResult fit = run({"fit-noise", "-m", "tiny8", path("like8.tif").string(),
                             path("other16.tif").string(), "--format", "json"});
  ASSERT_EQ(fit.code, 0) << fit.err;
  const auto rows = nlohmann::json::parse(fit.out);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows.at(0).at("flags").get<std::string>().find("unlike-training"), std::string::npos);
  EXPECT_NE(rows.at(1).at("flags").get<std::string>().find("unlike-training"), std::string::npos);
  EXPECT_EQ(linesContaining(fit.err, "image unlike the model's training data"), 1) << fit.err;

  const CliResult table = run({"fit-noise", "-m", "tiny8", path("other16.tif").string()});
  ASSERT_EQ(table.code, 0) << table.err;
  EXPECT_NE(table.out.find("unlike-training"), std::string::npos) << table.out;
}

// A frame of one value holds no noise: fit-noise without a model flags a stack's constant frame
// (a = b = 0, `constant-frame`, one warning line) and refuses an image that is one, as denoise
// does (with a model too, in its own words); a constant clean reference cannot separate a from b
// and is refused.
TEST_F(FitVerdictCliTest, ConstantFramesAreFlaggedAndConstantImagesRefusedWithoutAModel) {
  const ImageStack noisy = noisyImage(128, 1, {0.02, 1e-3});
  const ImageStack clean = cleanImage(128);
  ImageStack stack(3, noisy.height(), noisy.width(), 1234.0f);
  stack.metadata().sourceType = PixelType::UInt16;
  for (int f : {0, 2})
    std::copy(noisy.frame(0), noisy.frame(0) + noisy.frameSize(), stack.frame(f));
  writeImage("stack.tif", stack, true);
  writeImage("clean.tif", clean);
  writeImage("flat.tif", ImageStack(1, 64, 64, 500.0f));

  for (const std::vector<std::string>& method :
       {std::vector<std::string>{"--foi"}, std::vector<std::string>{"--clean", "clean.tif"}}) {
    std::vector<std::string> args{"fit-noise", "--format", "json"};
    args.insert(args.end(), method.begin(), method.end());
    args.push_back(path("stack.tif").string());
    if (method.size() == 2)
      args[args.size() - 2] = path("clean.tif").string();
    const CliResult fit = run(args);
    ASSERT_EQ(fit.code, 0) << method[0] << ": " << fit.err;
    const auto rows = nlohmann::json::parse(fit.out);
    ASSERT_EQ(rows.size(), 3u);
    for (int f : {0, 2}) {
      EXPECT_EQ(rows.at(f).at("flags").get<std::string>().find("constant-frame"),
                std::string::npos);
      EXPECT_NE(rows.at(f).at("method").get<std::string>(), "none (constant frame)");
    }
    EXPECT_EQ(rows.at(1).at("flags").get<std::string>(), "constant-frame") << method[0];
    EXPECT_EQ(rows.at(1).at("method").get<std::string>(), "none (constant frame)");
    EXPECT_EQ(rows.at(1).at("a_raw").get<double>(), 0.0);
    EXPECT_EQ(rows.at(1).at("b_raw").get<double>(), 0.0);
    EXPECT_EQ(linesContaining(fit.err, "frame is constant (1234): no noise to fit"), 1)
        << method[0] << ": " << fit.err;
  }

  const CliResult foi = run({"fit-noise", "--foi", path("flat.tif").string()});
  EXPECT_EQ(foi.code, 3);
  EXPECT_NE(foi.err.find("flat.tif: the image is constant (500), no noise to fit"),
            std::string::npos)
      << foi.err;
  EXPECT_TRUE(foi.out.empty()) << foi.out;

  trainTinyModel("tiny");
  const CliResult model = run({"fit-noise", "-m", "tiny", path("flat.tif").string()});
  EXPECT_EQ(model.code, 3);
  EXPECT_NE(model.err.find("flat.tif: the image is constant (500), no noise to fit"),
            std::string::npos)
      << model.err;

  const CliResult reference =
      run({"fit-noise", "--clean", path("flat.tif").string(), path("flat.tif").string()});
  EXPECT_EQ(reference.code, 3);
  EXPECT_NE(reference.err.find("flat.tif: the clean reference is constant (500), so a and b "
                               "cannot be told apart"),
            std::string::npos)
      << reference.err;
}

// A model.json written before the training profile was recorded still loads and denoises, with
// no model vs image check.
TEST_F(FitVerdictCliTest, OlderModelWithoutTrainingProfileIsNotChecked) {
  writeImage("train8.tif", generated(PixelType::UInt8, 20.0, 200.0, 6.0, 1), true);
  ASSERT_EQ(run({"--quiet", "train", path("train8.tif").string(), "--name", "old", "--width", "4",
                 "--crop", "32", "--batch", "2", "--steps", "4", "--steps-per-epoch", "2",
                 "--device", "cpu"})
                .code,
            0);
  auto info = nlohmann::json::parse(readBytes(path("models/old/model.json")));
  info.erase("trainedOn");
  info.erase("lateValidationGain");
  writeBytes(path("models/old/model.json"), info.dump(2));
  writeImage("other16.tif", generated(PixelType::UInt16, 2000.0, 40000.0, 400.0, 3), true);
  const CliResult fit =
      run({"fit-noise", "-m", "old", path("other16.tif").string(), "--format", "json"});
  ASSERT_EQ(fit.code, 0) << fit.err;
  EXPECT_EQ(fit.err.find("unlike"), std::string::npos) << fit.err;
  EXPECT_EQ(nlohmann::json::parse(fit.out).at(0).at("flags").get<std::string>().find("unlike"),
            std::string::npos);
}

} // namespace
} // namespace pgd::test
