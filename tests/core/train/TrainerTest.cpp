#include "train/Trainer.h"
#include "job/Error.h"
#include "nn/ModelImpl.h"
#include "noise/PoissonGaussianNoise.h"
#include "sample/SamplePhantom.h"
#include "train/EchoRefusals.h"
#include "train/ValidationSplit.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pgd {
namespace {

TrainingConfig tinyConfig() {
  TrainingConfig c;
  c.preset = "test";
  c.network = {NetworkKind::BlindSpot, 8, 64, 1};
  c.cropSize = 32;
  c.batchSize = 2;
  c.learningRate = 2e-3;
  c.maxSteps = 30;
  c.stepsPerEpoch = 5;
  c.plateauPatience = 100;
  c.earlyStopPatience = 0;
  c.device = "cpu";
  c.seed = 5;
  return c;
}

ImageStack noisyPhantom(int size, NoiseParams noise, std::uint64_t seed = 3) {
  PhantomOptions o;
  o.width = size;
  o.height = size;
  o.frames = 1;
  o.seed = 7;
  const auto clean = makeCleanPhantom(o);
  SynthesisOptions s;
  s.seed = seed;
  return addPoissonGaussianNoise(clean, noise, s);
}

class CancelAfter : public ProgressSink {
public:
  explicit CancelAfter(long steps) : m_steps(steps) {}
  bool report(const ProgressUpdate& u) override {
    if (u.step > 0 && u.fraction < 1.0) {
      lastStep = u.step;
      sawLearningRate = sawLearningRate || u.learningRate > 0.0;
      sawTimeLeft = sawTimeLeft || u.secondsLeft >= 0.0;
      validations += u.isValidation;
    }
    return u.step < m_steps;
  }
  long lastStep = 0;
  bool sawLearningRate = false;
  bool sawTimeLeft = false;
  int validations = 0;

private:
  long m_steps;
};

// The returned weights are the best of the first two validations (not the last step's), and
// score as such on the held-out pixels.
void expectBestOfTwoValidations(TrainingResult& result, const ImageStack& image) {
  ASSERT_EQ(result.validationLossHistory.size(), 2u);
  const double best = std::min(result.validationLossHistory[0], result.validationLossHistory[1]);
  EXPECT_DOUBLE_EQ(result.bestValidationLoss, best);
  EXPECT_NEAR(Trainer::validationLoss(result.model, {image}, tinyConfig()), best, 1e-6);
}

double predictionDifference(const Model& a, const Model& b, const ImageStack& image) {
  std::vector<float> x(image.values()), ma(x.size()), mb(x.size());
  a.predict(x.data(), image.height(), image.width(), ma.data(), nullptr);
  b.predict(x.data(), image.height(), image.width(), mb.data(), nullptr);
  double d = 0.0;
  for (std::size_t i = 0; i < x.size(); ++i)
    d = std::max(d, double(std::abs(ma[i] - mb[i])));
  return d;
}

TEST(Trainer, RunningOutOfDeviceMemoryStopsWithTheBestWeights) {
  // A live preview (the validation observer) that runs out of memory at the second validation,
  // as a prediction on a full GPU would: training stops there and returns the best checkpoint.
  const auto image = noisyPhantom(96, NoiseParams::fromPaperLevels(30, 10));
  Trainer trainer(tinyConfig());
  trainer.setValidationObserver([](long step, const Model&) {
    if (step == 10)
      throw OutOfMemoryError("cpu", "cpu ran out of memory while predicting a preview");
  });
  NullProgress progress;
  auto result = trainer.train({image}, progress);
  EXPECT_EQ(result.reason, StopReason::OutOfMemory);
  EXPECT_EQ(result.steps, 10);
  EXPECT_EQ(result.stopReason, "out of memory on cpu at step 10");
  EXPECT_EQ(result.model.info().stopReason, result.stopReason);
  expectBestOfTwoValidations(result, image);
}

TEST(Trainer, StopReasonsAreReportedAsValues) {
  const auto image = noisyPhantom(96, NoiseParams::fromPaperLevels(30, 10));
  NullProgress progress;
  EXPECT_EQ(Trainer(tinyConfig()).train({image}, progress).reason, StopReason::StepLimit);
  CancelAfter cancel(3);
  EXPECT_EQ(Trainer(tinyConfig()).train({image}, cancel).reason, StopReason::Cancelled);
}

TEST(Trainer, CancelStopsWithinOneStepAndReturnsTheBestWeights) {
  const auto image = noisyPhantom(96, NoiseParams::fromPaperLevels(30, 10));
  CancelAfter sink(12);
  auto result = Trainer(tinyConfig()).train({image}, sink);
  EXPECT_EQ(result.steps, 12);
  EXPECT_EQ(result.stopReason, "cancelled");
  EXPECT_EQ(result.model.info().stopReason, "cancelled");
  EXPECT_TRUE(sink.sawLearningRate);
  EXPECT_TRUE(sink.sawTimeLeft);
  EXPECT_EQ(sink.validations, 2);
  expectBestOfTwoValidations(result, image); // not the step-12 weights
}

TEST(Trainer, OverLongRunOnATinyImageKeepsTheBestValidationWeights) {
  const auto image = noisyPhantom(96, NoiseParams::fromPaperLevels(20, 20));
  auto config = tinyConfig();
  config.maxSteps = 120;
  config.learningRate = 5e-3;
  NullProgress none;
  auto result = Trainer(config).train({image}, none);
  EXPECT_EQ(result.stopReason, "step limit");
  ASSERT_FALSE(result.validationLossHistory.empty());
  double best = std::numeric_limits<double>::infinity();
  for (double v : result.validationLossHistory)
    best = std::min(best, v);
  EXPECT_DOUBLE_EQ(result.bestValidationLoss, best);
  const double final = Trainer::validationLoss(result.model, {image}, config);
  EXPECT_LE(final, best + 1e-6);
  // The result carries that checkpoint's held-out mu error too.
  const auto bestAt =
      std::find(result.historySteps.begin(), result.historySteps.end(), result.bestStep) -
      result.historySteps.begin();
  ASSERT_LT(std::size_t(bestAt), result.validationMuErrorHistory.size());
  EXPECT_DOUBLE_EQ(result.bestValidationMuError,
                   result.validationMuErrorHistory[std::size_t(bestAt)]);
  EXPECT_EQ(result.model.info().steps, 120);
}

TEST(Trainer, WeightAveragingValidatesAndReturnsTheAveragedWeights) {
  const auto image = noisyPhantom(96, NoiseParams::fromPaperLevels(20, 20));
  auto config = tinyConfig();
  config.maxSteps = 40;
  NullProgress none;
  const auto plain = Trainer(config).train({image}, none);
  config.weightAverageDecay = 0.9;
  auto averaged = Trainer(config).train({image}, none);
  // Same optimiser trajectory (same seed), different weights validated and returned.
  EXPECT_EQ(plain.trainLossHistory, averaged.trainLossHistory);
  EXPECT_NE(plain.validationLossHistory, averaged.validationLossHistory);
  EXPECT_GT(predictionDifference(plain.model, averaged.model, image), 1e-4);
  // The returned model is the best validated (averaged) one.
  EXPECT_NEAR(Trainer::validationLoss(averaged.model, {image}, config), averaged.bestValidationLoss,
              1e-6);
  EXPECT_DOUBLE_EQ(
      TrainingConfig::fromJson(averaged.model.info().trainingConfigJson).weightAverageDecay, 0.9);
  config.weightAverageDecay = 1.0;
  EXPECT_THROW(Trainer(config).train({image}, none), Error);
}

TEST(Trainer, MuErrorCriterionKeepsTheCheckpointWithTheLeastHeldOutMuError) {
  const auto image = noisyPhantom(96, NoiseParams::fromPaperLevels(20, 20));
  auto config = tinyConfig();
  config.maxSteps = 60;
  config.learningRate = 5e-3;
  config.checkpointCriterion = "mu-error";
  NullProgress none;
  auto result = Trainer(config).train({image}, none);
  const auto& errors = result.validationMuErrorHistory;
  ASSERT_EQ(errors.size(), result.validationLossHistory.size());
  ASSERT_GE(errors.size(), 3u);
  const auto best = std::min_element(errors.begin(), errors.end()) - errors.begin();
  // The returned weights are the ones with the least held-out mu error, and model.json's best
  // validation loss is that checkpoint's loss (not necessarily the least loss seen).
  const ValidationScores scores = Trainer::validationScores(result.model, {image}, config);
  EXPECT_NEAR(scores.muError, errors[std::size_t(best)], 1e-9);
  EXPECT_DOUBLE_EQ(result.bestValidationMuError, errors[std::size_t(best)]);
  EXPECT_EQ(result.bestStep, result.historySteps[std::size_t(best)]);
  EXPECT_DOUBLE_EQ(result.bestValidationLoss, result.validationLossHistory[std::size_t(best)]);
  EXPECT_NEAR(scores.loss, result.bestValidationLoss, 1e-6);
  // The held-out mu error is an MSE against noisy values: positive and near the noise variance
  // (lambda 20, sigma 20: a = 0.05, b = 0.0062 in units of the clean range) in size.
  for (double e : errors)
    EXPECT_TRUE(e > 0.0 && e < 1.0) << e;
  config.checkpointCriterion = "psnr";
  EXPECT_THROW(Trainer(config).train({image}, none), Error);
}

// Scores of the pixels of `core` when predicted through Model::predict on `core` plus `context`
// pixels around it (clipped to the image), added to {loss, squared error, pixels}.
void addCoreScores(const Model& model, const ImageStack& image, const Region& core, int context,
                   double& loss, double& se, double& n) {
  const auto& norm = model.info().normalization;
  const int y0 = std::max(0, core.y - context);
  const int x0 = std::max(0, core.x - context);
  const int h = std::min(image.height(), core.y + core.height + context) - y0;
  const int w = std::min(image.width(), core.x + core.width + context) - x0;
  std::vector<float> window(std::size_t(h) * w), mu(window.size()), s2(window.size());
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      window[std::size_t(y) * w + x] = float(norm.toNormalised(image.at(0, y0 + y, x0 + x)));
  model.predict(window.data(), h, w, mu.data(), s2.data());
  for (int y = core.y; y < core.y + core.height; ++y)
    for (int x = core.x; x < core.x + core.width; ++x) {
      const std::size_t i = std::size_t(y - y0) * w + (x - x0);
      const double v = double(s2[i]) + 1e-3;
      const double e = double(window[i]) - double(mu[i]);
      loss += e * e / v + std::log(v);
      se += e * e;
      n += 1.0;
    }
}

// Scores of the held-out blocks, {uncalibrated loss, MSE of mu vs y}, when each block is
// predicted with `context` pixels around it, or, with `tile` > 0, in cores of tile - 2 *
// kCropTileMargin px with kCropTileMargin of context each (the denoiser's crop-sized tiles).
std::pair<double, double> blockScores(const Model& model, const ImageStack& image,
                                      const TrainingConfig& config, int context, int tile = 0) {
  const auto split = ValidationSplit::make({{image.height(), image.width()}}, config.cropSize,
                                           config.validationFraction, config.seed);
  double loss = 0.0;
  double se = 0.0;
  double n = 0.0;
  for (const Region& r : split.validationRegions()) {
    if (tile == 0) {
      addCoreScores(model, image, r, context, loss, se, n);
      continue;
    }
    const int core = tile - 2 * kCropTileMargin;
    for (int y = r.y; y < r.y + r.height; y += core)
      for (int x = r.x; x < r.x + r.width; x += core)
        addCoreScores(
            model, image,
            {0, y, x, std::min(core, r.y + r.height - y), std::min(core, r.x + r.width - x)},
            kCropTileMargin, loss, se, n);
  }
  return {loss / n, se / n};
}

TEST(Trainer, ValidatesEachBlockWithTheDenoisersContext) {
  // 320x320: blocks of 64 with 128 px of context on each side are smaller than the image, so the
  // context is a real choice. Validation must score each block as the denoiser would predict it
  // (a tile with 128 px of margin), not as an isolated 64x64 crop.
  const auto image = noisyPhantom(320, NoiseParams::fromPaperLevels(20, 20));
  auto config = tinyConfig();
  config.cropSize = 64;
  config.maxSteps = 20;
  // float32 on every CPU: after 20 bfloat16 steps the tiny net's context effect (2e-6) fell below
  // the threshold at the end; the validation path is the same in both precisions.
  config.precision = "float32";
  NullProgress none;
  auto result = Trainer(config).train({image}, none);
  const ValidationScores scores = Trainer::validationScores(result.model, {image}, config);
  const auto withContext = blockScores(result.model, image, config, 128);
  const auto alone = blockScores(result.model, image, config, 0);
  EXPECT_NEAR(scores.wideLoss, withContext.first, 1e-4);
  // The context changes the prediction measurably, so this test would notice it being dropped.
  EXPECT_GT(std::abs(alone.second - withContext.second), 1e-5);

  // Scored a second time in the tiles the denoiser uses for a model that records a context tile
  // (crops of 64: tiles of 128, the smallest, with cores of 64), and the context that reads better
  // gives the scores.
  const int tile = contextTileFor(config.cropSize);
  EXPECT_EQ(tile, 128);
  const auto inTiles = blockScores(result.model, image, config, 0, tile);
  EXPECT_NEAR(scores.tiledLoss, inTiles.first, 1e-4);
  EXPECT_GT(std::abs(inTiles.first - withContext.first), 1e-5);
  const bool tilesBetter = scores.tiledLoss < scores.wideLoss - kContextPreference;
  EXPECT_EQ(scores.contextTile, tilesBetter ? tile : 0);
  const auto& chosen = tilesBetter ? inTiles : withContext;
  EXPECT_NEAR(scores.loss, chosen.first, 1e-4);
  EXPECT_NEAR(scores.muError, chosen.second, 1e-6);
  // The returned model records the context its checkpoint was read in.
  EXPECT_EQ(result.model.info().contextTile, scores.contextTile);
}

// A network that hides more than the pixel is validated with its noise echo too
// (train/NoiseEcho.h); a one-pixel network has none.
TEST(Trainer, ScoresTheNoiseEchoOfWideBlindSpotsOnly) {
  const auto image = noisyPhantom(96, NoiseParams::fromPaperLevels(20, 20));
  auto config = tinyConfig();
  config.maxSteps = 10;
  NullProgress none;
  auto narrow = Trainer(config).train({image}, none);
  EXPECT_TRUE(std::isnan(Trainer::validationScores(narrow.model, {image}, config).noiseEcho));
  config.network.blindSpot = 5;
  auto wide = Trainer(config).train({image}, none);
  const double echo = Trainer::validationScores(wide.model, {image}, config).noiseEcho;
  EXPECT_TRUE(std::isfinite(echo));
  EXPECT_LT(std::abs(echo), 1.0) << echo;
  // The run reports every validation's echo: NaN for the one-pixel blind spot.
  ASSERT_EQ(narrow.noiseEchoHistory.size(), narrow.historySteps.size());
  for (double e : narrow.noiseEchoHistory)
    EXPECT_TRUE(std::isnan(e));
  EXPECT_TRUE(narrow.echoRefusedSteps.empty());
  ASSERT_EQ(wide.noiseEchoHistory.size(), wide.historySteps.size());
  for (double e : wide.noiseEchoHistory)
    EXPECT_TRUE(std::isfinite(e));
}

TEST(Trainer, RecordsTheValidationsTheNoiseEchoGuardRefused) {
  const auto image = noisyPhantom(96, NoiseParams::fromPaperLevels(20, 20));
  auto config = tinyConfig();
  config.network.blindSpot = 5;
  config.maxSteps = 60;
  config.noiseEchoMargin = 0.0; // refuse any echo above the least so far
  NullProgress none;
  const auto strict = Trainer(config).train({image}, none);
  // Replay the rule on the recorded histories: a validation is refused when its loss is a new
  // best but its echo is above the least echo of the earlier validations that no loss drop of
  // more than kNoiseEchoBaselineLossDrop followed.
  std::vector<long> expected;
  double best = std::numeric_limits<double>::infinity();
  double least = std::numeric_limits<double>::infinity();
  long bestStep = -1;
  ASSERT_EQ(strict.noiseEchoHistory.size(), strict.historySteps.size());
  for (std::size_t i = 0; i < strict.historySteps.size(); ++i) {
    const double loss = strict.validationLossHistory[i];
    if (i > 0 && !(strict.validationLossHistory[i - 1] - loss > kNoiseEchoBaselineLossDrop))
      least = std::min(least, strict.noiseEchoHistory[i - 1]);
    if (loss < best && strict.noiseEchoHistory[i] > least) {
      expected.push_back(strict.historySteps[i]);
    } else if (loss < best) {
      best = loss;
      bestStep = strict.historySteps[i];
    }
  }
  ASSERT_FALSE(expected.empty()) << "no refusal in this run: the test would check nothing";
  EXPECT_DOUBLE_EQ(strict.echoReference, least); // what the note reports as the run's least
  EXPECT_EQ(strict.echoRefusedSteps, expected);
  EXPECT_EQ(strict.bestStep, bestStep);
  EXPECT_EQ(echoRefusalsOf(strict).count, long(expected.size()));

  config.noiseEchoMargin = 10.0; // admits every echo: the lowest loss wins
  const auto lenient = Trainer(config).train({image}, none);
  EXPECT_TRUE(lenient.echoRefusedSteps.empty());
  EXPECT_EQ(lenient.validationLossHistory, strict.validationLossHistory);
  const auto lowest =
      std::min_element(lenient.validationLossHistory.begin(), lenient.validationLossHistory.end());
  EXPECT_EQ(lenient.bestStep,
            lenient.historySteps[std::size_t(lowest - lenient.validationLossHistory.begin())]);
}

TEST(Trainer, EarlyStopEndsARunThatStopsImproving) {
  const auto image = noisyPhantom(96, NoiseParams::fromPaperLevels(30, 10));
  auto config = tinyConfig();
  config.maxSteps = 100000;
  config.learningRate = 0.05; // so large that validation stalls quickly
  config.earlyStopPatience = 2;
  config.plateauPatience = 1;
  NullProgress none;
  auto result = Trainer(config).train({image}, none);
  EXPECT_LT(result.steps, 100000);
  EXPECT_NE(result.stopReason.find("converged"), std::string::npos) << result.stopReason;
}

TEST(Trainer, IsReproducibleOnCpu) {
  const auto image = noisyPhantom(96, NoiseParams::fromPaperLevels(30, 10));
  auto config = tinyConfig();
  config.maxSteps = 10;
  NullProgress none;
  auto a = Trainer(config).train({image}, none);
  auto b = Trainer(config).train({image}, none);
  EXPECT_EQ(a.validationLossHistory, b.validationLossHistory);
  EXPECT_EQ(a.trainLossHistory, b.trainLossHistory);
  EXPECT_EQ(predictionDifference(a.model, b.model, image), 0.0);
}

TEST(Trainer, TrainsInThePrecisionAskedAndByTheCpuRuleOnAuto) {
  const auto image = noisyPhantom(96, NoiseParams::fromPaperLevels(30, 10));
  auto config = tinyConfig();
  NullProgress none;
  // "auto": bfloat16 where the CPU does it natively, float32 elsewhere (nn/Precision.h).
  config.maxSteps = 1;
  EXPECT_EQ(Trainer(config).train({image}, none).model.precision(),
            resolvePrecision("auto", "cpu"));
  config.maxSteps = 10;
  config.precision = "float32";
  auto full = Trainer(config).train({image}, none);
  EXPECT_EQ(full.model.precision(), Precision::Float32);
  config.precision = "bfloat16";
  auto reduced = Trainer(config).train({image}, none);
  EXPECT_EQ(reduced.model.precision(), Precision::BFloat16);
  ASSERT_EQ(reduced.validationLossHistory.size(), full.validationLossHistory.size());
  // Same seed, same crops: the runs differ only by rounding, which grows over the steps but stays
  // far below what a broken reduced path (wrong outputs, lost gradients) would give.
  EXPECT_NE(reduced.trainLossHistory, full.trainLossHistory);
  for (std::size_t i = 0; i < full.validationLossHistory.size(); ++i)
    EXPECT_NEAR(reduced.validationLossHistory[i], full.validationLossHistory[i],
                0.05 * std::abs(full.validationLossHistory[i]))
        << "validation " << i;
  config.precision = "half";
  EXPECT_THROW(Trainer(config).train({image}, none), Error);
}

TEST(Trainer, StoresNormalisationAndSummary) {
  auto image = noisyPhantom(96, NoiseParams::fromPaperLevels(30, 10));
  for (auto& v : image.values())
    v = 100.0f + 4000.0f * v;
  auto config = tinyConfig();
  config.maxSteps = 5;
  NullProgress none;
  auto result = Trainer(config).train({image, image}, none);
  const auto& info = result.model.info();
  EXPECT_GT(info.normalization.scale, 1000.0);
  EXPECT_LT(info.normalization.offset, 100.0); // percentile 0.1% of data below raw 100
  EXPECT_NE(info.dataSummary.find("96x96"), std::string::npos);
  EXPECT_EQ(TrainingConfig::fromJson(info.trainingConfigJson).maxSteps, 5);
  EXPECT_FALSE(info.created.empty());
}

TEST(Trainer, RegularizedAndN2VLossesTrain) {
  const auto image = noisyPhantom(96, NoiseParams::fromPaperLevels(30, 10));
  auto config = tinyConfig();
  config.maxSteps = 5;
  config.loss = LossKind::Regularized;
  NullProgress none;
  auto reg = Trainer(config).train({image}, none);
  EXPECT_GT(reg.model.info().learnedNoise.a, 0.0);
  EXPECT_TRUE(std::isfinite(reg.bestValidationLoss));
  config.loss = LossKind::N2V;
  config.network.kind = NetworkKind::UNet;
  config.checkpointCriterion = "mu-error"; // N2V has no blind spot: it selects by its loss
  auto n2v = Trainer(config).train({image}, none);
  EXPECT_TRUE(std::isfinite(n2v.bestValidationLoss));
  ASSERT_FALSE(n2v.validationMuErrorHistory.empty());
  EXPECT_TRUE(std::isnan(n2v.validationMuErrorHistory.front()));
  EXPECT_TRUE(std::isnan(n2v.bestValidationMuError));
  EXPECT_GT(n2v.bestValidationLoss, 0.0);
}

TEST(Trainer, RejectsUnusableData) {
  NullProgress none;
  auto expectInput = [&](const ImageStack& image, const std::string& needle) {
    try {
      Trainer(tinyConfig()).train({image}, none);
      FAIL() << needle;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Input);
      EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
    }
  };
  expectInput(ImageStack(1, 64, 64, 0.5f), "constant");
  auto withNan = noisyPhantom(96, NoiseParams::fromPaperLevels(30, 10));
  withNan.at(0, 3, 3) = std::numeric_limits<float>::quiet_NaN();
  expectInput(withNan, "NaN");
  expectInput(noisyPhantom(16, NoiseParams::fromPaperLevels(30, 10)), "at least");
  auto config = tinyConfig();
  config.loss = LossKind::N2V;
  EXPECT_THROW(Trainer(config).train({noisyPhantom(96, {0.01, 0.0})}, none), Error);
}

