#pragma once
// PsnrConvention: how one data set is scored (docs/ARCHITECTURE.md#psnr-conventions), and the
// scoring itself. Every result is compared with the clean reference in raw units:
//  - Range255: 8-bit data, PSNR with data range 255;
//  - MinMax: 16-bit data, PPN2V convention, range max(GT) - min(GT);
//  - Affine255: W2S 8-bit data, result first mapped by the least-squares affine fit onto the GT
//    (the files were min-max rescaled per image), then range 255; the plain PSNR is kept too;
//  - AffineMinMax: HowardLab bacteria 16-bit, the same affine fit, then PPN2V's range max(GT) -
//    min(GT): the frame average is not on the noisy frame's scale (noisy = 0.94 GT + 24, its
//    mean 2.7% below the average's; docs/BASE_MODEL.md, "Bacteria"), and an unbiased denoiser
//    cannot know that offset; the plain PSNR (PPN2V's own convention) is kept too;
//  - Unit: synthetic data in [0,1] units, range 1 (the same number as range 255 on 0..255).
// SSIM uses the same range and, for the affine conventions, the same affine-mapped result.
#include "image/ImageStack.h"

#include <string>

namespace pgd {

enum class PsnrConvention { Range255, MinMax, Affine255, AffineMinMax, Unit };

// Affine255 and AffineMinMax: the result is mapped onto the GT before scoring.
bool isAffine(PsnrConvention convention);

// Text named next to every figure, e.g. "PSNR range 255 (8-bit)".
std::string describe(PsnrConvention convention);
const char* toString(PsnrConvention convention);

struct ImageScore {
  double psnr = 0.0;      // under the convention
  double ssim = 0.0;      // under the convention
  double plainPsnr = 0.0; // without the affine fit (equals psnr unless isAffine)
};

// result, clean: one frame each, raw units, same shape.
ImageScore scoreImage(const ImageStack& result, const ImageStack& clean, PsnrConvention convention);

// The result mapped by the affine fit onto the clean image (identity unless isAffine).
ImageStack mapForComparison(const ImageStack& result, const ImageStack& clean,
                            PsnrConvention convention);

} // namespace pgd
