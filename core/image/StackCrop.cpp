#include "image/StackCrop.h"

#include "job/Error.h"

#include <algorithm>

namespace pgd {

ImageStack cropStack(const ImageStack& stack, PixelRect rect) {
  const int x0 = std::max(0, rect.x);
  const int y0 = std::max(0, rect.y);
  const int x1 = std::min(stack.width(), rect.x + rect.width);
  const int y1 = std::min(stack.height(), rect.y + rect.height);
  if (x1 <= x0 || y1 <= y0 || stack.frames() == 0)
    throw Error(ErrorKind::Usage, "the selection does not cover any pixel of the image");
  ImageStack out(stack.frames(), y1 - y0, x1 - x0);
  out.metadata() = stack.metadata();
  for (int f = 0; f < stack.frames(); ++f)
    for (int y = y0; y < y1; ++y)
      std::copy(stack.frame(f) + std::size_t(y) * stack.width() + x0,
                stack.frame(f) + std::size_t(y) * stack.width() + x1,
                out.frame(f) + std::size_t(y - y0) * out.width());
  return out;
}

} // namespace pgd