// Records the notes a run reports.
class NoteRecorder : public ProgressSink {
public:
  bool report(const ProgressUpdate& u) override {
    if (!u.note.empty())
      notes.push_back(u.note);
    return true;
  }
  std::vector<std::string> notes;
};

// A stack's constant frame (an all-zero frame after an aborted acquisition, say) is left out and
// the run says so once; a stack of constant frames only is refused as a constant image is.
TEST(Trainer, LeavesConstantFramesOfAStackOutAndSaysSo) {
  const ImageStack image = noisyPhantom(96, NoiseParams::fromPaperLevels(30, 10));
  ImageStack stack(3, 96, 96);
  for (int f : {0, 2})
    std::copy_n(image.frame(0), image.frameSize(), stack.frame(f));
  std::fill_n(stack.frame(1), stack.frameSize(), 0.0f);
  auto config = tinyConfig();
  config.maxSteps = 5;
  NoteRecorder recorder;
  const TrainingResult result = Trainer(config).train({stack}, recorder);
  EXPECT_EQ(result.steps, 5);
  EXPECT_TRUE(std::isfinite(result.bestValidationLoss));
  EXPECT_EQ(
      recorder.notes,
      std::vector<std::string>{"left out 1 constant frame with nothing to learn: image 1 frame 2"});

  ImageStack flat(2, 64, 64, 3.0f);
  NullProgress none;
  try {
    Trainer(config).train({flat}, none);
    FAIL() << "a stack of constant frames was trained on";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Input);
    EXPECT_STREQ(e.what(), "image 1: frame 1 is constant (3), nothing to learn");
  }
}

