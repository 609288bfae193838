#include "sample/SamplePhantom.h"

#include "image/StackWriter.h"
#include "job/Error.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>

namespace pgd {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Separable Gaussian blur with clamped borders.
void gaussianBlur(std::vector<float>& img, int w, int h, double sigma) {
  const int r = static_cast<int>(std::ceil(3 * sigma));
  std::vector<double> k(2 * r + 1);
  double sum = 0;
  for (int i = -r; i <= r; ++i)
    sum += k[i + r] = std::exp(-0.5 * i * i / (sigma * sigma));
  for (auto& v : k)
    v /= sum;
  std::vector<float> tmp(img.size());
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      double acc = 0;
      for (int i = -r; i <= r; ++i)
        acc += k[i + r] * img[y * w + std::clamp(x + i, 0, w - 1)];
      tmp[y * w + x] = static_cast<float>(acc);
    }
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      double acc = 0;
      for (int i = -r; i <= r; ++i)
        acc += k[i + r] * tmp[std::clamp(y + i, 0, h - 1) * w + x];
      img[y * w + x] = static_cast<float>(acc);
    }
}

struct Cell {
  double cx, cy, rx, ry, angle, brightness;
};

} // namespace

ImageStack makeCleanPhantom(const PhantomOptions& o) {
  const int w = o.width, h = o.height;
  std::mt19937_64 rng(o.seed);
  std::uniform_real_distribution<double> U(0.0, 1.0);
  std::vector<float> base(std::size_t(w) * h, 0.04f);

  // Cells: soft-edged ellipses of cytoplasm with a textured nucleus.
  const int nCells = std::max(3, w * h / 9000);
  std::vector<Cell> cells;
  for (int i = 0; i < nCells; ++i) {
    const double scale = std::min(w, h) / 512.0;
    cells.push_back({U(rng) * w, U(rng) * h, (18 + 22 * U(rng)) * scale, (14 + 18 * U(rng)) * scale,
                     U(rng) * kPi, 0.15 + 0.2 * U(rng)});
  }
  for (const Cell& c : cells) {
    const double ca = std::cos(c.angle), sa = std::sin(c.angle);
    const int x0 = std::max(0, int(c.cx - c.rx - 4)), x1 = std::min(w - 1, int(c.cx + c.rx + 4));
    const int y0 = std::max(0, int(c.cy - c.rx - 4)), y1 = std::min(h - 1, int(c.cy + c.rx + 4));
    const double phase = U(rng) * 10;
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x) {
        const double dx = x - c.cx, dy = y - c.cy;
        const double u = (ca * dx + sa * dy) / c.rx, v = (-sa * dx + ca * dy) / c.ry;
        const double r = std::sqrt(u * u + v * v);
        float& p = base[std::size_t(y) * w + x];
        if (r < 1.0)
          p += static_cast<float>(c.brightness * (1.0 - 0.3 * r * r));
        if (r < 0.45) { // nucleus with chromatin-like texture
          const double tex = 0.5 + 0.5 * std::sin(0.9 * x + phase) * std::cos(0.7 * y - phase);
          p += static_cast<float>((0.35 + 0.15 * tex) * (1.0 - (r / 0.45) * (r / 0.45)) + 0.1);
        }
      }
  }
  // Filaments: smooth random walks drawn as thin bright lines.
  const int nFil = std::max(4, w * h / 12000);
  for (int f = 0; f < nFil; ++f) {
    double x = U(rng) * w, y = U(rng) * h, dir = U(rng) * 2 * kPi;
    const double bright = 0.35 + 0.3 * U(rng);
    const int len = static_cast<int>((100 + 250 * U(rng)) * std::min(w, h) / 512.0);
    for (int s = 0; s < len * 2; ++s) {
      dir += 0.08 * (U(rng) - 0.5);
      x += 0.5 * std::cos(dir);
      y += 0.5 * std::sin(dir);
      const int xi = int(std::lround(x)), yi = int(std::lround(y));
      if (xi >= 0 && xi < w && yi >= 0 && yi < h)
        base[std::size_t(yi) * w + xi] = std::max(base[std::size_t(yi) * w + xi], float(bright));
    }
  }
  gaussianBlur(base, w, h, 1.2);
  const float peak = *std::max_element(base.begin(), base.end());
  for (auto& v : base)
    v = std::clamp(v / peak * 0.9f, 0.0f, 1.0f);

  ImageStack stack(o.frames, h, w);
  for (int f = 0; f < o.frames; ++f) {
    const float gain = static_cast<float>(std::pow(1.0 - o.bleachPerFrame, f));
    std::transform(base.begin(), base.end(), stack.frame(f), [gain](float v) { return v * gain; });
  }
  return stack;
}

