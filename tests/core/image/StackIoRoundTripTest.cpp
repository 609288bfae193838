#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "job/Error.h"

#include "TempDir.h"
#include "TestImages.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace pgd;

namespace {

ImageStack ramp(int frames, int h, int w, double lo, double hi) {
  ImageStack s(frames, h, w);
  for (std::size_t i = 0; i < s.size(); ++i)
    s.values()[i] = float(lo + (hi - lo) * double(i % 97) / 96.0);
  return s;
}

struct TypeCase {
  PixelType type;
  double lo, hi;
};

class RoundTrip : public ::testing::TestWithParam<TypeCase> {};

} // namespace

TEST_P(RoundTrip, SourceTypeSingleAndMultiPageTiffKeepValuesAndType) {
  const TypeCase c = GetParam();
  test::TempDir dir;
  for (int frames : {1, 3}) {
    ImageStack s = ramp(frames, 5, 7, c.lo, c.hi);
    if (isInteger(c.type))
      for (auto& v : s.values())
        v = std::nearbyint(v);
    s.metadata().sourceType = c.type;
    const auto path = dir / ("img" + std::to_string(frames) + ".tif");
    WriteOptions wo;
    wo.pixelType = OutputPixelType::Source;
    writeImageStack(s, path, wo);
    const ImageStack r = readImageStack(path);
    ASSERT_EQ(r.frames(), frames) << toString(c.type);
    ASSERT_EQ(r.height(), 5);
    ASSERT_EQ(r.width(), 7);
    EXPECT_EQ(r.metadata().sourceType, c.type == PixelType::Float64 ? PixelType::Float32 : c.type);
    EXPECT_EQ(r.values(), s.values()) << toString(c.type);
  }
}

INSTANTIATE_TEST_SUITE_P(AllPixelTypes, RoundTrip,
                         ::testing::Values(TypeCase{PixelType::UInt8, 0, 255},
                                           TypeCase{PixelType::Int8, -128, 127},
                                           TypeCase{PixelType::UInt16, 0, 65535},
                                           TypeCase{PixelType::Int16, -32768, 32767},
                                           TypeCase{PixelType::UInt32, 0, 16777216},
                                           TypeCase{PixelType::Int32, -16777216, 16777216},
                                           TypeCase{PixelType::Float32, -3.5, 1e6}),
                         [](const auto& info) { return std::string(toString(info.param.type)); });

TEST(StackIo, Float32IsDefaultAndLossless) {
  test::TempDir dir;
  ImageStack s = ramp(2, 4, 4, -1.25, 3.75);
  s.metadata().sourceType = PixelType::UInt8;
  writeImageStack(s, dir / "f.tif");
  const ImageStack r = readImageStack(dir / "f.tif");
  EXPECT_EQ(r.metadata().sourceType, PixelType::Float32);
  EXPECT_EQ(r.values(), s.values());
}

TEST(StackIo, SourceTypeRoundsAndClips) {
  test::TempDir dir;
  ImageStack s(1, 1, 4);
  s.values() = {-5.0f, 1.4f, 1.6f, 300.0f};
  s.metadata().sourceType = PixelType::UInt8;
  WriteOptions wo;
  wo.pixelType = OutputPixelType::Source;
  writeImageStack(s, dir / "u8.tif", wo);
  EXPECT_EQ(readImageStack(dir / "u8.tif").values(), (std::vector<float>{0, 1, 2, 255}));
}

TEST(StackIo, PngGray8And16RoundTrip) {
  test::TempDir dir;
  for (PixelType t : {PixelType::UInt8, PixelType::UInt16}) {
    ImageStack s = ramp(1, 6, 9, 0, t == PixelType::UInt8 ? 255 : 65535);
    for (auto& v : s.values())
      v = std::nearbyint(v);
    s.metadata().sourceType = t;
    WriteOptions wo;
    wo.pixelType = OutputPixelType::Source;
    const auto path = dir / (std::string(toString(t)) + ".png");
    writeImageStack(s, path, wo);
    const ImageStack r = readImageStack(path);
    EXPECT_EQ(r.metadata().sourceType, t);
    EXPECT_EQ(r.values(), s.values());
  }
}