double psnrUnitRange(const std::vector<float>& a, const std::vector<float>& b) {
  double se = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i)
    se += (double(a[i]) - b[i]) * (double(a[i]) - b[i]);
  return 10.0 * std::log10(1.0 / (se / double(a.size())));
}

TEST(Trainer, ShortCpuTrainingDenoisesAPhantom) {
  PhantomOptions o;
  o.width = 128;
  o.height = 128;
  o.frames = 1;
  const auto clean = makeCleanPhantom(o);
  SynthesisOptions s;
  s.seed = 9;
  const auto noisy = addPoissonGaussianNoise(clean, NoiseParams::fromPaperLevels(10, 25), s);
  auto config = tinyConfig();
  config.network = {NetworkKind::BlindSpot, 8, 64, 1};
  config.cropSize = 64;
  config.batchSize = 4;
  config.learningRate = 3e-3;
  config.maxSteps = 250;
  config.stepsPerEpoch = 25;
  NullProgress none;
  auto result = Trainer(config).train({noisy}, none);
  const auto& norm = result.model.info().normalization;
  std::vector<float> x(noisy.size()), mu(noisy.size());
  for (std::size_t i = 0; i < x.size(); ++i)
    x[i] = float(norm.toNormalised(noisy.values()[i]));
  result.model.predict(x.data(), 128, 128, mu.data(), nullptr);
  for (auto& v : mu)
    v = float(norm.toRawValue(v));
  const double before = psnrUnitRange(noisy.values(), clean.values());
  const double after = psnrUnitRange(mu, clean.values());
  std::printf("phantom PSNR (range 1): noisy %.2f dB, mu %.2f dB\n", before, after);
  EXPECT_GT(after, before + 3.0);
}

