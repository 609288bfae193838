// parseImageJDescription and parseOmeXml: what they read from real-looking descriptions, what
// they refuse, and that no bytes make them crash (the readers call them on every TIFF).
#include "image/ImageJDescription.h"
#include "image/OmeXml.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

using namespace pgd;

namespace {

// Text of that kind of metadata that cannot be used: no geometry, a one-line reason.
void expectRefused(const ParsedStackMetadata& parsed, const std::string& text) {
  EXPECT_FALSE(parsed.geometry) << text;
  EXPECT_FALSE(parsed.problem.empty()) << text;
  EXPECT_EQ(parsed.problem.find('\n'), std::string::npos) << parsed.problem;
}

// Text of another kind: no geometry and nothing to complain about.
void expectNotRecognised(const ParsedStackMetadata& parsed, const std::string& text) {
  EXPECT_FALSE(parsed.geometry) << text;
  EXPECT_TRUE(parsed.problem.empty()) << text;
}

void expectCounts(const StackGeometry& g, int channels, int slices, int timePoints) {
  EXPECT_EQ(g.channels, channels);
  EXPECT_EQ(g.slices, slices);
  EXPECT_EQ(g.timePoints, timePoints);
}

} // namespace

TEST(ImageJDescription, ReadsHyperstackCountsAndCalibration) {
  const auto parsed = parseImageJDescription(
      "ImageJ=1.54f\nimages=24\nchannels=2\nslices=3\nframes=4\nhyperstack=true\nmode=composite\n"
      "unit=\\u00B5m\nspacing=0.75\nfinterval=2.5\ntunit=min\nloop=false\n");
  ASSERT_TRUE(parsed.geometry) << parsed.problem;
  const StackGeometry& g = *parsed.geometry;
  expectCounts(g, 2, 3, 4);
  EXPECT_EQ(g.unit, "micron");
  EXPECT_DOUBLE_EQ(g.spacingZ, 0.75);
  EXPECT_DOUBLE_EQ(g.frameInterval, 2.5);
  EXPECT_EQ(g.timeUnit, "min");
  EXPECT_EQ(parsed.dimensionOrder, "XYCZT");
  EXPECT_TRUE(parsed.problem.empty());
}

TEST(ImageJDescription, ImagesAloneAreSlices) {
  const auto parsed = parseImageJDescription("ImageJ=1.11a\nimages=7\n");
  ASSERT_TRUE(parsed.geometry);
  EXPECT_EQ(parsed.geometry->slices, 7);
  EXPECT_EQ(parsed.geometry->channels, 1);
  EXPECT_FALSE(parsed.geometry->isHyperstack());
}

TEST(ImageJDescription, InconsistentOrInvalidCountsGiveAProblemAndNoGeometry) {
  for (const char* text :
       {"ImageJ=1.11a\nimages=5\nchannels=2\nframes=3\n", "ImageJ=1.11a\nchannels=-2\n",
        "ImageJ=1.11a\nslices=3.5\n", "ImageJ=1.11a\nframes=99999999999999999999\n",
        "ImageJ=1.11a\nchannels=4096\nslices=4096\nframes=4096\n"}) {
    expectRefused(parseImageJDescription(text), text);
  }
}

TEST(ImageJDescription, OtherTextIsNotImageJ) {
  for (const char* text : {"", "Created with GIMP", "images=3\nchannels=3", "<OME/>"}) {
    expectNotRecognised(parseImageJDescription(text), text);
  }
}

TEST(ImageJDescription, BadCalibrationValuesAreSkipped) {
  const auto parsed =
      parseImageJDescription("ImageJ=1.11a\nimages=2\nslices=2\nspacing=nan\nfinterval=-1\n"
                             "unit=\x01\x02\nspacing\n=\n");
  ASSERT_TRUE(parsed.geometry);
  EXPECT_DOUBLE_EQ(parsed.geometry->spacingZ, 1.0);
  EXPECT_DOUBLE_EQ(parsed.geometry->frameInterval, 0.0);
  EXPECT_EQ(parsed.geometry->unit, "");
}

