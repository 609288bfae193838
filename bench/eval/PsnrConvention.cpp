#include "PsnrConvention.h"

#include "eval/Metrics.h"
#include "job/Error.h"

namespace pgd {

std::string describe(PsnrConvention convention) {
  switch (convention) {
  case PsnrConvention::Range255:
    return "PSNR/SSIM with data range 255 (8-bit)";
  case PsnrConvention::MinMax:
    return "PSNR/SSIM with data range max(GT) - min(GT) (PPN2V convention, 16-bit)";
  case PsnrConvention::Affine255:
    return "PSNR/SSIM after the per-image least-squares affine fit onto the GT, data range 255 "
           "(W2S files are min-max rescaled per image)";
  case PsnrConvention::AffineMinMax:
    return "PSNR/SSIM after the per-image least-squares affine fit onto the GT, data range "
           "max(GT) - min(GT) (the frame average is on another scale than the noisy frame; "
           "plain: PPN2V convention)";
  case PsnrConvention::Unit:
    return "PSNR/SSIM with data range 1 on [0,1] data (same as range 255 on 0..255)";
  }
  return "";
}

const char* toString(PsnrConvention convention) {
  switch (convention) {
  case PsnrConvention::Range255:
    return "range255";
  case PsnrConvention::MinMax:
    return "minmax-gt";
  case PsnrConvention::Affine255:
    return "affine-range255";
  case PsnrConvention::AffineMinMax:
    return "affine-minmax-gt";
  case PsnrConvention::Unit:
    return "range1";
  }
  return "";
}

bool isAffine(PsnrConvention convention) {
  return convention == PsnrConvention::Affine255 || convention == PsnrConvention::AffineMinMax;
}

namespace {

double dataRange(PsnrConvention convention, const ImageStack& clean) {
  switch (convention) {
  case PsnrConvention::MinMax:
  case PsnrConvention::AffineMinMax:
    return dataRangeMinMax(clean.frame(0), clean.frameSize());
  case PsnrConvention::Unit:
    return 1.0;
  case PsnrConvention::Range255:
  case PsnrConvention::Affine255:
    break;
  }
  return kDataRange8Bit;
}

} // namespace

ImageStack mapForComparison(const ImageStack& result, const ImageStack& clean,
                            PsnrConvention convention) {
  if (!isAffine(convention))
    return result;
  const AffineFit fit = affineFit(result.frame(0), clean.frame(0), clean.frameSize());
  ImageStack mapped = result;
  for (float& v : mapped.values())
    v = static_cast<float>(fit.scale * v + fit.offset);
  return mapped;
}

ImageScore scoreImage(const ImageStack& result, const ImageStack& clean,
                      PsnrConvention convention) {
  if (result.frames() != 1 || clean.frames() != 1 || result.height() != clean.height() ||
      result.width() != clean.width())
    throw Error(ErrorKind::Usage, "scoreImage: result and clean must be single frames of one size");
  const double range = dataRange(convention, clean);
  const std::size_t n = clean.frameSize();
  const ImageStack compared = mapForComparison(result, clean, convention);
  ImageScore score;
  score.psnr = psnr(compared.frame(0), clean.frame(0), n, range);
  score.plainPsnr = psnr(result.frame(0), clean.frame(0), n, range);
  score.ssim = ssim(compared.frame(0), clean.frame(0), clean.width(), clean.height(), range);
  return score;
}

} // namespace pgd