// Warm start (Trainer::setBase): a run starts at the base's weights, adopts its own data's
// normalisation, records the base in model.json, and validates, stops and checkpoints as a run
// from scratch does.

// The phantom in raw units far from [0,1], as a 16-bit camera gives.
ImageStack rawPhantom() {
  auto noisy = noisyPhantom(96, NoiseParams::fromPaperLevels(30, 10));
  for (float& v : noisy.values())
    v = 100.0f + 1000.0f * v;
  return noisy;
}

// A base of the tiny network with its own (seeded) weights and a per-image normalisation.
Model tinyBase() {
  ModelInfo info;
  info.architecture = tinyConfig().network;
  info.name = "tiny-base";
  info.perImageNormalization = true;
  info.normalization = {7.0, 3.0};
  return Model(info, 99);
}

TEST(WarmStart, StartsAtTheBaseWeightsAndRecordsTheBase) {
  const auto image = rawPhantom();
  const Model base = tinyBase();
  auto config = tinyConfig();
  config.learningRate = 1e-9; // the weights barely move: the result is the start
  // A trained model predicts in its training precision: float32, as the base, so that the
  // predictions compare weights, not rounding (bfloat16 ones differ by ~6e-3).
  config.precision = "float32";
  NullProgress none;
  Trainer warm(config);
  warm.setBase(&base, {"tiny-base", "0123456789abcdef"});
  auto fromBase = warm.train({image}, none);
  auto fromScratch = Trainer(config).train({image}, none);

  const auto probe = noisyPhantom(64, NoiseParams::fromPaperLevels(30, 10)); // network units
  EXPECT_LT(predictionDifference(fromBase.model, base, probe), 1e-4);
  EXPECT_GT(predictionDifference(fromScratch.model, base, probe), 1e-2);
  const ModelInfo& info = fromBase.model.info();
  ASSERT_TRUE(info.base.has_value());
  EXPECT_EQ(info.base->name, "tiny-base");
  EXPECT_EQ(info.base->checksum, "0123456789abcdef");
  EXPECT_FALSE(fromScratch.model.info().base.has_value());
  // The run's own normalisation, not the base's per-image one.
  EXPECT_FALSE(info.perImageNormalization);
  EXPECT_NEAR(info.normalization.scale, fromScratch.model.info().normalization.scale, 1e-9);
  EXPECT_NEAR(info.normalization.offset, fromScratch.model.info().normalization.offset, 1e-9);
  EXPECT_GT(info.normalization.scale, 100.0);
  // and model.json keeps the base.
  const ModelInfo reread = modelInfoFromJson(toJson(info));
  ASSERT_TRUE(reread.base.has_value());
  EXPECT_EQ(reread.base->checksum, "0123456789abcdef");
  EXPECT_FALSE(modelInfoFromJson(toJson(fromScratch.model.info())).base.has_value());
}