TEST(StackIo, CompressedMultiPageTiffsAreRead) {
  test::TempDir dir;
  std::vector<std::uint16_t> v(3 * 8 * 10);
  for (std::size_t i = 0; i < v.size(); ++i)
    v[i] = std::uint16_t((i * 37) % 4000);
  for (const char* comp : {"LZW", "Deflate", "PackBits"}) {
    const auto path = dir / (std::string(comp) + ".tif");
    test::writeCompressedTiff(path, 3, 8, 10, v, comp);
    const ImageStack r = readImageStack(path);
    ASSERT_EQ(r.frames(), 3) << comp;
    for (std::size_t i = 0; i < v.size(); ++i)
      ASSERT_EQ(r.values()[i], float(v[i])) << comp << " at " << i;
  }
}

TEST(StackIo, PalettePngBecomesLuminanceWithWarning) {
  test::TempDir dir;
  const std::vector<std::uint8_t> idx{0, 1, 2, 1, 0, 2};
  const std::vector<std::uint8_t> pal{0, 0, 0, 100, 100, 100, 255, 0, 0};
  test::writePalettePng(dir / "pal.png", 3, 2, idx, pal);
  const ImageStack r = readImageStack(dir / "pal.png");
  ASSERT_EQ(r.size(), 6u);
  EXPECT_NEAR(r.values()[0], 0.0f, 1e-4);
  EXPECT_NEAR(r.values()[1], 100.0f, 1e-3);
  EXPECT_NEAR(r.values()[2], 0.299f * 255.0f, 1e-3);
  EXPECT_FALSE(r.metadata().warnings.empty());
}

TEST(StackIo, RgbPngLuminanceOrChosenChannel) {
  test::TempDir dir;
  const std::vector<std::uint8_t> rgb{10, 20, 30, 200, 100, 0};
  test::writeRgbPng(dir / "rgb.png", 2, 1, rgb);
  const ImageStack lum = readImageStack(dir / "rgb.png");
  EXPECT_NEAR(lum.values()[0], 0.299 * 10 + 0.587 * 20 + 0.114 * 30, 1e-3);
  EXPECT_EQ(lum.metadata().sourceChannels, 3);
  ASSERT_FALSE(lum.metadata().warnings.empty());
  EXPECT_NE(lum.metadata().warnings[0].find("luminance"), std::string::npos);
  ReadOptions green;
  green.channel = 1;
  EXPECT_EQ(readImageStack(dir / "rgb.png", green).values(), (std::vector<float>{20, 100}));
}

TEST(StackIo, WriteRefusesToOverwriteInputsOrExistingFiles) {
  test::TempDir dir;
  ImageStack s = ramp(1, 4, 4, 0, 10);
  writeImageStack(s, dir / "in.tif");
  const std::string before = test::readBytes(dir / "in.tif");
  ImageStack other = ramp(1, 4, 4, 50, 60);
  EXPECT_THROW(writeImageStack(other, dir / "in.tif"), Error);
  WriteOptions wo;
  wo.overwrite = true;
  wo.protectedInputs = {dir / "in.tif"};
  EXPECT_THROW(writeImageStack(other, dir / "./in.tif", wo), Error);
  EXPECT_EQ(test::readBytes(dir / "in.tif"), before);
  wo.protectedInputs.clear();
  writeImageStack(other, dir / "in.tif", wo);
  EXPECT_NE(test::readBytes(dir / "in.tif"), before);
}

TEST(StackIo, AtomicWriteLeavesNoTemporaryFiles) {
  test::TempDir dir;
  writeImageStack(ramp(2, 8, 8, 0, 1), dir / "a.tif");
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
    ++files;
    EXPECT_EQ(e.path().filename(), "a.tif");
  }
  EXPECT_EQ(files, 1);
}
