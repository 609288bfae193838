#include "image/TiffStackReader.h"

#include "image/TiffFrameSource.h"
#include "job/Error.h"

namespace pgd {

ImageStack readTiffStack(const std::filesystem::path& path, const ReadOptions& options) {
  ReadOptions asStored = options;
  asStored.allowNonFinite = true; // readImageStack counts non-finite values over the whole stack
  TiffFrameSource source(path, asStored);
  ImageStack stack;
  try {
    stack = ImageStack(source.frames(), source.height(), source.width());
  } catch (const std::bad_alloc&) {
    throw Error(ErrorKind::Input, path.string() + ": not enough memory to read this image");
  }
  // Pages in file order, then the images of an ImageJ contiguous block.
  for (int p = 0; p < source.pages(); ++p)
    source.read(source.frameOfPage(p), stack.frame(source.frameOfPage(p)));
  for (int image = source.pages(); image < source.frames(); ++image)
    source.read(image, stack.frame(image));
  stack.metadata() = source.metadata();
  return stack;
}

} // namespace pgd