// The largest difference between a's weights and `factor` times b's.
double weightDifference(const Model& a, const Model& b, double factor) {
  const auto wa = a.impl().snapshot();
  const auto wb = b.impl().snapshot();
  double d = 0.0;
  for (std::size_t i = 0; i < wa.size() && i < wb.size(); ++i)
    d = std::max(d, (wa[i] - wb[i] * factor).abs().max().item<double>());
  return d;
}

// Five steps that barely move the weights (float32, weight averaging on): the weights at step 5
// show where training started.
TrainingConfig barelyMovingConfig() {
  auto config = tinyConfig();
  config.learningRate = 1e-9;
  config.precision = "float32";
  config.maxSteps = 5;
  config.weightAverageDecay = 0.9;
  return config;
}

// TrainingConfig::warmStartShrink: step 0 validates the base as it is; training then starts
// from its weights times the factor, and the weight average restarts from those; model.json
// records the factor. A run that cannot afford warmStartShrinkMinSteps trains from the base as
// it is.
TEST(WarmStart, TrainsFromTheBaseWeightsShrunkAfterValidatingThemUnshrunk) {
  const auto image = rawPhantom();
  const Model base = tinyBase();
  auto config = barelyMovingConfig();
  NullProgress none;
  for (const double shrink : {1.0, 0.6}) {
    config.warmStartShrink = shrink;
    Trainer warm(config);
    warm.setBase(&base, {"tiny-base", "c"});
    std::vector<double> atBase, atShrunk;
    warm.setValidationObserver([&](long, const Model& current) {
      atBase.push_back(weightDifference(current, base, 1.0));
      atShrunk.push_back(weightDifference(current, base, shrink));
    });
    const TrainingResult result = warm.train({image}, none);
    ASSERT_EQ(result.historySteps, (std::vector<long>{0, 5})) << shrink;
    EXPECT_LT(atBase[0], 1e-6) << shrink; // step 0: the base itself
    EXPECT_LT(atShrunk[1], 1e-5) << shrink;
    if (shrink < 1.0) {
      EXPECT_GT(atBase[1], 1e-2);
      // The run returns whichever of the two validated better, and says which.
      const double kept = weightDifference(result.model, base, result.bestStep == 0 ? 1.0 : shrink);
      EXPECT_LT(kept, 1e-5);
    }
  }
  config.warmStartShrink = 0.6;
  config.warmStartShrinkMinSteps = 6; // more than the 5 steps it may take
  Trainer shortRun(config);
  shortRun.setBase(&base, {"tiny-base", "c"});
  std::vector<double> atBase;
  shortRun.setValidationObserver(
      [&](long, const Model& current) { atBase.push_back(weightDifference(current, base, 1.0)); });
  const TrainingResult unshrunk = shortRun.train({image}, none);
  ASSERT_EQ(atBase.size(), 2u);
  EXPECT_LT(atBase[1], 1e-5);
  ASSERT_TRUE(unshrunk.model.info().base.has_value());
  EXPECT_DOUBLE_EQ(unshrunk.model.info().base->shrink, 1.0);
}

