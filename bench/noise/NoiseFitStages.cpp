// bench_noise_fit_stages: CPU time (whole process and calling thread) and wall time of each stage
// of the per-image noise fit (NoiseFitter::fitFrame with default options, as denoise runs it),
// median of many repeats, and the fitted a,b to full precision (to compare builds). Prints
// figures; asserts nothing.
//   bench_noise_fit_stages [--repeats N] [--residual auto|local|pseudo-clean] [--threads N]
//                          [--nelder-mead] [--correlation-pairs N] [NOISY.tif MU.tif]
// --nelder-mead: NoiseFitOptions::newton = false. Without files: the image of `pgdenoise bench
// --size 2048` (the phantom with a = 0.01, b = 1e-4, mu = the clean phantom). With files: both
// normalised as denoise normalises a stack (Normalization::fromData of the noisy one), clip levels
// of the noisy file's pixel type.
#include "image/Normalization.h"
#include "image/StackReader.h"
#include "noise/NoiseFitter.h"
#include "noise/PoissonGaussianNoise.h"
#include "sample/SamplePhantom.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

namespace {

using namespace pgd;

struct Frame {
  ImageStack noisy, mu;
  NoiseFitOptions options;
};

Frame benchImage() {
  PhantomOptions po;
  po.width = 2048;
  po.height = 2048;
  Frame f;
  f.mu = makeCleanPhantom(po);
  f.noisy = addPoissonGaussianNoise(f.mu, {0.01, 1e-4});
  return f;
}

Frame fromFiles(const std::string& noisyPath, const std::string& muPath) {
  Frame f;
  f.noisy = readImageStack(noisyPath);
  f.mu = readImageStack(muPath);
  const Normalization norm = Normalization::fromData(f.noisy);
  const ClipLevels clip = clipLevelsOf(f.noisy.metadata().sourceType, norm);
  f.options.clipLow = clip.low;
  f.options.clipHigh = clip.high;
  f.noisy = norm.normalised(f.noisy);
  f.mu = norm.normalised(f.mu);
  return f;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
  try {
    int repeats = 31;
    std::vector<std::string> files;
    NoiseFitOptions options;
    for (int i = 1; i < argc; ++i) {
      const std::string arg = argv[i];
      if (arg == "--repeats" && i + 1 < argc) {
        repeats = std::max(1, std::atoi(argv[++i]));
      } else if (arg == "--threads" && i + 1 < argc) {
        options.threads = std::max(0, std::atoi(argv[++i]));
      } else if (arg == "--correlation-pairs" && i + 1 < argc) {
        options.correlationPairs = std::size_t(std::max(2, std::atoi(argv[++i])));
      } else if (arg == "--nelder-mead") {
        options.newton = false;
      } else if (arg == "--residual" && i + 1 < argc) {
        const std::string r = argv[++i];
        options.residual = r == "local"          ? FitResidual::LocalDifference
                           : r == "pseudo-clean" ? FitResidual::PseudoClean
                                                 : FitResidual::Auto;
      } else {
        files.push_back(arg);
      }
    }
    if (files.size() != 0 && files.size() != 2) {
      fmt::print(stderr,
                 "usage: bench_noise_fit_stages [--repeats N] [--residual R] "
                 "[--threads N] [--nelder-mead] [--correlation-pairs N] [NOISY.tif MU.tif]\n");
      return 2;
    }
    Frame f = files.empty() ? benchImage() : fromFiles(files[0], files[1]);
    f.options.residual = options.residual;
    f.options.threads = options.threads;
    f.options.newton = options.newton;
    f.options.correlationPairs = options.correlationPairs;
    const NoiseFitter fitter(f.options);
    std::vector<NoiseFitTimings> runs;
    NoiseFitResult r;
    for (int i = 0; i < repeats + 1; ++i) {
      NoiseFitTimings t;
      r = fitter.fitFrame(f.noisy.frame(0), f.mu.frame(0), f.noisy.width(), f.noisy.height(), &t);
      if (i > 0) // the first run warms the caches and the allocator
        runs.push_back(t);
    }
    fmt::print("{}x{}, median of {} fits, method {}, correlation {:.6f}, {} iterations\n",
               f.noisy.width(), f.noisy.height(), runs.size(), r.method, r.noiseCorrelation,
               r.iterations);
    fmt::print("a = {:.17g}\nb = {:.17g}\npixels = {}\n", r.a, r.b, r.pixelsUsed);
    const std::pair<const char*, NoiseFitStageTime NoiseFitTimings::*> stages[] = {
        {"clip levels", &NoiseFitTimings::clip},
        {"noise correlation", &NoiseFitTimings::correlation},
        {"percentiles of mu", &NoiseFitTimings::percentiles},
        {"residual and bins", &NoiseFitTimings::binning},
        {"minimiser", &NoiseFitTimings::minimiser},
        {"total", &NoiseFitTimings::total}};
    fmt::print("{:<20} {:>9} {:>9} {:>9}\n", "stage", "cpu ms", "wall ms", "thread ms");
    for (const auto& [name, which] : stages) {
      std::vector<double> cpu, wall, thread;
      for (const NoiseFitTimings& t : runs) {
        cpu.push_back((t.*which).cpuMs);
        wall.push_back((t.*which).wallMs);
        thread.push_back((t.*which).threadMs);
      }
      fmt::print("{:<20} {:>9.2f} {:>9.2f} {:>9.2f}\n", name, median(cpu), median(wall),
                 median(thread));
    }
    return 0;
  } catch (const std::exception& e) {
    fmt::print(stderr, "bench_noise_fit_stages: {}\n", e.what());
    return 1;
  }
}
