#include "TestImages.h"

#include "image/StackReader.h"

#include <itkImage.h>
#include <itkImageFileWriter.h>
#include <itkTIFFImageIO.h>
#include <png.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace pgd::test {
namespace {

void writePng(const std::filesystem::path& path, int w, int h, int colorType,
              const std::vector<std::uint8_t>& rows, int bytesPerPixel,
              const std::vector<std::uint8_t>* palette) {
  FILE* fp = std::fopen(path.c_str(), "wb");
  if (!fp)
    throw std::runtime_error("cannot open " + path.string());
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png_create_info_struct(png);
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    std::fclose(fp);
    throw std::runtime_error("libpng failed writing " + path.string());
  }
  png_init_io(png, fp);
  png_set_IHDR(png, info, png_uint_32(w), png_uint_32(h), 8, colorType, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  std::vector<png_color> pal;
  if (palette) {
    for (std::size_t i = 0; i + 2 < palette->size(); i += 3)
      pal.push_back({(*palette)[i], (*palette)[i + 1], (*palette)[i + 2]});
    png_set_PLTE(png, info, pal.data(), int(pal.size()));
  }
  png_write_info(png, info);
  for (int y = 0; y < h; ++y)
    png_write_row(png, const_cast<png_bytep>(rows.data() + std::size_t(y) * w * bytesPerPixel));
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  std::fclose(fp);
}

} // namespace

void writePalettePng(const std::filesystem::path& path, int w, int h,
                     const std::vector<std::uint8_t>& indices,
                     const std::vector<std::uint8_t>& paletteRgb) {
  writePng(path, w, h, PNG_COLOR_TYPE_PALETTE, indices, 1, &paletteRgb);
}

void writeRgbPng(const std::filesystem::path& path, int w, int h,
                 const std::vector<std::uint8_t>& rgb) {
  writePng(path, w, h, PNG_COLOR_TYPE_RGB, rgb, 3, nullptr);
}

void writeCompressedTiff(const std::filesystem::path& path, int frames, int h, int w,
                         const std::vector<std::uint16_t>& values, const std::string& compressor) {
  pgd::registerImageIOFactories();
  using Image = itk::Image<std::uint16_t, 3>;
  auto image = Image::New();
  Image::SizeType size{{std::size_t(w), std::size_t(h), std::size_t(frames)}};
  image->SetRegions(Image::RegionType(size));
  image->Allocate();
  std::copy(values.begin(), values.end(), image->GetBufferPointer());
  auto io = itk::TIFFImageIO::New();
  io->UseCompressionOn();
  io->SetCompressor(compressor);
  auto writer = itk::ImageFileWriter<Image>::New();
  writer->SetImageIO(io);
  writer->SetFileName(path.string());
  writer->SetInput(image);
  writer->Update();
}

void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string readBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace pgd::test

namespace pgd::test {
namespace {

void putLe(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i)
    out.push_back(char(value >> (8 * i)));
}

// One BigTIFF directory of a 16-bit gray page whose single strip follows the directory.
std::string bigTiffPage(int width, int height, std::uint64_t at, std::uint64_t next) {
  struct Tag {
    std::uint16_t tag, type;
    std::uint64_t value;
  };
  constexpr std::uint16_t kShort = 3, kLong = 4, kLong8 = 16;
  constexpr int kTags = 9;
  const std::uint64_t dataAt = at + 8 + kTags * 20 + 8;
  const Tag tags[kTags] = {{256, kLong, std::uint64_t(width)},
                           {257, kLong, std::uint64_t(height)},
                           {258, kShort, 16},
                           {259, kShort, 1},
                           {262, kShort, 1},
                           {273, kLong8, dataAt},
                           {277, kShort, 1},
                           {278, kLong, std::uint64_t(height)},
                           {279, kLong8, std::uint64_t(width) * std::uint64_t(height) * 2}};
  std::string out;
  putLe(out, kTags, 8);
  for (const Tag& t : tags) {
    putLe(out, t.tag, 2);
    putLe(out, t.type, 2);
    putLe(out, 1, 8);
    putLe(out, t.value, 8);
  }
  putLe(out, next, 8);
  return out;
}

std::string pixels(const std::vector<std::uint16_t>& values) {
  std::string out;
  for (std::uint16_t v : values)
    putLe(out, v, 2);
  return out;
}

} // namespace

void writeSparseBigTiff(const std::filesystem::path& path, int width, int height,
                        const std::vector<std::uint16_t>& page1,
                        const std::vector<std::uint16_t>& page2, std::uint64_t secondPageAt) {
  std::string head = "II";
  putLe(head, 43, 2);
  putLe(head, 8, 2);
  putLe(head, 0, 2);
  putLe(head, 16, 8);
  head += bigTiffPage(width, height, 16, secondPageAt) + pixels(page1);
  const std::string tail = bigTiffPage(width, height, secondPageAt, 0) + pixels(page2);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(head.data(), std::streamsize(head.size()));
  out.seekp(std::streamoff(secondPageAt)); // leaves a hole: no bytes written in between
  out.write(tail.data(), std::streamsize(tail.size()));
  if (!out)
    throw std::runtime_error("cannot write " + path.string());
}

} // namespace pgd::test

namespace pgd::test {

ImageStack positionEncodedStack(const StackGeometry& g, int height, int width) {
  ImageStack s(g.frames(), height, width);
  for (int f = 0; f < s.frames(); ++f) {
    const FramePosition p = g.positionOf(f);
    for (std::size_t i = 0; i < s.frameSize(); ++i)
      s.frame(f)[i] = float(1000 * p.timePoint + 100 * p.channel + 10 * p.slice + int(i % 10));
  }
  s.metadata().geometry = g;
  return s;
}

} // namespace pgd::test
