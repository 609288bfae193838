#include "image/TiffStackWriter.h"

#include <stdexcept>

namespace pgd {

namespace {

TiffStackShape shapeOf(const ImageStack& stack) {
  return {stack.frames(), stack.height(), stack.width(), stack.geometry()};
}

} // namespace

std::uint64_t classicTiffBytes(const ImageStack& stack, PixelType type) {
  return classicTiffBytes(shapeOf(stack), type);
}

void writeTiffStack(const ImageStack& stack, const std::filesystem::path& path, PixelType type,
                    std::uint64_t bigTiffAbove) {
  if (stack.empty())
    throw std::runtime_error("empty image");
  TiffFrameWriter writer(path, shapeOf(stack), type, bigTiffAbove);
  for (int f = 0; f < stack.frames(); ++f)
    writer.append(stack.frame(f));
  writer.finish();
}

} // namespace pgd