Sample makeSample(const SampleSpec& spec) {
  Sample s;
  s.spec = spec;
  const ImageStack clean = makeCleanPhantom(spec.phantom);
  SynthesisOptions so;
  so.seed = spec.noiseSeed;
  ImageStack noisy = addPoissonGaussianNoise(clean, spec.noise, so);
  s.clean = clean;
  for (auto& v : s.clean.values())
    v = static_cast<float>(spec.rawOffset + spec.rawScale * v);
  for (auto& v : noisy.values())
    v = static_cast<float>(
        std::clamp(std::nearbyint(spec.rawOffset + spec.rawScale * v), 0.0, 65535.0));
  noisy.metadata().sourceType = PixelType::UInt16;
  s.clean.metadata().sourceType = PixelType::Float32;
  s.noisy = std::move(noisy);
  return s;
}

SampleNoise trueNoise(const Sample& sample) {
  const double sc = sample.spec.rawScale, off = sample.spec.rawOffset;
  const NoiseParams& n = sample.spec.noise;
  SampleNoise truth;
  truth.raw = {sc * n.a, sc * sc * n.b - sc * n.a * off};
  truth.normalization = Normalization::fromData(sample.noisy);
  truth.normalised = truth.normalization.toNormalisedParams(truth.raw);
  return truth;
}

SampleNoise writeSample(const std::filesystem::path& dir, const SampleSpec& spec) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  const Sample s = makeSample(spec);
  WriteOptions wo;
  wo.overwrite = true;
  wo.pixelType = OutputPixelType::Source;
  writeImageStack(s.noisy, dir / "pgd_sample.tif", wo);
  writeImageStack(s.clean, dir / "pgd_sample_clean.tif", wo);

  const SampleNoise truth = trueNoise(s);
  nlohmann::ordered_json j;
  j["description"] = "pgdenoise bundled sample: synthetic fluorescence phantom (cells, nuclei, "
                     "filaments) with Poisson-Gaussian noise of variance a*x + b";
  j["frames"] = spec.phantom.frames;
  j["width"] = spec.phantom.width;
  j["height"] = spec.phantom.height;
  // Raw image units first; then the normalised units pgdenoise reports a,b in (docs/NOISE_FIT.md,
  // "Units"): a model trained on this sample and `fit-noise` use this very normalisation.
  j["units"] =
      "a_raw, b_raw: variance of a pixel = a_raw * value + b_raw, in the TIFF's raw values; "
      "a_norm, b_norm: the same noise after raw = offset + scale * normalised "
      "(\"normalisation\" below), the units fit-noise and the model report";
  j["a_raw"] = truth.raw.a;
  j["b_raw"] = truth.raw.b;
  j["a_norm"] = truth.normalised.a;
  j["b_norm"] = truth.normalised.b;
  j["normalisation"] = {{"scale", truth.normalization.scale},
                        {"offset", truth.normalization.offset},
                        {"rule", "raw = offset + scale * normalised; offset and offset + scale "
                                 "are the 0.1% and 99.9% percentiles of the noisy stack"}};
  // How the sample was made. The noise was drawn on the phantom (values 0..1), whose units are
  // neither raw nor normalised, so its a,b are not repeated here: a_raw, b_raw above are that
  // noise in raw units.
  j["synthesis"] = {{"raw_scale", spec.rawScale},
                    {"raw_offset", spec.rawOffset},
                    {"rule", "raw = raw_offset + raw_scale * phantom, phantom in 0..1"},
                    {"noise_seed", spec.noiseSeed},
                    {"phantom_seed", spec.phantom.seed}};
  const auto tmp = dir / ".pgd_sample.json.tmp";
  {
    std::ofstream out(tmp);
    out << j.dump(2) << "\n";
    if (!out)
      throw Error(ErrorKind::Output, fmt::format("{}: cannot write sample metadata", tmp.string()));
  }
  std::filesystem::rename(tmp, dir / "pgd_sample.json");
  return truth;
}

} // namespace pgd
