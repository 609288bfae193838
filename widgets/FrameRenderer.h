#pragma once
// FrameRenderer: turns one frame of raw float samples into a QImage through a DisplayRange and a
// colour lookup table. Pure function; safe from any thread (QImage is implicitly shared).
#include "display/ColorMap.h"
#include "display/DisplayRange.h"

#include <QImage>

namespace pgd {

QImage renderFrame(const float* values, int width, int height, const DisplayRange& range,
                   const ColorLut& lut);

} // namespace pgd
