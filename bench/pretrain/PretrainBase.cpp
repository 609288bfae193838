// pgd_pretrain_base: pretrains the built-in base model (docs/BASE_MODEL.md) from the images the
// pretraining split lists (data/pretraining/split.txt) under a data folder. Every image is mapped
// to [0,1] by its own 0.1%/99.9% percentiles (the per-image normalisation base models use at
// inference); "clean" images first get synthetic Poisson-Gaussian noise with one a,b per image
// drawn from the seed. Frames are cut into tiles so that every source contributes in proportion
// to its area, and the quick preset's network is trained on the tiles with the uncalibrated loss
// for a wall-clock budget. Prints the validations, the data summary and the wall time; writes a
// model folder (model.json + weights.pt). Single-threaded unless OMP_NUM_THREADS says otherwise.
#include "image/InputFiles.h"
#include "image/NormalizationSampling.h"
#include "image/StackReader.h"
#include "job/Error.h"
#include "job/Versions.h"
#include "nn/TorchRuntime.h"
#include "noise/PoissonGaussianNoise.h"
#include "store/ModelStore.h"
#include "train/PretrainingSplit.h"
#include "train/Trainer.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>

namespace {

struct Settings {
  std::string dataDir = "../shared/data";
  std::string splitFile = "data/pretraining/split.txt";
  std::string output = "pretrained-base";
  double minutes = 30.0;
  std::uint64_t seed = 20261201;
  int tile = 180;
  int width = 16; // channels of the blind-spot network (the shipped base: 16, the quick preset's)
  double learningRate = 1e-3; // Adam's starting rate (the quick preset's)
  // Synthetic noise in the clean image's [0,1] units: log-uniform ranges.
  double aMin = 1e-3, aMax = 0.2, bMin = 1e-6, bMax = 1e-2;
};

struct Counts {
  int images = 0;
  int frames = 0;
  int tiles = 0;
};

double logUniform(std::mt19937_64& rng, double lo, double hi) {
  std::uniform_real_distribution<double> u(std::log(lo), std::log(hi));
  return std::exp(u(rng));
}

// Maps one frame to [0,1] by its own percentiles, as a base model's denoiser does.
void normaliseInPlace(float* v, std::size_t n) {
  pgd::ImageStack one(1, 1, int(n));
  std::copy_n(v, n, one.frame(0));
  pgd::percentileNormalizationOf(one).toNormalised(v, n, v);
}

// Cuts one normalised frame into tiles of at most `tile` x `tile` (a side shorter than the tile
// is kept whole) and appends them to `out`.
void appendTiles(const float* frame, int h, int w, int tile, const std::string& name,
                 std::vector<pgd::ImageStack>& out, Counts& counts) {
  const int th = std::min(tile, h), tw = std::min(tile, w);
  for (int y = 0; y + th <= h; y += th)
    for (int x = 0; x + tw <= w; x += tw) {
      pgd::ImageStack t(1, th, tw);
      for (int r = 0; r < th; ++r)
        std::copy_n(frame + std::size_t(y + r) * w + x, tw, t.frame(0) + std::size_t(r) * tw);
      t.metadata().sourcePath = fmt::format("{}@{},{}", name, y, x);
      out.push_back(std::move(t));
      ++counts.tiles;
    }
}

std::vector<pgd::ImageStack> prepare(const Settings& s, std::string& summary) {
  const auto entries = pgd::readPretrainingSplit(s.splitFile);
  std::mt19937_64 noiseRng(s.seed);
  std::vector<pgd::ImageStack> tiles;
  Counts noisy, clean;
  std::uint64_t synthesisSeed = s.seed;
  for (const auto& e : entries) {
    const auto files =
        pgd::collectImageFiles({(std::filesystem::path(s.dataDir) / e.path).string()});
    for (const auto& file : files) {
      const pgd::ImageStack stack = pgd::readImageStack(file);
      const bool isClean = e.kind == pgd::PretrainingKind::Clean;
      Counts& c = isClean ? clean : noisy;
      ++c.images;
      const std::size_t n = stack.frameSize();
      std::vector<float> v(n);
      for (int f = 0; f < stack.frames(); ++f) {
        ++c.frames;
        std::copy_n(stack.frame(f), n, v.data());
        normaliseInPlace(v.data(), n);
        if (isClean) {
          for (float& x : v)
            x = std::max(0.0f, x);
          const pgd::NoiseParams p{logUniform(noiseRng, s.aMin, s.aMax),
                                   logUniform(noiseRng, s.bMin, s.bMax)};
          pgd::SynthesisOptions o;
          o.seed = ++synthesisSeed;
          pgd::addPoissonGaussianNoise(v.data(), v.data(), n, p, o);
          normaliseInPlace(v.data(), n);
        }
        const auto rel = std::filesystem::relative(file, s.dataDir).generic_string();
        appendTiles(v.data(), stack.height(), stack.width(), s.tile,
                    fmt::format("{}#{}", rel, f + 1), tiles, c);
      }
    }
  }
  summary = fmt::format("pretraining split {}: {} real noisy images ({} frames, {} tiles), {} "
                        "clean images with synthetic Poisson-Gaussian noise ({} frames, {} "
                        "tiles); tiles of {} px, per-image percentile normalisation, seed {}",
                        s.splitFile, noisy.images, noisy.frames, noisy.tiles, clean.images,
                        clean.frames, clean.tiles, s.tile, s.seed);
  return tiles;
}

// Prints every validation. Ends the run (keeping the best weights, as a cancel does) once the
// held-out loss has stood more than 1 above its best for three validations: a run that blew up
// that far (seen once at width 32, step 5,600: +25 and never back) does not come back within a
// budget, and the rest of the budget would be spent for nothing.
class Printer : public pgd::ProgressSink {
public:
  bool report(const pgd::ProgressUpdate& u) override {
    if (!u.isValidation)
      return true;
    std::printf("step %ld  %.0f s  train %.5f  validation %.5f  lr %.2g\n", u.step,
                u.secondsElapsed, u.trainLoss, u.validationLoss, u.learningRate);
    std::fflush(stdout);
    if (std::isfinite(u.validationLoss) && u.validationLoss < m_best)
      m_best = u.validationLoss;
    m_blownUp = u.validationLoss > m_best + 1.0 ? m_blownUp + 1 : 0;
    if (m_blownUp >= 3) {
      std::printf("step %ld: the held-out loss stood more than 1 above its best (%.5f) for three "
                  "validations: stopped, keeping the best weights\n",
                  u.step, m_best);
      return false;
    }
    return true;
  }

private:
  double m_best = std::numeric_limits<double>::infinity();
  int m_blownUp = 0;
};

int run(const Settings& s) {
  const auto start = std::chrono::steady_clock::now();
  pgd::TorchRuntime::initThreads();
  std::string summary;
  const auto tiles = prepare(s, summary);
  std::printf("%s\n", summary.c_str());
  pgd::TrainingConfig config = pgd::TrainingConfig::fromPreset("quick", "cpu");
  // The base model hides one pixel, whatever its mix of sources: runs with a larger blind spot
  // (correlated noise) train from scratch (docs/BASE_MODEL.md).
  config.network.blindSpot = 1;
  config.network.width = s.width;
  config.learningRate = s.learningRate;
  config.seed = s.seed;
  config.timeBudgetSeconds = s.minutes * 60.0;
  config.maxSteps = 100000000;
  config.stepsPerEpoch = 200;
  config.earlyStopPatience = 0; // many images: run the whole budget
  // The shipped base was pretrained on four 64^2 crops per step (docs/BASE_MODEL.md), before the
  // quick preset moved to one 128^2 crop; kept so this driver reproduces it.
  config.cropSize = 64;
  config.batchSize = 4;
  pgd::Trainer trainer(config);
  Printer printer;
  pgd::TrainingResult result = trainer.train(tiles, printer);
  pgd::ModelInfo& info = result.model.info();
  info.name = "base";
  info.appVersion = pgd::appVersion();
  info.normalization = {1.0, 0.0};
  info.perImageNormalization = true;
  info.dataSummary = summary;
  info.trainedOn.reset(); // any image: no model-vs-image check
  pgd::ModelStore::saveFolder(result.model, s.output);
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("steps %ld (best %ld), best validation loss %.5f, stop: %s\n", result.steps,
              result.bestStep, result.bestValidationLoss, result.stopReason.c_str());
  std::printf("threads %d, training %.0f s, wall time %.0f s (%.1f min); wrote %s\n",
              pgd::TorchRuntime::threads(), info.trainingSeconds, wall, wall / 60.0,
              s.output.c_str());
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  Settings s;
  CLI::App app{"Pretrains the built-in base model from the pretraining split (docs/BASE_MODEL.md)"};
  app.add_option("--data", s.dataDir, "data folder the split's paths are relative to");
  app.add_option("--split", s.splitFile, "the pretraining split list");
  app.add_option("--output", s.output, "model folder to write");
  app.add_option("--minutes", s.minutes, "training wall-clock budget");
  app.add_option("--seed", s.seed, "seed of the noise, the crops and the initialisation");
  app.add_option("--tile", s.tile, "tile side the frames are cut into");
  app.add_option("--width", s.width, "channels of the network (the shipped base: 16)")
      ->check(CLI::Range(4, 128));
  app.add_option("--learning-rate", s.learningRate, "Adam's starting rate (the shipped base: 1e-3)")
      ->check(CLI::PositiveNumber);
  CLI11_PARSE(app, argc, argv);
  try {
    return run(s);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "pgd_pretrain_base: %s\n", e.what());
    return 1;
  }
}
