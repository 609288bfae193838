#pragma once
// StackCrop: a rectangle of every frame as a stack of its own (metadata, geometry and calibration
// kept), so that the workbench trains on a selected region only. Safe from any thread.
#include "image/ImageStack.h"

namespace pgd {

struct PixelRect {
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
};

// The part of `rect` inside the frame, from every frame. Throws Error(Usage) when that part is
// empty.
ImageStack cropStack(const ImageStack& stack, PixelRect rect);

} // namespace pgd