// The largest difference between a's and b's weights over the parameters whose names start (or
// do not start) with "head".
double headDifference(const Model& a, const Model& b, bool head) {
  const auto pa = a.impl().module().named_parameters();
  const auto pb = b.impl().module().named_parameters();
  double d = 0.0;
  for (const auto& p : pa) {
    if ((p.key().rfind("head", 0) == 0) != head)
      continue;
    d = std::max(d, (p.value() - pb[p.key()]).abs().max().item<double>());
  }
  return d;
}

// TrainingConfig::warmStartResetHead: step 0 validates the base as it is; a run that does not
// shrink then trains from the base's features with its four 1x1 head layers drawn afresh (the
// same draw for the same seed), and model.json says so; a run that shrinks keeps the head.
TEST(WarmStart, TrainsTheBaseFeaturesWithANewHeadWhereItDoesNotShrink) {
  const auto image = rawPhantom();
  const Model base = tinyBase();
  auto config = barelyMovingConfig();
  config.warmStartResetHead = true;
  NullProgress none;
  const auto train = [&](std::vector<double>& features, std::vector<double>& head) {
    Trainer warm(config);
    warm.setBase(&base, {"tiny-base", "c"});
    warm.setValidationObserver([&](long, const Model& current) {
      features.push_back(headDifference(current, base, false));
      head.push_back(headDifference(current, base, true));
    });
    return warm.train({image}, none);
  };
  std::vector<double> features, head, features2, head2;
  const TrainingResult first = train(features, head);
  ASSERT_EQ(first.historySteps, (std::vector<long>{0, 5}));
  EXPECT_LT(head[0], 1e-6); // step 0: the base itself
  EXPECT_LT(features[0], 1e-6);
  EXPECT_GT(head[1], 1e-2); // step 5: a new head on the base's features
  EXPECT_LT(features[1], 1e-5);
  ASSERT_TRUE(first.model.info().base.has_value());
  EXPECT_EQ(first.model.info().base->newHead, first.bestStep != 0);
  EXPECT_DOUBLE_EQ(first.model.info().base->shrink, 1.0);
  ModelInfo withNewHead = first.model.info();
  withNewHead.base->newHead = true; // model.json keeps it; older files read as false
  EXPECT_TRUE(modelInfoFromJson(toJson(withNewHead)).base->newHead);
  withNewHead.base->newHead = false;
  EXPECT_FALSE(modelInfoFromJson(toJson(withNewHead)).base->newHead);
  const TrainingResult again = train(features2, head2);
  EXPECT_EQ(again.validationLossHistory, first.validationLossHistory); // the same draw

  config.warmStartShrink = 0.6; // shrinks (every run affords it): the head is only shrunk
  Trainer shrinking(config);
  shrinking.setBase(&base, {"tiny-base", "c"});
  std::vector<double> atShrunk;
  shrinking.setValidationObserver([&](long, const Model& current) {
    atShrunk.push_back(weightDifference(current, base, 0.6));
  });
  const TrainingResult shrunk = shrinking.train({image}, none);
  ASSERT_EQ(atShrunk.size(), 2u);
  EXPECT_LT(atShrunk[1], 1e-5);
  EXPECT_FALSE(shrunk.model.info().base->newHead);
}

