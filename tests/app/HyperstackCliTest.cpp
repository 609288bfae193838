// Hyperstacks through the CLI: denoise keeps channels, slices, time points and calibration in
// its outputs, and the per-frame tables name each frame's channel, slice and time point.
#include "CliTest.h"

#include "image/StackReader.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace pgd::test {
namespace {
namespace fs = std::filesystem;

class HyperstackCliTest : public CliTest {
protected:
  // 2 channels x 2 time points of noisy 64x64 frames, calibrated.
  static ImageStack noisyHyperstack();
};

ImageStack HyperstackCliTest::noisyHyperstack() {
  ImageStack s = noisyImage(64, 4, {0.02, 1e-3}, 5);
  StackGeometry& g = s.metadata().geometry;
  g.channels = 2;
  g.timePoints = 2;
  g.unit = "micron";
  g.spacingX = g.spacingY = 0.2;
  g.frameInterval = 3.0;
  return s;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);)
    out.push_back(line);
  return out;
}

} // namespace

TEST_F(HyperstackCliTest, DenoiseKeepsTheHyperstackAndNamesChannelsInTheNoiseTable) {
  trainTinyModel("tiny");
  writeImage("cells.tif", noisyHyperstack(), true);
  fs::create_directory(path("out"));
  const CliResult r =
      run({"denoise", "-m", "tiny", path("cells.tif").string(), "-O", path("out").string()});
  ASSERT_EQ(r.code, 0) << r.err;
  const StackGeometry g = readImageStack(path("out/cells_denoised.tif")).geometry();
  EXPECT_EQ(g.channels, 2);
  EXPECT_EQ(g.slices, 1);
  EXPECT_EQ(g.timePoints, 2);
  EXPECT_EQ(g.unit, "micron");
  EXPECT_DOUBLE_EQ(g.spacingX, 0.2);
  EXPECT_DOUBLE_EQ(g.frameInterval, 3.0);

  std::ifstream csv(path("out/cells_noise.csv"));
  std::stringstream text;
  text << csv.rdbuf();
  const auto rows = lines(text.str());
  ASSERT_EQ(rows.size(), 5u) << text.str();
  EXPECT_EQ(rows[0].rfind("frame,channel,slice,time,a_raw,b_raw,a_norm,b_norm,", 0), 0u) << rows[0];
  EXPECT_EQ(rows[1].rfind("0,0,0,0,", 0), 0u) << rows[1];
  EXPECT_EQ(rows[2].rfind("1,1,0,0,", 0), 0u) << rows[2];
  EXPECT_EQ(rows[3].rfind("2,0,0,1,", 0), 0u) << rows[3];
  EXPECT_EQ(rows[4].rfind("3,1,0,1,", 0), 0u) << rows[4];
}

TEST_F(HyperstackCliTest, FitNoiseAddsPositionColumnsOnlyForHyperstacks) {
  writeImage("hyper.tif", noisyHyperstack(), true);
  writeImage("plain.tif", noisyImage(64, 2, {0.02, 1e-3}, 6), true);
  const CliResult both = run({"fit-noise", "--foi", path("hyper.tif").string(),
                              path("plain.tif").string(), "--format", "csv"});
  ASSERT_EQ(both.code, 0) << both.err;
  const auto rows = lines(both.out);
  ASSERT_EQ(rows.size(), 7u) << both.out;
  EXPECT_EQ(rows[0].rfind("file,frame,channel,slice,time,method,", 0), 0u) << rows[0];
  EXPECT_EQ(rows[4].rfind(path("hyper.tif").string() + ",3,1,0,1,foi,", 0), 0u) << rows[4];
  // A plain stack's frames are slices.
  EXPECT_EQ(rows[6].rfind(path("plain.tif").string() + ",1,0,1,0,foi,", 0), 0u) << rows[6];

  const CliResult plain =
      run({"fit-noise", "--foi", path("plain.tif").string(), "--format", "csv"});
  ASSERT_EQ(plain.code, 0) << plain.err;
  EXPECT_EQ(plain.out.rfind("file,frame,method,", 0), 0u) << plain.out;
}

TEST_F(HyperstackCliTest, TrainOnOneChannelUsesOnlyThatChannelsFrames) {
  // Channel 1 is 50 times brighter than channel 0, so the normalisation a model records
  // (model.json) shows which channel it saw.
  ImageStack s = noisyImage(128, 4, {0.02, 1e-3}, 7);
  StackGeometry& g = s.metadata().geometry;
  g.channels = 2;
  g.timePoints = 2;
  for (int f = 0; f < s.frames(); ++f)
    if (g.positionOf(f).channel == 1)
      for (std::size_t i = 0; i < s.frameSize(); ++i)
        s.frame(f)[i] *= 50.0f;
  writeImage("two.tif", s, false);
  auto scaleOf = [&](const std::string& model) {
    std::ifstream in(path("models") / model / "model.json");
    return nlohmann::json::parse(in).at("normalization").at("scale").get<double>();
  };
  auto train = [&](const std::string& name, const std::string& channel) {
    return run({"train", path("two.tif").string(), "--name", name, "--channel", channel, "--width",
                "4", "--crop", "32", "--batch", "2", "--steps", "2", "--steps-per-epoch", "2",
                "--device", "cpu"});
  };
  const CliResult dim = train("dim", "0");
  ASSERT_EQ(dim.code, 0) << dim.err;
  EXPECT_NE(dim.err.find("(channel 0)"), std::string::npos) << dim.err;
  const CliResult bright = train("bright", "1");
  ASSERT_EQ(bright.code, 0) << bright.err;
  const double ratio = scaleOf("bright") / scaleOf("dim");
  EXPECT_GT(ratio, 25.0);
  EXPECT_LT(ratio, 100.0);

  const CliResult missing = train("none", "2");
  EXPECT_EQ(missing.code, 2) << missing.err;
  EXPECT_NE(missing.err.find("two.tif: channel 2 asked for, but the image has channels 0 to 1"),
            std::string::npos)
      << missing.err;
  EXPECT_FALSE(fs::exists(path("models") / "none"));
}

} // namespace pgd::test
