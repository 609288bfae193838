// Hyperstack TIFFs through our own writer and reader: dimensions, calibration and pixel values
// survive a round trip, the file has the layout ImageJ needs, and metadata that does not fit the
// file is dropped with a warning.
#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "job/Error.h"

#include "TempDir.h"
#include "TestImages.h"

#include <gtest/gtest.h>
#include <tiffio.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

using namespace pgd;

namespace {

// 2 channels x 3 slices x 2 time points of 5x4 pixels; every frame's values say where it is.
ImageStack hyperstack() {
  StackGeometry g;
  g.channels = 2;
  g.slices = 3;
  g.timePoints = 2;
  g.spacingX = 0.1625;
  g.spacingY = 0.325;
  g.spacingZ = 0.75;
  g.unit = "micron";
  g.frameInterval = 4.5;
  ImageStack s = test::positionEncodedStack(g, 4, 5);
  s.metadata().sourceType = PixelType::UInt16;
  return s;
}

struct TiffCloser {
  void operator()(TIFF* t) const { TIFFClose(t); }
};

std::unique_ptr<TIFF, TiffCloser> openTiff(const std::filesystem::path& path) {
  return std::unique_ptr<TIFF, TiffCloser>(TIFFOpen(path.c_str(), "r"));
}

void expectSameGeometry(const StackGeometry& a, const StackGeometry& b) {
  EXPECT_EQ(a.channels, b.channels);
  EXPECT_EQ(a.slices, b.slices);
  EXPECT_EQ(a.timePoints, b.timePoints);
  EXPECT_NEAR(a.spacingX, b.spacingX, 1e-12 * b.spacingX);
  EXPECT_NEAR(a.spacingY, b.spacingY, 1e-12 * b.spacingY);
  EXPECT_DOUBLE_EQ(a.spacingZ, b.spacingZ);
  EXPECT_EQ(a.unit, b.unit);
  EXPECT_DOUBLE_EQ(a.frameInterval, b.frameInterval);
  EXPECT_EQ(a.timeUnit, b.timeUnit);
}

// What was written came back: frames, values, geometry, and no warning.
void expectSameStack(const ImageStack& read, const ImageStack& written) {
  ASSERT_EQ(read.frames(), written.frames());
  EXPECT_EQ(read.values(), written.values());
  expectSameGeometry(read.geometry(), written.geometry());
  EXPECT_TRUE(read.metadata().warnings.empty());
}

std::string magicOf(const std::filesystem::path& path) {
  auto tif = openTiff(path);
  return tif && TIFFIsBigTIFF(tif.get()) ? "BigTIFF" : "classic";
}

} // namespace

TEST(HyperstackFile, WriteAndReadBackKeepsDimensionsCalibrationAndValues) {
  test::TempDir dir;
  const ImageStack s = hyperstack();
  for (OutputPixelType type : {OutputPixelType::Source, OutputPixelType::Float32}) {
    const auto path = dir / (type == OutputPixelType::Source ? "u16.tif" : "f32.tif");
    WriteOptions wo;
    wo.pixelType = type;
    writeImageStack(s, path, wo);
    expectSameStack(readImageStack(path), s);
  }
}

