#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "job/Error.h"

#include "TempDir.h"
#include "TestImages.h"

#include <gtest/gtest.h>
#include <tiffio.h>

#include <limits>

using namespace pgd;

namespace {

// Expects readImageStack(path) to throw an Input error whose one-line message names the file and
// contains `what`.
void expectInputError(const std::filesystem::path& path, const std::string& what) {
  try {
    (void)readImageStack(path);
    FAIL() << "no error for " << path;
  } catch (const Error& e) {
    const std::string msg = e.what();
    EXPECT_EQ(e.kind(), ErrorKind::Input) << msg;
    EXPECT_NE(msg.find(path.string()), std::string::npos) << msg;
    EXPECT_NE(msg.find(what), std::string::npos) << msg;
    EXPECT_EQ(msg.find('\n'), std::string::npos) << "multi-line: " << msg;
  }
}

void expectOutputError(const ImageStack& s, const std::filesystem::path& path,
                       const std::string& what) {
  try {
    writeImageStack(s, path);
    FAIL() << "no error for " << path;
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Output) << e.what();
    EXPECT_NE(std::string(e.what()).find(what), std::string::npos) << e.what();
  }
}

ImageStack small() {
  ImageStack s(2, 16, 16);
  for (std::size_t i = 0; i < s.size(); ++i)
    s.values()[i] = float(i % 251);
  return s;
}

} // namespace

TEST(StackIoBadInput, MissingFile) {
  test::TempDir dir;
  expectInputError(dir / "nope.tif", "file not found");
}

TEST(StackIoBadInput, Directory) {
  test::TempDir dir;
  expectInputError(dir.path(), "is a directory");
}

TEST(StackIoBadInput, EmptyFile) {
  test::TempDir dir;
  test::writeBytes(dir / "empty.tif", "");
  expectInputError(dir / "empty.tif", "file is empty");
}

TEST(StackIoBadInput, GarbageWithTiffExtension) {
  test::TempDir dir;
  test::writeBytes(dir / "junk.tif", std::string(4096, 'x'));
  expectInputError(dir / "junk.tif", "not a readable TIFF or PNG");
}

TEST(StackIoBadInput, TruncatedTiff) {
  test::TempDir dir;
  WriteOptions wo;
  ImageStack s(3, 64, 64, 1.0f);
  writeImageStack(s, dir / "full.tif", wo);
  const std::string bytes = test::readBytes(dir / "full.tif");
  test::writeBytes(dir / "cut.tif", bytes.substr(0, bytes.size() / 3));
  try {
    (void)readImageStack(dir / "cut.tif");
    FAIL() << "truncated TIFF was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Input);
    EXPECT_NE(std::string(e.what()).find("cut.tif"), std::string::npos);
  }
}

TEST(StackIoBadInput, TiffMagicWithCorruptDirectory) {
  test::TempDir dir;
  std::string bytes("II*\0", 4);
  bytes += std::string("\x08\0\0\0", 4);
  bytes += std::string("\xff\xff", 2) + std::string(64, '\x7f');
  test::writeBytes(dir / "bad.tif", bytes);
  try {
    (void)readImageStack(dir / "bad.tif");
    FAIL() << "corrupt TIFF was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Input);
    EXPECT_NE(std::string(e.what()).find("bad.tif"), std::string::npos);
  }
}

TEST(StackIoBadInput, PngChunkClaimingMoreBytesThanTheFileHas) {
  // A valid 5x6 PNG header followed by an sCAL chunk that claims 2 GB: libpng would allocate
  // the claimed length before noticing the file ends (found by fuzzing).
  test::TempDir dir;
  ImageStack one(1, 6, 5);
  one.metadata().sourceType = PixelType::UInt16;
  WriteOptions wo;
  wo.pixelType = OutputPixelType::Source;
  writeImageStack(one, dir / "ok.png", wo);
  const std::string ok = test::readBytes(dir / "ok.png");
  const std::string chunk("\x7a\x00\x00\x04sCAL\x01\x02", 10);
  test::writeBytes(dir / "bomb.png", ok.substr(0, 33) + chunk); // signature + IHDR = 33 bytes
  expectInputError(dir / "bomb.png", "chunk sCAL claims 2046820356 bytes, 2 are left in the file");
}