TEST(ImageJDescription, FormatThenParseKeepsEverything) {
  StackGeometry g;
  g.channels = 3;
  g.slices = 2;
  g.timePoints = 5;
  g.unit = "nm";
  g.spacingZ = 120.5;
  g.frameInterval = 0.125;
  g.timeUnit = "ms";
  const std::string text = formatImageJDescription(g, 30);
  EXPECT_NE(text.find("hyperstack=true\n"), std::string::npos) << text;
  const auto parsed = parseImageJDescription(text);
  ASSERT_TRUE(parsed.geometry) << text;
  expectCounts(*parsed.geometry, 3, 2, 5);
  EXPECT_EQ(parsed.geometry->unit, "nm");
  EXPECT_DOUBLE_EQ(parsed.geometry->spacingZ, 120.5);
  EXPECT_DOUBLE_EQ(parsed.geometry->frameInterval, 0.125);
  EXPECT_EQ(parsed.geometry->timeUnit, "ms");
}

TEST(ImageJDescription, FormatWritesAPlainStackWhenCountsDoNotMatch) {
  StackGeometry g;
  g.channels = 2;
  g.timePoints = 2;
  const std::string text = formatImageJDescription(g, 3);
  EXPECT_EQ(text.find("channels="), std::string::npos) << text;
  EXPECT_NE(text.find("images=3\nslices=3\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("hyperstack"), std::string::npos) << text;
}

namespace {

std::string omeWith(const std::string& pixelsAttributes) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OME "
         "xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\"><Image ID=\"Image:0\">"
         "<Pixels ID=\"Pixels:0\" " +
         pixelsAttributes + "><TiffData/></Pixels></Image></OME>";
}

} // namespace

TEST(OmeXml, ReadsSizesOrderAndPhysicalSizes) {
  const auto parsed = parseOmeXml(omeWith(
      "DimensionOrder=\"XYZCT\" Type=\"uint16\" SizeX=\"7\" SizeY=\"6\" SizeZ=\"3\" SizeC=\"2\" "
      "SizeT=\"4\" PhysicalSizeX=\"0.25\" PhysicalSizeXUnit=\"&#181;m\" PhysicalSizeY=\"0.5\" "
      "PhysicalSizeZ=\"1500\" PhysicalSizeZUnit=\"nm\" TimeIncrement=\"30\" "
      "TimeIncrementUnit=\"ms\""));
  ASSERT_TRUE(parsed.geometry) << parsed.problem;
  const StackGeometry& g = *parsed.geometry;
  expectCounts(g, 2, 3, 4);
  EXPECT_EQ(parsed.dimensionOrder, "XYZCT");
  EXPECT_EQ(parsed.width, 7);
  EXPECT_EQ(parsed.height, 6);
  EXPECT_EQ(g.unit, "micron");
  EXPECT_DOUBLE_EQ(g.spacingX, 0.25);
  EXPECT_DOUBLE_EQ(g.spacingY, 0.5);
  EXPECT_NEAR(g.spacingZ, 1.5, 1e-12); // converted from nm to X's unit
  EXPECT_DOUBLE_EQ(g.frameInterval, 30.0);
  EXPECT_EQ(g.timeUnit, "ms");
}

TEST(OmeXml, NamespacePrefixesAndDefaultUnitsWork) {
  const auto parsed =
      parseOmeXml("<ome:OME xmlns:ome=\"x\"><ome:Image><ome:Pixels SizeC='1' SizeZ='5' SizeT='1' "
                  "DimensionOrder='XYCZT' PhysicalSizeX='2'/></ome:Image></ome:OME>");
  ASSERT_TRUE(parsed.geometry) << parsed.problem;
  EXPECT_EQ(parsed.geometry->slices, 5);
  EXPECT_EQ(parsed.geometry->unit, "micron");
  EXPECT_DOUBLE_EQ(parsed.geometry->spacingY, 2.0);
}

TEST(OmeXml, UnusablePixelsGiveAOneLineProblem) {
  for (const std::string& text :
       {omeWith("SizeC=\"2\" SizeZ=\"1\" DimensionOrder=\"XYCZT\""),
        omeWith("SizeC=\"0\" SizeZ=\"1\" SizeT=\"1\" DimensionOrder=\"XYCZT\""),
        omeWith("SizeC=\"1\" SizeZ=\"1\" SizeT=\"1\" DimensionOrder=\"XYQZT\""),
        omeWith("SizeC=\"999999\" SizeZ=\"999999\" SizeT=\"1\" DimensionOrder=\"XYCZT\""),
        std::string("<OME><Image/></OME>")}) {
    expectRefused(parseOmeXml(text), text);
  }
}

TEST(OmeXml, OtherTextIsNotOme) {
  for (const char* text : {"", "ImageJ=1.11a\nimages=2\n", "<OMEGA SizeC=\"2\"/>", "<<<>>>"}) {
    expectNotRecognised(parseOmeXml(text), text);
  }
}

TEST(OmeXml, PageOrderMapsToChannelFastestFrames) {
  StackGeometry g;
  g.channels = 2;
  g.slices = 3;
  g.timePoints = 2;
  // XYZCT: z fastest, then c, then t. Page 1 is (c0, z1, t0) = frame 2; page 3 is (c1, z0, t0).
  const std::vector<int> order = pageToFrameOrder(g, "XYZCT");
  ASSERT_EQ(order.size(), 12u);
  EXPECT_EQ(order[0], 0);
  EXPECT_EQ(order[1], g.frameOf({0, 1, 0}));
  EXPECT_EQ(order[3], g.frameOf({1, 0, 0}));
  EXPECT_EQ(order[11], 11);
  std::vector<int> sorted = order;
  std::sort(sorted.begin(), sorted.end());
  for (int i = 0; i < 12; ++i)
    EXPECT_EQ(sorted[std::size_t(i)], i); // a permutation
  const std::vector<int> identity = pageToFrameOrder(g, "XYCZT");
  for (int i = 0; i < 12; ++i)
    EXPECT_EQ(identity[std::size_t(i)], i);
}

// Random edits of valid descriptions must give a geometry whose counts are sane, or none; the
// fuzz target (tests/fuzz) does the same with coverage guidance.
TEST(StackMetadataParsers, SurviveMutatedDescriptions) {
  const std::string seeds[] = {
      "ImageJ=1.11a\nimages=6\nchannels=2\nframes=3\nhyperstack=true\nunit=um\nspacing=2\n",
      omeWith("DimensionOrder=\"XYZCT\" SizeX=\"7\" SizeY=\"6\" SizeZ=\"3\" SizeC=\"2\" "
              "SizeT=\"1\" PhysicalSizeX=\"0.25\" PhysicalSizeXUnit=\"&#181;m\"")};
  std::mt19937 rng(7);
  int parsedCount = 0;
  for (const std::string& seed : seeds)
    for (int i = 0; i < 4000; ++i) {
      std::string text = seed;
      for (int k = 0; k < 1 + int(rng() % 6); ++k) {
        const std::size_t at = rng() % text.size();
        switch (rng() % 3) {
        case 0:
          text[at] = char(rng());
          break;
        case 1:
          text.erase(at, rng() % 8);
          break;
        default:
          text.insert(at, std::string(1 + rng() % 4, "=\n<>\"'&;0-9"[rng() % 11]));
        }
        if (text.empty())
          text = "I";
      }
      for (const ParsedStackMetadata& p : {parseImageJDescription(text), parseOmeXml(text)}) {
        if (!p.geometry)
          continue;
        ++parsedCount;
        EXPECT_GE(p.geometry->channels, 1);
        EXPECT_GE(p.geometry->slices, 1);
        EXPECT_GE(p.geometry->timePoints, 1);
        EXPECT_LE(p.geometry->frames(), 1 << 24);
        EXPECT_GT(p.geometry->spacingZ, 0.0);
      }
    }
  EXPECT_GT(parsedCount, 100); // the mutations leave many descriptions readable
}