// ImageJ reads a stack with an ImageJ description as one block starting at the first strip of
// page 1 (it skips the other directories), so every page's strips must follow the previous
// page's without a gap, and the description must be on page 1.
TEST(HyperstackFile, LayoutIsWhatImageJReads) {
  test::TempDir dir;
  const ImageStack s = hyperstack();
  WriteOptions wo;
  wo.pixelType = OutputPixelType::Source;
  writeImageStack(s, dir / "h.tif", wo);
  auto tif = openTiff(dir / "h.tif");
  ASSERT_TRUE(tif);
  const char* description = nullptr;
  ASSERT_EQ(TIFFGetField(tif.get(), TIFFTAG_IMAGEDESCRIPTION, &description), 1);
  EXPECT_EQ(std::string(description),
            "ImageJ=1.11a\nimages=12\nchannels=2\nslices=3\nframes=2\nhyperstack=true\n"
            "mode=grayscale\nunit=micron\nspacing=0.75\nfinterval=4.5\nloop=false\n");
  float xres = 0, yres = 0;
  std::uint16_t unit = 0;
  ASSERT_EQ(TIFFGetField(tif.get(), TIFFTAG_XRESOLUTION, &xres), 1);
  ASSERT_EQ(TIFFGetField(tif.get(), TIFFTAG_YRESOLUTION, &yres), 1);
  ASSERT_EQ(TIFFGetField(tif.get(), TIFFTAG_RESOLUTIONUNIT, &unit), 1);
  EXPECT_FLOAT_EQ(xres, float(1 / 0.1625));
  EXPECT_FLOAT_EQ(yres, float(1 / 0.325));
  EXPECT_EQ(unit, RESUNIT_NONE);
  const std::uint64_t frameBytes = 4 * 5 * 2;
  std::uint64_t expected = 0;
  int pages = 0;
  do {
    std::uint64_t* offsets = nullptr;
    std::uint64_t* counts = nullptr;
    ASSERT_EQ(TIFFGetField(tif.get(), TIFFTAG_STRIPOFFSETS, &offsets), 1);
    ASSERT_EQ(TIFFGetField(tif.get(), TIFFTAG_STRIPBYTECOUNTS, &counts), 1);
    if (pages == 0)
      expected = offsets[0];
    EXPECT_EQ(offsets[0], expected) << "page " << pages + 1;
    EXPECT_EQ(counts[0], frameBytes);
    expected += frameBytes;
    if (pages > 0) {
      EXPECT_EQ(TIFFGetField(tif.get(), TIFFTAG_IMAGEDESCRIPTION, &description), 0);
    }
    ++pages;
  } while (TIFFReadDirectory(tif.get()));
  EXPECT_EQ(pages, 12);
}

TEST(HyperstackFile, PlainStacksAndCutStacksAreWrittenAsPlainSlices) {
  test::TempDir dir;
  ImageStack s = hyperstack();
  const ImageStack one = s.frameCopy(3);
  EXPECT_EQ(one.geometry().frames(), 1);
  writeImageStack(one, dir / "one.tif");
  const ImageStack r = readImageStack(dir / "one.tif");
  EXPECT_EQ(r.geometry().channels, 1);
  EXPECT_EQ(r.geometry().unit, "micron"); // the calibration stays
  EXPECT_NEAR(r.geometry().spacingX, 0.1625, 1e-12);

  ImageStack plain(3, 2, 2, 1.0f); // made in memory: no geometry
  writeImageStack(plain, dir / "plain.tif");
  const ImageStack p = readImageStack(dir / "plain.tif");
  EXPECT_EQ(p.geometry().slices, 3);
  EXPECT_FALSE(p.geometry().isHyperstack());
  EXPECT_EQ(p.geometry().unit, "");
  EXPECT_DOUBLE_EQ(p.geometry().spacingX, 1.0);
}

