#include "image/ProfileMismatch.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace pgd {
namespace {

// max(x/y, y/x) for positive finite x, y; 1 otherwise (nothing to compare).
double ratioOff(double x, double y) {
  if (!(x > 0.0) || !(y > 0.0) || !std::isfinite(x) || !std::isfinite(y))
    return 1.0;
  return std::max(x / y, y / x);
}

} // namespace

std::vector<std::string> profileMismatches(const ImageProfile& trained, const ImageProfile& image) {
  std::vector<std::string> out;
  if (image.pixelType != trained.pixelType)
    out.push_back(fmt::format("pixel type {}, the model was trained on {}",
                              toString(image.pixelType), toString(trained.pixelType)));
  const double spanTrained = trained.rawHigh - trained.rawLow;
  const double spanImage = image.rawHigh - image.rawLow;
  const double midTrained = 0.5 * (trained.rawHigh + trained.rawLow);
  const double midImage = 0.5 * (image.rawHigh + image.rawLow);
  const bool shifted = spanTrained > 0.0 && std::isfinite(midImage) && std::isfinite(midTrained) &&
                       std::abs(midImage - midTrained) > kRangeShiftLimit * spanTrained;
  if (ratioOff(spanImage, spanTrained) >= kRangeRatioLimit || shifted)
    out.push_back(fmt::format("raw range {:.4g}..{:.4g}, the model was trained on {:.4g}..{:.4g}",
                              image.rawLow, image.rawHigh, trained.rawLow, trained.rawHigh));
  const double noiseOff = ratioOff(image.noiseStd, trained.noiseStd);
  if (noiseOff >= kNoiseRatioLimit)
    out.push_back(fmt::format(
        "noise level {:.3g} ({:.1f}x {}), the model was trained at {:.3g}", image.noiseStd,
        noiseOff, image.noiseStd > trained.noiseStd ? "higher" : "lower", trained.noiseStd));
  return out;
}

} // namespace pgd
