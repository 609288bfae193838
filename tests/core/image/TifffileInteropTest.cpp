// Hyperstacks another program wrote, and what another program sees in ours: tifffile (Python,
// tests/core/image/tifffile_files.py) writes ImageJ and OME-TIFF files at run time, and reads
// back what we write. python3 with tifffile is required (scripts/install-deps.sh installs
// python3-tifffile); without it these tests fail and say so.
#include "image/StackReader.h"
#include "image/StackWriter.h"

#include "TempDir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

using namespace pgd;

namespace {

struct Run {
  int status = -1;
  std::string output;
};

Run runScript(const std::string& mode, const std::filesystem::path& target) {
  const std::string command = std::string("'") + PGD_TEST_PYTHON + "' '" + PGD_TIFFFILE_SCRIPT +
                              "' " + mode + " '" + target.string() + "' 2>&1";
  Run run;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe)
    return run;
  std::array<char, 4096> buffer{};
  while (std::fgets(buffer.data(), int(buffer.size()), pipe))
    run.output += buffer.data();
  const int status = ::pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

// Fails the test with the script's own message when python3 or tifffile is missing.
void writeTifffileSamples(const std::filesystem::path& dir) {
  const Run run = runScript("write", dir);
  ASSERT_EQ(run.status, 0) << "generating the tifffile samples failed (python3 with tifffile "
                              "is required: apt-get install python3-tifffile):\n"
                           << run.output;
}

nlohmann::json describe(const std::filesystem::path& file) {
  const Run run = runScript("describe", file);
  EXPECT_EQ(run.status, 0) << run.output;
  return run.status == 0 ? nlohmann::json::parse(run.output) : nlohmann::json();
}

constexpr int kH = 6, kW = 7;

// The value tifffile_files.py wrote at (t, c, z, i).
float sampleValue(int t, int c, int z, std::size_t i) {
  return float(1000 * t + 100 * c + 10 * z + int(i % 10));
}

void expectSampleValues(const ImageStack& s) {
  const StackGeometry g = s.geometry();
  for (int f = 0; f < s.frames(); ++f) {
    const FramePosition p = g.positionOf(f);
    for (std::size_t i = 0; i < s.frameSize(); ++i)
      ASSERT_EQ(s.frame(f)[i], sampleValue(p.timePoint, p.channel, p.slice, i))
          << "frame " << f << " pixel " << i;
  }
}

} // namespace

TEST(TifffileInterop, ReadsAnImageJHyperstack) {
  test::TempDir dir;
  writeTifffileSamples(dir.path());
  const ImageStack s = readImageStack(dir / "ij_tcyx.tif");
  ASSERT_EQ(s.frames(), 6);
  ASSERT_EQ(s.height(), kH);
  ASSERT_EQ(s.width(), kW);
  const StackGeometry g = s.geometry();
  EXPECT_EQ(g.channels, 2);
  EXPECT_EQ(g.slices, 1);
  EXPECT_EQ(g.timePoints, 3);
  EXPECT_TRUE(g.isHyperstack());
  EXPECT_EQ(g.unit, "micron");
  EXPECT_DOUBLE_EQ(g.spacingX, 0.25);
  EXPECT_DOUBLE_EQ(g.spacingY, 0.5);
  EXPECT_DOUBLE_EQ(g.frameInterval, 0.5);
  EXPECT_TRUE(s.metadata().warnings.empty());
  expectSampleValues(s);
}

TEST(TifffileInterop, ReadsAnImageJZStackWithSpacing) {
  test::TempDir dir;
  writeTifffileSamples(dir.path());
  const ImageStack s = readImageStack(dir / "ij_zyx.tif");
  const StackGeometry g = s.geometry();
  EXPECT_EQ(g.slices, 4);
  EXPECT_FALSE(g.isHyperstack());
  EXPECT_EQ(g.unit, "nm");
  EXPECT_DOUBLE_EQ(g.spacingX, 0.5);
  EXPECT_DOUBLE_EQ(g.spacingZ, 120.0);
  expectSampleValues(s);
}

// tifffile writes the OME planes z fastest (DimensionOrder XYZCT); the reader puts them into
// channel-fastest order, so frame f holds the plane of g.positionOf(f).
TEST(TifffileInterop, ReadsAnOmeTiffInItsDimensionOrder) {
  test::TempDir dir;
  writeTifffileSamples(dir.path());
  const ImageStack s = readImageStack(dir / "ome_czyx.ome.tif");
  ASSERT_EQ(s.frames(), 6);
  const StackGeometry g = s.geometry();
  EXPECT_EQ(g.channels, 2);
  EXPECT_EQ(g.slices, 3);
  EXPECT_EQ(g.timePoints, 1);
  EXPECT_EQ(g.unit, "micron");
  EXPECT_DOUBLE_EQ(g.spacingX, 0.25);
  EXPECT_DOUBLE_EQ(g.spacingY, 0.5);
  EXPECT_NEAR(g.spacingZ, 2.0, 1e-12);
  EXPECT_TRUE(s.metadata().warnings.empty());
  expectSampleValues(s);
}

// What Fiji would see: tifffile parses our output the way ImageJ does (ImageJ description,
// contiguous data from page 1, resolution tags) and must find the same hyperstack.
TEST(TifffileInterop, TifffileSeesOurOutputAsTheSameHyperstack) {
  test::TempDir dir;
  writeTifffileSamples(dir.path());
  struct Case {
    const char* input;
    const char* axes;
    std::vector<int> shape;
  };
  for (const Case& c : {Case{"ij_tcyx.tif", "TCYX", {3, 2, kH, kW}},
                        Case{"ome_czyx.ome.tif", "ZCYX", {3, 2, kH, kW}}}) {
    const ImageStack s = readImageStack(dir / c.input);
    for (bool big : {false, true}) {
      const auto out = dir / (std::string(big ? "big_" : "out_") + c.input);
      WriteOptions wo;
      wo.pixelType = OutputPixelType::Source;
      if (big)
        wo.bigTiffAbove = 0; // BigTIFF however small
      writeImageStack(s, out, wo);
      const nlohmann::json seen = describe(out);
      ASSERT_TRUE(seen.is_object()) << out;
      EXPECT_EQ(seen["is_imagej"], true) << out;
      EXPECT_EQ(seen["is_bigtiff"], big) << out;
      EXPECT_EQ(seen["axes"], c.axes) << out;
      EXPECT_EQ(seen["shape"].get<std::vector<int>>(), c.shape) << out;
      EXPECT_EQ(seen["imagej"]["unit"], "micron") << out;
      EXPECT_EQ(seen["xres"], nlohmann::json::array({4, 1})) << out;
      EXPECT_EQ(seen["yres"], nlohmann::json::array({2, 1})) << out;
      EXPECT_EQ(seen["values"].get<std::vector<float>>(), s.values()) << out;
    }
  }
  const nlohmann::json ome = describe(dir / "out_ome_czyx.ome.tif");
  EXPECT_EQ(ome["imagej"]["spacing"], 2.0);
  EXPECT_EQ(ome["imagej"]["channels"], 2);
  EXPECT_EQ(ome["imagej"]["slices"], 3);
  const nlohmann::json ij = describe(dir / "out_ij_tcyx.tif");
  EXPECT_EQ(ij["imagej"]["finterval"], 0.5);
  EXPECT_EQ(ij["imagej"]["frames"], 3);
  EXPECT_EQ(ij["imagej"]["hyperstack"], true);
}