// A description written by hand that claims more images than the file has pages: the pixels are
// read as a plain stack and the reader says why the dimensions were dropped.
TEST(HyperstackFile, MetadataThatDoesNotFitTheFileIsDroppedWithAWarning) {
  test::TempDir dir;
  const auto path = dir / "wrong.tif";
  {
    auto tif = std::unique_ptr<TIFF, TiffCloser>(TIFFOpen(path.c_str(), "w"));
    ASSERT_TRUE(tif);
    const std::uint8_t row[3] = {1, 2, 3};
    for (int page = 0; page < 2; ++page) {
      TIFFSetField(tif.get(), TIFFTAG_IMAGEWIDTH, 3);
      TIFFSetField(tif.get(), TIFFTAG_IMAGELENGTH, 1);
      TIFFSetField(tif.get(), TIFFTAG_BITSPERSAMPLE, 8);
      TIFFSetField(tif.get(), TIFFTAG_SAMPLESPERPIXEL, 1);
      TIFFSetField(tif.get(), TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
      if (page == 0)
        TIFFSetField(tif.get(), TIFFTAG_IMAGEDESCRIPTION,
                     "ImageJ=1.11a\nimages=6\nchannels=3\nframes=2\nhyperstack=true\n");
      ASSERT_EQ(TIFFWriteScanline(tif.get(), const_cast<std::uint8_t*>(row), 0, 0), 1);
      ASSERT_EQ(TIFFWriteDirectory(tif.get()), 1);
    }
  }
  const ImageStack r = readImageStack(path);
  EXPECT_EQ(r.frames(), 2);
  EXPECT_EQ(r.geometry().channels, 1);
  ASSERT_EQ(r.metadata().warnings.size(), 1u);
  EXPECT_EQ(r.metadata().warnings[0],
            "ImageJ metadata describes 6 images (3 channels x 1 slices x 2 time points) but the "
            "file has 2 pages; dimensions ignored");
}

namespace {

std::string fileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void writeFileBytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// Turns our output (classic TIFF, contiguous data, description on page 1) into what ImageJ
// writes for stacks past 4 GiB: page 1's directory is the last one in the chain.
void endChainAfterPageOne(const std::filesystem::path& path) {
  std::string bytes = fileBytes(path);
  const auto u32 = [&](std::size_t at) {
    return std::uint32_t(std::uint8_t(bytes[at])) |
           std::uint32_t(std::uint8_t(bytes[at + 1])) << 8 |
           std::uint32_t(std::uint8_t(bytes[at + 2])) << 16 |
           std::uint32_t(std::uint8_t(bytes[at + 3])) << 24;
  };
  const std::size_t ifd = u32(4);
  const std::size_t entries = std::uint8_t(bytes[ifd]) | std::uint8_t(bytes[ifd + 1]) << 8;
  bytes.replace(ifd + 2 + 12 * entries, 4, std::string(4, '\0'));
  writeFileBytes(path, bytes);
}

} // namespace

TEST(HyperstackFile, ReadsImageJStacksSavedWithOneDirectory) {
  test::TempDir dir;
  const ImageStack s = hyperstack();
  WriteOptions wo;
  wo.pixelType = OutputPixelType::Source;
  writeImageStack(s, dir / "one.tif", wo);
  endChainAfterPageOne(dir / "one.tif");
  auto tif = openTiff(dir / "one.tif");
  ASSERT_EQ(TIFFNumberOfDirectories(tif.get()), 1u);
  expectSameStack(readImageStack(dir / "one.tif"), s);
}

TEST(HyperstackFile, OneDirectoryImageJStackLongerThanTheFileIsAnInputError) {
  test::TempDir dir;
  const auto path = dir / "short.tif";
  writeImageStack(hyperstack(), path); // float32: 80 bytes a frame, 12 frames
  endChainAfterPageOne(path);
  // Claim 54 images (2 channels x 3 slices x 9 time points): 4320 bytes of data the file lacks.
  std::string bytes = fileBytes(path);
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"images=12", "images=54"},
                                 std::pair<std::string, std::string>{"frames=2", "frames=9"}}) {
    const auto at = bytes.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    bytes.replace(at, from.size(), to);
  }
  writeFileBytes(path, bytes);
  try {
    readImageStack(path);
    FAIL() << "an ImageJ stack longer than its file was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Input);
    EXPECT_NE(std::string(e.what()).find("truncated TIFF (ImageJ stack of 54 images"),
              std::string::npos)
        << e.what();
  }
}

// The rule that switches to BigTIFF, checked at a threshold a test can reach: a file one byte
// over it is BigTIFF, one that fits is classic, and both read back the same.
TEST(BigTiffSwitch, WriterSwitchesWhenTheClassicFileWouldPassTheLimit) {
  test::TempDir dir;
  const ImageStack s = hyperstack();
  const std::uint64_t classic = classicTiffBytes(s, PixelType::UInt16);
  WriteOptions wo;
  wo.pixelType = OutputPixelType::Source;
  wo.bigTiffAbove = classic;
  writeImageStack(s, dir / "fits.tif", wo);
  EXPECT_EQ(magicOf(dir / "fits.tif"), "classic");
  EXPECT_EQ(std::filesystem::file_size(dir / "fits.tif"), classic); // the estimate is exact
  wo.bigTiffAbove = classic - 1;
  writeImageStack(s, dir / "big.tif", wo);
  EXPECT_EQ(magicOf(dir / "big.tif"), "BigTIFF");
  for (const char* name : {"fits.tif", "big.tif"}) {
    SCOPED_TRACE(name);
    expectSameStack(readImageStack(dir / name), s);
  }
}

TEST(BigTiffSwitch, DefaultLimitIsTheClassicFormatsAddressRange) {
  EXPECT_EQ(WriteOptions().bigTiffAbove, 0xFFFFFFFFull);
}
