// Reading a BigTIFF larger than 4 GiB, where page offsets need 64 bits.
#include "image/StackReader.h"
#include "job/Error.h"

#include "TempDir.h"
#include "TestImages.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cstdint>
#include <filesystem>

using namespace pgd;

namespace {

// The second page starts 64 KiB past 4 GiB: every offset to it needs more than 32 bits, and the
// file is just over the classic limit. It is sparse (the gap is never written), so the test
// writes a few KiB, not 4 GiB, and reads only the two pages.
constexpr std::uint64_t kSecondPageAt = (std::uint64_t(1) << 32) + (64 << 10);

std::vector<std::uint16_t> ramp(int n, int start) {
  std::vector<std::uint16_t> v(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i)
    v[std::size_t(i)] = std::uint16_t(start + 3 * i);
  return v;
}

} // namespace

TEST(BigTiffFile, ReadsAFileLargerThan4GiB) {
  test::TempDir dir;
  const auto path = dir / "big.tif";
  const auto page1 = ramp(6 * 5, 10), page2 = ramp(6 * 5, 5000);
  test::writeSparseBigTiff(path, 6, 5, page1, page2, kSecondPageAt);
  ASSERT_GT(std::filesystem::file_size(path), 0xFFFFFFFFull);
  struct stat info {};
  ASSERT_EQ(::stat(path.c_str(), &info), 0);
  EXPECT_LT(std::uint64_t(info.st_blocks) * 512, std::uint64_t(64) << 20)
      << "the temporary folder's file system does not keep the file sparse";

  const ImageStack s = readImageStack(path);
  ASSERT_EQ(s.frames(), 2);
  ASSERT_EQ(s.width(), 6);
  ASSERT_EQ(s.height(), 5);
  EXPECT_EQ(s.metadata().sourceType, PixelType::UInt16);
  for (std::size_t i = 0; i < page1.size(); ++i) {
    EXPECT_EQ(s.frame(0)[i], float(page1[i]));
    EXPECT_EQ(s.frame(1)[i], float(page2[i]));
  }
}

TEST(BigTiffFile, TruncatedBigFileIsAnInputError) {
  test::TempDir dir;
  const auto path = dir / "cut.tif";
  test::writeSparseBigTiff(path, 6, 5, ramp(30, 0), ramp(30, 0), kSecondPageAt);
  std::filesystem::resize_file(path, kSecondPageAt + 200); // directory whole, data cut
  try {
    readImageStack(path);
    FAIL() << "a truncated BigTIFF was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Input);
    EXPECT_NE(std::string(e.what()).find("truncated"), std::string::npos) << e.what();
  }
}
