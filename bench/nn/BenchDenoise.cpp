// bench_denoise: what tiling costs and changes. Denoises one frame of a real image with
// a trained model three ways: as one whole-image pass, tiled with the default margin
// (kDefaultTileMargin) and tiled with the exact margin (kExactTileMargin, the full receptive
// field), and prints wall time and the largest and RMS differences of mu and of the posterior
// against the whole-image pass, in the model's normalised units (1.0 = the image's
// 0.1-99.9 percentile range for 16-bit data, 255 grey levels for 8-bit data).
// Peak memory is measured per process by bench/nn/denoise-memory.sh, not here.
//   bench_denoise MODEL_FOLDER IMAGE [--size 1024] [--tile 512] [--device auto|cpu|cuda]
//                 [--precision auto|float32|bfloat16]
// Each pass returns its images in host memory, so its clock includes the device's work.
#include "image/StackReader.h"
#include "infer/Denoiser.h"
#include "job/ProgressSink.h"
#include "nn/TorchRuntime.h"
#include "store/ModelStore.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <exception>

namespace {

using Clock = std::chrono::steady_clock;

class Quiet : public pgd::ProgressSink {
public:
  bool report(const pgd::ProgressUpdate&) override { return true; }
};

struct Difference {
  double maxAbs = 0.0;
  double rms = 0.0;
};

Difference difference(const pgd::ImageStack& a, const pgd::ImageStack& b, double scale) {
  Difference d;
  double sum = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const double e = (double(a.values()[i]) - double(b.values()[i])) / scale;
    d.maxAbs = std::max(d.maxAbs, std::fabs(e));
    sum += e * e;
  }
  d.rms = std::sqrt(sum / double(std::max<std::size_t>(1, a.size())));
  return d;
}

// The top-left size x size corner of the first frame (the whole frame when smaller).
pgd::ImageStack corner(const pgd::ImageStack& image, int size) {
  const int h = std::min(size, image.height());
  const int w = std::min(size, image.width());
  pgd::ImageStack out(1, h, w);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      out.at(0, y, x) = image.at(0, y, x);
  out.metadata() = image.metadata();
  return out;
}

} // namespace

int main(int argc, char** argv) {
  CLI::App app{"Tiled vs whole-image denoising: time and difference"};
  std::string modelFolder;
  std::string imagePath;
  int size = 1024;
  int tile = 512;
  app.add_option("model", modelFolder, "trained model folder (weights.pt + model.json)")
      ->required();
  app.add_option("image", imagePath, "noisy image (its first frame is used)")->required();
  app.add_option("--size", size, "crop edge in pixels");
  app.add_option("--tile", tile, "tile edge for the tiled passes (multiple of 32)");
  std::string device = "auto";
  app.add_option("--device", device, "auto, cpu or cuda")
      ->check(CLI::IsMember({"auto", "cpu", "cuda"}));
  std::string precision = "auto";
  app.add_option("--precision", precision, "auto, float32 or bfloat16 (nn/Precision.h)")
      ->check(CLI::IsMember({"auto", "float32", "bfloat16"}));
  CLI11_PARSE(app, argc, argv);
  try {
    pgd::TorchRuntime::initThreads();
    pgd::Model model = pgd::ModelStore::loadFolder(modelFolder);
    model.selectDevice(pgd::TorchRuntime::resolveDevice(device) == "cuda");
    model.setPrecision(pgd::resolvePrecision(precision, model.device()));
    const pgd::ImageStack image = corner(pgd::readImageStack(imagePath), size);
    const double scale = model.info().normalization.scale;
    std::printf("bench_denoise: model %s (%s, width %d), image %s, %dx%d, %s, %s, %d threads\n",
                modelFolder.c_str(), model.info().preset.c_str(), model.info().architecture.width,
                imagePath.c_str(), image.width(), image.height(), model.device().c_str(),
                pgd::toString(model.precision()), pgd::TorchRuntime::threads());

    const auto run = [&](int tileSize, int margin, double& seconds) {
      pgd::DenoiseOptions options;
      options.tileSize = tileSize;
      options.tileMargin = margin;
      Quiet quiet;
      const auto t0 = Clock::now();
      pgd::DenoiseResult r = pgd::Denoiser(model, options).denoise(image, quiet);
      pgd::TorchRuntime::synchronize(model.device());
      seconds = std::chrono::duration<double>(Clock::now() - t0).count();
      return r;
    };
    const int whole = 32 * ((std::max(image.height(), image.width()) + 31) / 32);
    double wholeSeconds = 0.0;
    const pgd::DenoiseResult reference = run(whole, 32, wholeSeconds);
    std::printf("%-34s %8s %12s %12s %12s %12s %8s %8s\n", "pass", "seconds", "mu max|d|", "mu rms",
                "post max|d|", "post rms", "a", "b");
    std::printf("%-34s %8.2f %12s %12s %12s %12s %8.4g %8.4g\n", "whole image (one pass)",
                wholeSeconds, "-", "-", "-", "-", reference.fits[0].normalised.a,
                reference.fits[0].normalised.b);
    for (const int margin : {pgd::kDefaultTileMargin, pgd::kExactTileMargin}) {
      double seconds = 0.0;
      // Cores of at least 384 px, so the wide exact margin does not multiply the work.
      const int tileSize = std::max(tile, 2 * margin + 384);
      const pgd::DenoiseResult tiled = run(tileSize, margin, seconds);
      const Difference mu = difference(tiled.mu, reference.mu, scale);
      const Difference post = difference(tiled.posterior, reference.posterior, scale);
      std::printf("%-34s %8.2f %12.3g %12.3g %12.3g %12.3g %8.4g %8.4g\n",
                  fmt::format("tiles {} px, margin {}", tileSize, margin).c_str(), seconds,
                  mu.maxAbs, mu.rms, post.maxAbs, post.rms, tiled.fits[0].normalised.a,
                  tiled.fits[0].normalised.b);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_denoise: %s\n", e.what());
    return 1;
  }
  return 0;
}