TEST(StackIoBadInput, TiffPageDeclaringMoreThanItsCompressedDataCanHold) {
  // 300 bytes of "deflate" data cannot decode to 60000x60000 16-bit pixels (7.2 GB): refused
  // before anything is allocated for the page (found by fuzzing).
  test::TempDir dir;
  const auto path = dir / "bomb.tif";
  {
    TIFF* tif = TIFFOpen(path.c_str(), "w");
    ASSERT_NE(tif, nullptr);
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, 60000u);
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, 60000u);
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 16);
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(tif, TIFFTAG_COMPRESSION, COMPRESSION_ADOBE_DEFLATE);
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
    TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, 60000u);
    std::string junk(300, '\x5a');
    ASSERT_EQ(TIFFWriteRawStrip(tif, 0, junk.data(), tmsize_t(junk.size())), 300);
    TIFFClose(tif);
  }
  expectInputError(path, "page 1 declares 60000x60000 pixels but stores only 300 bytes");
}

TEST(StackIoBadInput, TiffPageWithACompressionThisBuildCannotDecode) {
  // Scheme 257 is no codec libtiff knows: refused by name before anything is allocated (a
  // 294-byte file with it declared 6 x 83886080 pixels; found by fuzzing).
  test::TempDir dir;
  ImageStack one(1, 8, 8, 3.0f);
  one.metadata().sourceType = PixelType::UInt16;
  WriteOptions wo;
  wo.pixelType = OutputPixelType::Source;
  writeImageStack(one, dir / "ok.tif", wo);
  std::string bytes = test::readBytes(dir / "ok.tif");
  // The Compression entry of the little-endian IFD: tag 259, type SHORT, count 1, value 1.
  const std::string entry("\x03\x01\x03\x00\x01\x00\x00\x00\x01\x00", 10);
  const std::size_t at = bytes.find(entry);
  ASSERT_NE(at, std::string::npos);
  bytes[at + 8] = '\x01';
  bytes[at + 9] = '\x01'; // 0x0101 = 257
  test::writeBytes(dir / "odd.tif", bytes);
  expectInputError(dir / "odd.tif", "page 1 uses TIFF compression scheme 257, which this build");
}

TEST(StackIoBadInput, NaNAndInfPixels) {
  test::TempDir dir;
  ImageStack s = small();
  s.values()[3] = std::numeric_limits<float>::quiet_NaN();
  s.values()[9] = -std::numeric_limits<float>::infinity();
  writeImageStack(s, dir / "nan.tif");
  expectInputError(dir / "nan.tif", "2 NaN or infinite");
  ReadOptions ro;
  ro.allowNonFinite = true;
  EXPECT_EQ(readImageStack(dir / "nan.tif", ro).nonFiniteCount(), 2u);
}

TEST(StackIoBadInput, ChannelOutOfRange) {
  test::TempDir dir;
  writeImageStack(small(), dir / "gray.tif");
  ReadOptions ro;
  ro.channel = 2;
  try {
    (void)readImageStack(dir / "gray.tif", ro);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("channel 2"), std::string::npos);
  }
}

TEST(StackIoBadInput, UnwritableOutputs) {
  test::TempDir dir;
  const ImageStack s = small();
  expectOutputError(s, dir / "missing-folder" / "out.tif", "does not exist");
  expectOutputError(s, dir / "out.jpg", ".tif, .tiff or .png");
  expectOutputError(ImageStack(), dir / "empty.tif", "empty image");
  expectOutputError(s, dir / "two.png", "one frame");
  std::filesystem::create_directory(dir / "sub.tif");
  expectOutputError(s, dir / "sub.tif", "is a directory");
}