// The step rule times a few training steps at step 0 (TrainingConfig::warmStartShrinkMinSteps):
// the timing draws no crop, mask or weight change the run would see, so a run that times and
// shrinks trains exactly as one that shrinks untimed; a budget too short for the steps keeps the
// base as it is. Each says so in step 0's note, and model.json records the factor.
TEST(WarmStart, TimesTheStepsItCanAffordWithoutChangingTheRun) {
  const auto image = rawPhantom();
  const Model base = tinyBase();
  auto config = tinyConfig();
  config.precision = "float32";
  config.maxSteps = 6;
  config.weightAverageDecay = 0.9;
  config.warmStartShrink = 0.6;
  config.timeBudgetSeconds = 3600.0;
  struct Notes : ProgressSink {
    bool report(const ProgressUpdate& u) override {
      if (!u.note.empty())
        notes.push_back(u.note);
      return true;
    }
    std::vector<std::string> notes;
  };
  const auto train = [&](long minSteps, Notes& notes) {
    config.warmStartShrinkMinSteps = minSteps;
    Trainer warm(config);
    warm.setBase(&base, {"tiny-base", "c"});
    return warm.train({image}, notes);
  };
  Notes untimedNotes, timedNotes;
  const TrainingResult untimed = train(0, untimedNotes);
  const TrainingResult timed = train(6, timedNotes); // 6 steps in an hour: affordable
  // Step 0's training loss is NaN (no step yet): compare the steps' losses bit for bit.
  ASSERT_EQ(timed.trainLossHistory.size(), untimed.trainLossHistory.size());
  for (std::size_t i = 1; i < timed.trainLossHistory.size(); ++i)
    EXPECT_EQ(timed.trainLossHistory[i], untimed.trainLossHistory[i]) << i;
  EXPECT_EQ(timed.validationLossHistory, untimed.validationLossHistory);
  EXPECT_LT(weightDifference(timed.model, untimed.model, 1.0), 1e-7);
  ASSERT_EQ(timedNotes.notes.size(), 1u);
  EXPECT_NE(timedNotes.notes[0].find("scaled by 0.6, as this run can afford about 6 steps"),
            std::string::npos)
      << timedNotes.notes[0];
  ASSERT_EQ(untimedNotes.notes.size(), 1u);
  EXPECT_NE(untimedNotes.notes[0].find("scaled by 0.6, as this run can afford 6 steps"),
            std::string::npos)
      << untimedNotes.notes[0];
  EXPECT_DOUBLE_EQ(timed.model.info().base->shrink, timed.bestStep == 0 ? 1.0 : 0.6);

  // A budget spent before step 1 affords no step: the base as it is.
  config.timeBudgetSeconds = 1e-6;
  Notes brokeNotes;
  const TrainingResult broke = train(6, brokeNotes);
  ASSERT_EQ(brokeNotes.notes.size(), 1u);
  EXPECT_NE(brokeNotes.notes[0].find("as it is: this run can afford about 0 steps, and scaling its "
                                     "weights by 0.6 helps only from 6 steps"),
            std::string::npos)
      << brokeNotes.notes[0];
  EXPECT_DOUBLE_EQ(broke.model.info().base->shrink, 1.0);
}

