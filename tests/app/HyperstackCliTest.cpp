// Hyperstacks through the CLI: denoise keeps channels, slices, time points and calibration in
// its outputs, and the per-frame tables name each frame's channel, slice and time point.
#include "CliTest.h"

#include "image/StackReader.h"

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
  EXPECT_EQ(rows[0].rfind("frame,channel,slice,time,a,b,", 0), 0u) << rows[0];
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

} // namespace pgd::test
