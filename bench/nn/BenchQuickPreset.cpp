// bench_quick_preset: quality per minute of CPU training configurations. Trains on the
// noisy image only, and after every validation measures the PSNR of mu and of the denoiser's
// output (posterior) against a clean reference (8-bit convention: data range 255), excluding the
// measurement time from the wall clock. The scores are taken with float32 inference and again
// with bfloat16 inference (nn/Precision.h), whatever precision the training runs in
// (--precision; --no-bf16-scores skips the bfloat16 ones). --base starts from the built-in base
// model as `pgdenoise train` does; --affine scores after an affine fit to the reference (W2S).
// Prints one CSV line per validation:
// config,step,seconds,train_loss,val_loss,psnr_mu,psnr_posterior,psnr_mu_bf16,psnr_posterior_bf16.
#include "eval/Metrics.h"
#include "image/StackReader.h"
#include "infer/Denoiser.h"
#include "job/Error.h"
#include "nn/Model.h"
#include "nn/TorchRuntime.h"
#include "store/BuiltInModel.h"
#include "train/Trainer.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

struct Scores {
  double mu = 0.0;
  double posterior = 0.0;
};

// Plain PSNR with data range 255, or (--affine) after the least-squares affine fit to the
// reference, as docs/RESULTS.md scores W2S.
bool g_affine = false;

double scoreOf(const float* result, const pgd::ImageStack& gt, std::size_t n) {
  return g_affine ? pgd::psnrAffine(result, gt.values().data(), n, 255.0)
                  : pgd::psnr8Bit(result, gt.values().data(), n);
}

Scores scoresOf(const pgd::Model& model, const pgd::ImageStack& noisy, const pgd::ImageStack& gt) {
  pgd::NullProgress quiet;
  const pgd::DenoiseResult r = pgd::Denoiser(model).denoise(noisy, quiet);
  const std::size_t n = noisy.frameSize();
  return {scoreOf(r.mu.frame(0), gt, n), scoreOf(r.posterior.frame(0), gt, n)};
}

// The scores with `model` predicting in `precision`. The trainer hands its own model to the
// observer (const); its training precision is put back before training goes on.
Scores scoresIn(pgd::Precision precision, const pgd::Model& model, const pgd::ImageStack& noisy,
                const pgd::ImageStack& gt) {
  auto& shared = const_cast<pgd::Model&>(model);
  const pgd::Precision training = shared.precision();
  shared.setPrecision(precision);
  const Scores s = scoresOf(shared, noisy, gt);
  shared.setPrecision(training);
  return s;
}

class Printer : public pgd::ProgressSink {
public:
  bool report(const pgd::ProgressUpdate& u) override {
    if (u.isValidation) {
      lastTrain = u.trainLoss;
      lastValidation = u.validationLoss;
    }
    return true;
  }
  double lastTrain = 0.0;
  double lastValidation = 0.0;
};

} // namespace

int main(int argc, char** argv) {
  CLI::App app{"CPU training quality per minute"};
  std::string noisyPath;
  std::string cleanPath;
  std::string label;
  pgd::TrainingConfig config = pgd::TrainingConfig::fromPreset("quick");
  app.add_option("noisy", noisyPath)->required();
  app.add_option("clean", cleanPath)->required();
  app.add_option("--label", label);
  app.add_option("--width", config.network.width);
  app.add_option("--crop", config.cropSize);
  app.add_option("--batch", config.batchSize);
  app.add_option("--lr", config.learningRate);
  app.add_option("--steps", config.maxSteps);
  app.add_option("--epoch", config.stepsPerEpoch);
  app.add_option("--patience", config.earlyStopPatience);
  app.add_option("--plateau", config.plateauPatience);
  app.add_option("--budget", config.timeBudgetSeconds);
  app.add_option("--seed", config.seed);
  app.add_option("--precision", config.precision, "training precision: auto, float32, bfloat16");
  bool warm = false;
  app.add_flag("--base", warm,
               "start from the built-in base model (warm start), as pgdenoise train");
  app.add_flag("--affine", g_affine, "PSNR after an affine fit to the reference (W2S)");
  bool bf16Scores = true;
  app.add_flag("!--no-bf16-scores", bf16Scores, "score in float32 only (faster)");
  CLI11_PARSE(app, argc, argv);
  config.network.headWidth = 8 * config.network.width;
  try {
    const auto noisy = pgd::readImageStack(noisyPath);
    const auto clean = pgd::readImageStack(cleanPath);
    std::printf("# %s threads=%d training_precision=%s psnr=%s noisy_psnr=%.2f\n", label.c_str(),
                pgd::TorchRuntime::threads(),
                pgd::toString(config.resolvedPrecision(pgd::TorchRuntime::resolveDevice("auto"))),
                g_affine ? "affine" : "plain", scoreOf(noisy.values().data(), clean, noisy.size()));
    pgd::Trainer trainer(config);
    std::optional<pgd::Model> base;
    if (warm) {
      base.emplace(pgd::loadBuiltInBase());
      trainer.setBase(&*base, pgd::baseModelRef(pgd::kBuiltInBaseName, *pgd::builtInBaseFolder()));
    }
    Printer printer;
    const auto start = std::chrono::steady_clock::now();
    double excluded = 0.0;
    trainer.setValidationObserver([&](long step, const pgd::Model& model) {
      const auto t0 = std::chrono::steady_clock::now();
      const Scores p = scoresIn(pgd::Precision::Float32, model, noisy, clean);
      const Scores q =
          bf16Scores ? scoresIn(pgd::Precision::BFloat16, model, noisy, clean) : Scores{};
      const auto t1 = std::chrono::steady_clock::now();
      const double wall = std::chrono::duration<double>(t0 - start).count() - excluded;
      excluded += std::chrono::duration<double>(t1 - t0).count();
      std::printf("%s,%ld,%.1f,%.5f,%.5f,%.3f,%.3f,%.3f,%.3f\n", label.c_str(), step, wall,
                  printer.lastTrain, printer.lastValidation, p.mu, p.posterior, q.mu, q.posterior);
      std::fflush(stdout);
    });
    auto result = trainer.train({noisy}, printer);
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() - excluded;
    const Scores final = scoresIn(pgd::Precision::Float32, result.model, noisy, clean);
    const Scores reduced =
        bf16Scores ? scoresIn(pgd::Precision::BFloat16, result.model, noisy, clean) : Scores{};
    std::printf("# %s final: steps=%ld best_step=%ld stop=\"%s\" seconds=%.1f psnr_mu=%.3f "
                "psnr_posterior=%.3f psnr_mu_bf16=%.3f psnr_posterior_bf16=%.3f\n",
                label.c_str(), result.steps, result.bestStep, result.stopReason.c_str(), wall,
                final.mu, final.posterior, reduced.mu, reduced.posterior);
  } catch (const pgd::Error& e) {
    std::fprintf(stderr, "error: %s\n", e.what());
    return 1;
  }
  return 0;
}