// TrainingConfig::secondStartFromScratch: a warm start that converges starts again from random
// weights, with its own patience, and returns the better checkpoint of the two starts.
TEST(WarmStart, StartsAgainFromScratchAfterConvergingAndKeepsTheBetterStart) {
  const auto image = rawPhantom();
  const Model base = tinyBase();
  auto config = tinyConfig();
  // The weights barely move: each validation shows where its start began.
  config.learningRate = 1e-9;
  config.precision = "float32";
  config.maxSteps = 100000;
  config.earlyStopPatience = 2;
  config.secondStartFromScratch = true;
  NullProgress none;
  // The random weights a run of this seed starts from.
  const TrainingResult scratch = Trainer(config).train({image}, none);
  EXPECT_EQ(scratch.restartStep, -1); // runs from scratch ignore the setting
  EXPECT_EQ(scratch.model.info().stopReason.find("second start"), std::string::npos);

  class Stages : public ProgressSink {
  public:
    bool report(const ProgressUpdate& u) override {
      secondStart = secondStart || u.stage == "training, second start from scratch";
      return true;
    }
    bool secondStart = false;
  } stages;
  Trainer warm(config);
  warm.setBase(&base, {"tiny-base", "c"});
  std::vector<long> steps;
  std::vector<double> atBase, atScratch;
  warm.setValidationObserver([&](long step, const Model& current) {
    steps.push_back(step);
    atBase.push_back(weightDifference(current, base, 1.0));
    atScratch.push_back(weightDifference(current, scratch.model, 1.0));
  });
  const TrainingResult result = warm.train({image}, stages);

  // The first start converges after its patience (step 0, then two stalled validations at 5
  // and 10), the second gets a patience of its own and converges too.
  ASSERT_EQ(result.restartStep, 10);
  EXPECT_EQ(result.historySteps, (std::vector<long>{0, 5, 10, 15, 20, 25}));
  EXPECT_EQ(result.steps, 25);
  EXPECT_TRUE(stages.secondStart);
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (steps[i] <= result.restartStep)
      EXPECT_LT(atBase[i], 1e-5) << steps[i];
    else
      EXPECT_LT(atScratch[i], 1e-5) << steps[i];
  }
  // The better of the two starts by validation loss, and model.json says which.
  const double best =
      *std::min_element(result.validationLossHistory.begin(), result.validationLossHistory.end());
  EXPECT_DOUBLE_EQ(result.bestValidationLoss, best);
  const bool second = result.bestStep > result.restartStep;
  EXPECT_LT(weightDifference(result.model, second ? scratch.model : base, 1.0), 1e-5);
  EXPECT_EQ(result.model.info().base.has_value(), !second);
  EXPECT_NE(result.model.info().stopReason.find(
                second ? "second start from scratch after step 10: kept"
                       : "second start from scratch after step 10: not kept"),
            std::string::npos)
      << result.model.info().stopReason;

  // Off: one start, which ends at its convergence.
  config.secondStartFromScratch = false;
  Trainer once(config);
  once.setBase(&base, {"tiny-base", "c"});
  const TrainingResult single = once.train({image}, none);
  EXPECT_EQ(single.restartStep, -1);
  EXPECT_EQ(single.steps, 10);
}

TEST(WarmStart, RefusesABaseOfAnotherNetwork) {
  const auto image = rawPhantom();
  ModelInfo info;
  info.architecture = {NetworkKind::BlindSpot, 16, 128, 1};
  const Model wide(info, 1);
  Trainer trainer(tinyConfig());
  trainer.setBase(&wide, {"wide", "x"});
  NullProgress none;
  EXPECT_THROW(trainer.train({image}, none), Error);
}

TEST(WarmStart, AutomaticStopStillEndsARunThatStopsImproving) {
  const auto image = rawPhantom();
  const Model base = tinyBase();
  auto config = tinyConfig();
  config.maxSteps = 100000;
  config.learningRate = 0.05;
  config.earlyStopPatience = 2;
  config.plateauPatience = 1;
  Trainer trainer(config);
  trainer.setBase(&base, {"tiny-base", "c"});
  NullProgress none;
  auto result = trainer.train({image}, none);
  EXPECT_LT(result.steps, 100000);
  EXPECT_NE(result.stopReason.find("converged"), std::string::npos) << result.stopReason;
}

TEST(WarmStart, ValidatesKeepsTheBestAndCheckpointsIt) {
  const auto image = rawPhantom();
  const Model base = tinyBase();
  auto config = tinyConfig();
  config.maxSteps = 30;
  Trainer trainer(config);
  trainer.setBase(&base, {"tiny-base", "c"});
  int checkpoints = 0;
  bool checkpointHasBase = true;
  trainer.setCheckpointSink(
      [&](Model& best) {
        ++checkpoints;
        checkpointHasBase = checkpointHasBase && best.info().base.has_value();
      },
      0.0);
  NullProgress none;
  auto result = trainer.train({image}, none);
  EXPECT_GE(checkpoints, 1);
  EXPECT_TRUE(checkpointHasBase);
  // The starting weights (step 0) and every 5 steps after.
  ASSERT_EQ(result.validationLossHistory.size(), 7u);
  EXPECT_EQ(result.historySteps.front(), 0);
  const double best =
      *std::min_element(result.validationLossHistory.begin(), result.validationLossHistory.end());
  EXPECT_DOUBLE_EQ(result.bestValidationLoss, best);
  EXPECT_NEAR(Trainer::validationLoss(result.model, {image}, config), best, 1e-6);
}

// Where every step only damages the base (here a rate of 1 on a base already fitted to the image;
// in practice heavy noise on one image), the run keeps the base: its weights are validated at
// step 0 and stay the best checkpoint.
TEST(WarmStart, ReturnsTheBaseWhenTrainingOnlyMakesItWorse) {
  const auto image = rawPhantom();
  NullProgress none;
  auto fitted = tinyConfig();
  fitted.maxSteps = 60;
  TrainingResult good = Trainer(fitted).train({image}, none);

  auto damaging = tinyConfig();
  damaging.learningRate = 1.0;
  damaging.maxSteps = 20;
  Trainer warm(damaging);
  warm.setBase(&good.model, {"good", "c"});
  const TrainingResult result = warm.train({image}, none);
  ASSERT_FALSE(result.historySteps.empty());
  EXPECT_EQ(result.historySteps.front(), 0);
  EXPECT_NEAR(result.validationLossHistory.front(),
              Trainer::validationLoss(good.model, {image}, damaging), 1e-6);
  for (std::size_t i = 1; i < result.validationLossHistory.size(); ++i) // worse, or NaN
    EXPECT_FALSE(result.validationLossHistory[i] <= result.validationLossHistory.front());
  EXPECT_EQ(result.bestStep, 0);
  const auto probe = noisyPhantom(64, NoiseParams::fromPaperLevels(30, 10));
  EXPECT_LT(predictionDifference(result.model, good.model, probe), 1e-6);
}

} // namespace
} // namespace pgd
