#include "eval/Metrics.h"

#include "job/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace pgd {

namespace {

void requireSamples(std::size_t n) {
  if (n == 0)
    throw Error(ErrorKind::Usage, "metrics: empty image");
}

// 'valid' separable correlation of a w x h image with a normalised kernel of size k.
std::vector<double> filterValid(const std::vector<double>& img, int w, int h,
                                const std::vector<double>& kernel) {
  const int k = int(kernel.size());
  const int ow = w - k + 1;
  const int oh = h - k + 1;
  std::vector<double> rows(std::size_t(h) * ow);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < ow; ++x) {
      double s = 0.0;
      for (int t = 0; t < k; ++t)
        s += kernel[std::size_t(t)] * img[std::size_t(y) * w + x + t];
      rows[std::size_t(y) * ow + x] = s;
    }
  std::vector<double> out(std::size_t(oh) * ow);
  for (int y = 0; y < oh; ++y)
    for (int x = 0; x < ow; ++x) {
      double s = 0.0;
      for (int t = 0; t < k; ++t)
        s += kernel[std::size_t(t)] * rows[std::size_t(y + t) * ow + x];
      out[std::size_t(y) * ow + x] = s;
    }
  return out;
}

void requireSameShape(const ImageStack& p, const ImageStack& q) {
  if (p.frames() != q.frames() || p.height() != q.height() || p.width() != q.width() || p.empty())
    throw Error(ErrorKind::Usage, "metrics: result and reference differ in shape or are empty");
}

} // namespace

double meanSquaredError(const float* result, const float* reference, std::size_t n) {
  requireSamples(n);
  double s = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const double d = double(result[i]) - double(reference[i]);
    s += d * d;
  }
  return s / double(n);
}

double dataRangeMinMax(const float* reference, std::size_t n) {
  requireSamples(n);
  const auto [mn, mx] = std::minmax_element(reference, reference + n);
  return double(*mx) - double(*mn);
}

double psnr(const float* result, const float* reference, std::size_t n, double dataRange) {
  if (!(dataRange > 0.0))
    throw Error(ErrorKind::Usage, "PSNR: data range must be positive");
  const double mse = meanSquaredError(result, reference, n);
  if (mse == 0.0)
    return std::numeric_limits<double>::infinity();
  return 10.0 * std::log10(dataRange * dataRange / mse);
}

double psnr8Bit(const float* result, const float* reference, std::size_t n) {
  return psnr(result, reference, n, kDataRange8Bit);
}

double psnrMinMax(const float* result, const float* reference, std::size_t n) {
  return psnr(result, reference, n, dataRangeMinMax(reference, n));
}

AffineFit affineFit(const float* result, const float* reference, std::size_t n) {
  requireSamples(n);
  double mr = 0.0;
  double mg = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    mr += result[i];
    mg += reference[i];
  }
  mr /= double(n);
  mg /= double(n);
  double srr = 0.0;
  double srg = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const double dr = double(result[i]) - mr;
    srr += dr * dr;
    srg += dr * (double(reference[i]) - mg);
  }
  AffineFit f;
  f.scale = srr > 0.0 ? srg / srr : 0.0;
  f.offset = mg - f.scale * mr;
  return f;
}

double psnrAffine(const float* result, const float* reference, std::size_t n, double dataRange) {
  const AffineFit f = affineFit(result, reference, n);
  std::vector<float> mapped(n);
  for (std::size_t i = 0; i < n; ++i)
    mapped[i] = float(f.scale * result[i] + f.offset);
  return psnr(mapped.data(), reference, n, dataRange);
}

double ssim(const float* result, const float* reference, int width, int height, double dataRange,
            const SsimOptions& options) {
  if (!(dataRange > 0.0))
    throw Error(ErrorKind::Usage, "SSIM: data range must be positive");
  const int k = options.window;
  if (k < 1 || width < k || height < k)
    throw Error(ErrorKind::Input, "SSIM: image is smaller than the " + std::to_string(k) + "x" +
                                      std::to_string(k) + " window");
  std::vector<double> kernel(static_cast<std::size_t>(k));
  double sum = 0.0;
  for (int t = 0; t < k; ++t) {
    const double d = t - (k - 1) / 2.0;
    kernel[std::size_t(t)] = std::exp(-0.5 * d * d / (options.sigma * options.sigma));
    sum += kernel[std::size_t(t)];
  }
  for (double& v : kernel)
    v /= sum;
  const std::size_t n = std::size_t(width) * height;
  std::vector<double> x(n), y(n), xx(n), yy(n), xy(n);
  for (std::size_t i = 0; i < n; ++i) {
    x[i] = result[i];
    y[i] = reference[i];
    xx[i] = x[i] * x[i];
    yy[i] = y[i] * y[i];
    xy[i] = x[i] * y[i];
  }
  const auto mx = filterValid(x, width, height, kernel);
  const auto my = filterValid(y, width, height, kernel);
  const auto mxx = filterValid(xx, width, height, kernel);
  const auto myy = filterValid(yy, width, height, kernel);
  const auto mxy = filterValid(xy, width, height, kernel);
  const double c1 = (options.k1 * dataRange) * (options.k1 * dataRange);
  const double c2 = (options.k2 * dataRange) * (options.k2 * dataRange);
  double total = 0.0;
  for (std::size_t i = 0; i < mx.size(); ++i) {
    const double vx = mxx[i] - mx[i] * mx[i];
    const double vy = myy[i] - my[i] * my[i];
    const double cxy = mxy[i] - mx[i] * my[i];
    total += ((2.0 * mx[i] * my[i] + c1) * (2.0 * cxy + c2)) /
             ((mx[i] * mx[i] + my[i] * my[i] + c1) * (vx + vy + c2));
  }
  return total / double(mx.size());
}

double meanPsnr(const ImageStack& result, const ImageStack& reference, double dataRange,
                bool minMaxRange) {
  requireSameShape(result, reference);
  double s = 0.0;
  for (int f = 0; f < result.frames(); ++f) {
    const std::size_t n = result.frameSize();
    s += psnr(result.frame(f), reference.frame(f), n,
              minMaxRange ? dataRangeMinMax(reference.frame(f), n) : dataRange);
  }
  return s / result.frames();
}

double meanSsim(const ImageStack& result, const ImageStack& reference, double dataRange,
                bool minMaxRange) {
  requireSameShape(result, reference);
  double s = 0.0;
  for (int f = 0; f < result.frames(); ++f)
    s += ssim(result.frame(f), reference.frame(f), result.width(), result.height(),
              minMaxRange ? dataRangeMinMax(reference.frame(f), result.frameSize()) : dataRange);
  return s / result.frames();
}

} // namespace pgd
