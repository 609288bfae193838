// Frame-by-frame reading and writing (core/image/FrameSource.h, TiffFrameSource.h,
// FrameFileWriter.h): a streamed file must hold the same bytes as writeImageStack's, frames must
// read back as readImageStack gives them in any order, and an output abandoned before commit must
// leave nothing behind.
#include "TempDir.h"
#include "TestImages.h"

#include "image/FrameFileWriter.h"
#include "image/FrameSource.h"
#include "image/NormalizationSampling.h"
#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "job/Error.h"

#include <gtest/gtest.h>

#include <vector>

namespace pgd::test {
namespace {
namespace fs = std::filesystem;

// frames x h x w with every frame different (frame f holds 1000 * f + pixel index).
ImageStack distinctFrames(int frames, int h, int w) {
  ImageStack s(frames, h, w);
  for (int f = 0; f < frames; ++f)
    for (std::size_t i = 0; i < s.frameSize(); ++i)
      s.frame(f)[i] = float(1000 * f + int(i % 997));
  s.metadata().sourceType = PixelType::UInt16;
  return s;
}

std::vector<float> frameOf(const ImageStack& s, int f) {
  return {s.frame(f), s.frame(f) + s.frameSize()};
}

TEST(FrameStream, FramesReadInAnyOrderAsReadImageStackGivesThem) {
  TempDir dir;
  ImageStack stack = distinctFrames(6, 20, 24);
  stack.metadata().geometry.channels = 2;
  stack.metadata().geometry.slices = 3;
  stack.metadata().geometry.unit = "micron";
  stack.metadata().geometry.spacingX = stack.metadata().geometry.spacingY = 0.25;
  WriteOptions source;
  source.pixelType = OutputPixelType::Source;
  writeImageStack(stack, dir / "h.tif", source);
  const ImageStack whole = readImageStack(dir / "h.tif");
  const auto frames = openFrameSource(dir / "h.tif");
  ASSERT_EQ(frames->frames(), 6);
  EXPECT_EQ(frames->metadata().sourceType, PixelType::UInt16);
  EXPECT_EQ(frames->geometry().channels, 2);
  EXPECT_EQ(frames->geometry().slices, 3);
  EXPECT_EQ(frames->geometry().unit, "micron");
  std::vector<float> out(frames->frameSize());
  for (const int f : {5, 0, 3, 3, 1, 4, 2}) {
    frames->read(f, out.data());
    EXPECT_EQ(out, frameOf(whole, f)) << "frame " << f;
  }
  // LZW pages through libtiff's decoder.
  std::vector<std::uint16_t> values(4 * 16 * 16);
  for (std::size_t i = 0; i < values.size(); ++i)
    values[i] = std::uint16_t(i * 7);
  writeCompressedTiff(dir / "lzw.tif", 4, 16, 16, values, "LZW");
  const ImageStack lzw = readImageStack(dir / "lzw.tif");
  const auto lzwFrames = openFrameSource(dir / "lzw.tif");
  std::vector<float> small(lzwFrames->frameSize());
  for (const int f : {3, 1, 2, 0}) {
    lzwFrames->read(f, small.data());
    EXPECT_EQ(small, frameOf(lzw, f)) << "frame " << f;
  }
}

TEST(FrameStream, NonFiniteFrameIsRefusedWhenRead) {
  TempDir dir;
  ImageStack stack = distinctFrames(3, 8, 8);
  stack.frame(2)[5] = std::numeric_limits<float>::quiet_NaN();
  writeImageStack(stack, dir / "nan.tif");
  const auto frames = openFrameSource(dir / "nan.tif");
  std::vector<float> out(frames->frameSize());
  frames->read(0, out.data());
  try {
    frames->read(2, out.data());
    FAIL() << "a NaN frame was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Input);
    EXPECT_NE(std::string(e.what()).find("frame 3 contains 1 NaN"), std::string::npos) << e.what();
  }
}

TEST(FrameStream, StreamedFileHasTheBytesOfWriteImageStack) {
  TempDir dir;
  ImageStack stack = distinctFrames(5, 17, 33);
  stack.frame(1)[0] = -4.0f;    // clipped to 0 as uint16
  stack.frame(2)[1] = 70000.0f; // clipped to 65535
  stack.metadata().geometry.timePoints = 5;
  for (const auto type : {OutputPixelType::Float32, OutputPixelType::Source}) {
    WriteOptions options;
    options.pixelType = type;
    writeImageStack(stack, dir / "whole.tif", options);
    {
      FrameFileWriter out(dir / "streamed.tif", stack.frames(), stack.height(), stack.width(),
                          stack.metadata(), options);
      for (int f = 0; f < stack.frames(); ++f)
        out.append(stack.frame(f));
      EXPECT_FALSE(fs::exists(dir / "streamed.tif")) << "visible before commit";
      out.commit();
    }
    EXPECT_EQ(readBytes(dir / "streamed.tif"), readBytes(dir / "whole.tif"));
    fs::remove(dir / "whole.tif");
    fs::remove(dir / "streamed.tif");
  }
  // The BigTIFF switch is decided from the shape up front, as writeImageStack decides it.
  WriteOptions big;
  big.bigTiffAbove = 1024;
  writeImageStack(stack, dir / "whole.tif", big);
  FrameFileWriter out(dir / "big.tif", stack.frames(), stack.height(), stack.width(),
                      stack.metadata(), big);
  for (int f = 0; f < stack.frames(); ++f)
    out.append(stack.frame(f));
  out.commit();
  EXPECT_EQ(readBytes(dir / "big.tif"), readBytes(dir / "whole.tif"));
  EXPECT_EQ(readBytes(dir / "big.tif").substr(2, 1), std::string(1, char(43)));
}

TEST(FrameStream, AbandonedOutputLeavesNothingBehind) {
  TempDir dir;
  const ImageStack stack = distinctFrames(4, 8, 8);
  writeBytes(dir / "keep.txt", "existing");
  {
    FrameFileWriter out(dir / "partial.tif", 4, 8, 8, stack.metadata(), {});
    out.append(stack.frame(0));
    out.append(stack.frame(1));
    EXPECT_THROW(out.commit(), Error) << "committed with 2 of 4 frames";
  }
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir.path()))
    names.push_back(e.path().filename().string());
  EXPECT_EQ(names, std::vector<std::string>{"keep.txt"});
  // An existing output is refused up front unless overwrite is asked for.
  EXPECT_THROW(FrameFileWriter(dir / "keep.txt", 1, 8, 8, stack.metadata(), {}), Error);
}

TEST(FrameStream, FirstPassNormalisationEqualsTheWholeStacks) {
  TempDir dir;
  // 699 x 699 frames (an odd size): 3 frames give stride 1, 5 frames stride 2, whose samples
  // fall at odd and even places in alternate frames.
  for (const int frames : {3, 5}) {
    ImageStack stack(frames, 699, 699);
    for (std::size_t i = 0; i < stack.size(); ++i)
      stack.values()[i] = float((i * 7919) % 65536);
    stack.metadata().sourceType = PixelType::UInt16;
    WriteOptions source;
    source.pixelType = OutputPixelType::Source;
    writeImageStack(stack, dir / "n.tif", source);
    const Normalization whole = Normalization::fromData(readImageStack(dir / "n.tif"));
    const auto frameSource = openFrameSource(dir / "n.tif");
    const Normalization streamed = normalizationOfFrames(*frameSource);
    EXPECT_EQ(streamed.scale, whole.scale) << frames << " frames";
    EXPECT_EQ(streamed.offset, whole.offset) << frames << " frames";
    EXPECT_GT(whole.scale, 60000.0);
    fs::remove(dir / "n.tif");
  }
}

} // namespace
} // namespace pgd::test
