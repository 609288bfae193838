#include "train/TrainingConfig.h"
#include "job/Error.h"

#include <gtest/gtest.h>

#include <limits>

namespace pgd {
namespace {

TEST(TrainingConfig, JsonRoundTripKeepsEveryField) {
  TrainingConfig c = TrainingConfig::fromPreset("paper");
  c.loss = LossKind::Regularized;
  c.regularizerLambda = 10.0;
  c.cropSize = 96;
  c.batchSize = 3;
  c.learningRate = 5e-4;
  c.maxSteps = 77;
  c.stepsPerEpoch = 11;
  c.plateauPatience = 2;
  c.plateauThreshold = 1e-3;
  c.earlyStopPatience = 0;
  c.validationFraction = 0.1;
  c.weightAverageDecay = 0.95;
  c.checkpointCriterion = "mu-error";
  c.noiseEchoMargin = 0.07;
  c.warmStartShrink = 0.85;
  c.warmStartShrinkMinSteps = 4242;
  c.warmStartResetHead = true;
  c.secondStartFromScratch = true;
  c.timeBudgetSeconds = 60.0;
  c.seed = 123456789012345ULL;
  c.device = "cpu";
  c.precision = "bfloat16";
  const auto back = TrainingConfig::fromJson(c.toJson());
  EXPECT_EQ(back.toJson(), c.toJson());
  EXPECT_EQ(back.seed, c.seed);
  EXPECT_EQ(back.loss, LossKind::Regularized);
  EXPECT_EQ(back.network.width, 48);
  EXPECT_DOUBLE_EQ(back.weightAverageDecay, 0.95);
  EXPECT_EQ(back.checkpointCriterion, "mu-error");
  EXPECT_EQ(back.precision, "bfloat16");
  EXPECT_DOUBLE_EQ(back.noiseEchoMargin, 0.07);
  EXPECT_EQ(TrainingConfig::fromJson("{}").precision, "auto");
  EXPECT_DOUBLE_EQ(TrainingConfig::fromJson("{}").noiseEchoMargin, kNoiseEchoMargin);
  EXPECT_DOUBLE_EQ(back.warmStartShrink, 0.85);
  EXPECT_EQ(back.warmStartShrinkMinSteps, 4242);
  EXPECT_TRUE(back.secondStartFromScratch);
  EXPECT_TRUE(back.warmStartResetHead);
  // Models saved before the new head existed read as "off".
  EXPECT_FALSE(TrainingConfig::fromJson("{}").warmStartResetHead);
  // Models saved before the second start existed read as "off".
  EXPECT_FALSE(TrainingConfig::fromJson("{}").secondStartFromScratch);
  // Models saved before the shrink existed read as "off".
  EXPECT_DOUBLE_EQ(TrainingConfig::fromJson("{}").warmStartShrink, 1.0);
  EXPECT_EQ(TrainingConfig::fromJson("{}").warmStartShrinkMinSteps, 0);
  // Models saved before weight averaging existed read as "off".
  EXPECT_EQ(TrainingConfig::fromJson("{}").weightAverageDecay, 0.0);
}

TEST(TrainingConfig, TrainingsAutoPrecisionFollowsTheCpusBFloat16Support) {
  TrainingConfig c;
  // The shared rule (PrecisionTest checks it on injected cpuinfo): bfloat16 where this CPU does it
  // natively, float32 elsewhere and on CUDA.
  for (const char* device : {"cpu", "cuda"})
    EXPECT_EQ(c.resolvedPrecision(device), resolvePrecision("auto", device)) << device;
  EXPECT_EQ(c.resolvedPrecision("cuda"), Precision::Float32);
  c.precision = "bfloat16";
  EXPECT_EQ(c.resolvedPrecision("cpu"), Precision::BFloat16);
  c.precision = "float32";
  EXPECT_EQ(c.resolvedPrecision("cpu"), Precision::Float32);
  c.precision = "fp16";
  EXPECT_THROW(c.resolvedPrecision("cpu"), Error);
}

TEST(TrainingConfig, PresetsFollowThePaperAndTheMeasuredCpuChoice) {
  const auto paper = TrainingConfig::fromPreset("paper");
  EXPECT_EQ(paper.network.width, 48);
  EXPECT_EQ(paper.network.headWidth, 384);
  EXPECT_EQ(paper.cropSize, 128);
  EXPECT_EQ(paper.batchSize, 4);
  EXPECT_DOUBLE_EQ(paper.learningRate, 3e-4);
  EXPECT_EQ(paper.maxSteps, 15000);
  EXPECT_EQ(paper.weightAverageDecay, 0.0); // the paper's exact schedule
  EXPECT_EQ(paper.checkpointCriterion, "loss");
  const auto quick = TrainingConfig::fromPreset("quick");
  EXPECT_LT(quick.network.width, paper.network.width);
  EXPECT_GT(quick.timeBudgetSeconds, 0.0);
  EXPECT_GT(quick.earlyStopPatience, 0);
  EXPECT_GT(quick.weightAverageDecay, 0.0);
  EXPECT_EQ(quick.checkpointCriterion, "loss");
  // The quick preset (and the CPU default) shrinks a warm start's base only when the run can
  // afford 5,000 steps; the paper's schedule never (docs/BASE_MODEL.md, "The step rule").
  for (const auto& cpu : {quick, TrainingConfig::fromPreset("auto", "cpu")}) {
    EXPECT_DOUBLE_EQ(cpu.warmStartShrink, 0.7);
    EXPECT_EQ(cpu.warmStartShrinkMinSteps, 5000);
    EXPECT_GE(cpu.maxSteps, cpu.warmStartShrinkMinSteps); // a free machine can get there
    EXPECT_FALSE(cpu.warmStartResetHead); // a new head: tried, off (docs/BASE_MODEL.md)
  }
  EXPECT_DOUBLE_EQ(paper.warmStartShrink, 1.0);
  EXPECT_FALSE(paper.warmStartResetHead);
  EXPECT_DOUBLE_EQ(TrainingConfig::fromPreset("auto", "cuda", true).warmStartShrink, 1.0);
  // A settings file may shrink runs that can afford enough steps only.
  TrainingConfig shrinking = quick;
  shrinking.warmStartShrink = 0.7;
  shrinking.warmStartShrinkMinSteps = 4000;
  EXPECT_DOUBLE_EQ(shrinking.warmStartShrinkFor(6000.0), 0.7);
  EXPECT_DOUBLE_EQ(shrinking.warmStartShrinkFor(4000.0), 0.7);
  EXPECT_DOUBLE_EQ(shrinking.warmStartShrinkFor(3999.5), 1.0);
  EXPECT_EQ(shrinking.warmStartRule(),
            "its weights times 0.7 after step 0 if the run affords 4000 steps");
  shrinking.warmStartResetHead = true;
  EXPECT_EQ(
      shrinking.warmStartRule(),
      "its weights times 0.7 after step 0 if the run affords 4000 steps, else a new 1x1 head");
  shrinking.warmStartResetHead = false;
  TrainingConfig headOnly = paper;
  headOnly.warmStartResetHead = true;
  EXPECT_EQ(headOnly.warmStartRule(), "a new 1x1 head after step 0");
  shrinking.warmStartShrinkMinSteps = 0; // every warm start
  EXPECT_DOUBLE_EQ(shrinking.warmStartShrinkFor(0.0), 0.7);
  EXPECT_EQ(shrinking.warmStartRule(), "its weights times 0.7 after step 0");
  EXPECT_EQ(paper.warmStartRule(), ""); // never shrinks: nothing to say
  // Nor does any start a warm start again from scratch (docs/BASE_MODEL.md, "Second start from
  // scratch").
  EXPECT_FALSE(quick.secondStartFromScratch);
  EXPECT_FALSE(TrainingConfig::fromPreset("auto", "cpu").secondStartFromScratch);
  EXPECT_FALSE(paper.secondStartFromScratch);
  // The time budget or the automatic stop ends a CPU run, not the step limit: bfloat16 training
  // takes ~65 ms a step on 2 cores (docs/TRAINING.md, "Step limit"), 4,000 steps took 4.5 min.
  EXPECT_GE(static_cast<double>(quick.maxSteps) * 0.065, quick.timeBudgetSeconds);
  EXPECT_GT(TrainingConfig::fromPreset("auto").weightAverageDecay, 0.0);
  EXPECT_EQ(TrainingConfig::fromPreset("auto").preset, "auto");
  try {
    TrainingConfig::fromPreset("fast");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
  }
  EXPECT_THROW(TrainingConfig::fromJson("[1,2"), Error);
}

TEST(TrainingConfig, AutoPresetFollowsTheDeviceTheRunWillUse) {
  // With CUDA present, "auto" is the paper schedule only when the run goes to the GPU.
  EXPECT_EQ(TrainingConfig::fromPreset("auto", "auto", true).network.width, 48);
  EXPECT_EQ(TrainingConfig::fromPreset("auto", "cuda", true).maxSteps, 15000);
  const auto cpuOnGpuMachine = TrainingConfig::fromPreset("auto", "cpu", true);
  EXPECT_EQ(cpuOnGpuMachine.network.width, 16);
  EXPECT_GT(cpuOnGpuMachine.timeBudgetSeconds, 0.0);
  EXPECT_EQ(cpuOnGpuMachine.device, "cpu");
  // Without CUDA every device preference that can run gives the CPU preset.
  EXPECT_EQ(TrainingConfig::fromPreset("auto", "auto", false).network.width, 16);
  EXPECT_EQ(TrainingConfig::fromPreset("auto", "cpu", false).network.width, 16);
  EXPECT_EQ(TrainingConfig::fromPreset("auto", "auto", false).preset, "auto");
  // Named presets stay what they are, wherever they run.
  EXPECT_EQ(TrainingConfig::fromPreset("paper", "cpu", true).network.width, 48);
  EXPECT_EQ(TrainingConfig::fromPreset("quick", "cuda", true).network.width, 16);
  try {
    TrainingConfig::fromPreset("auto", "cuda", false);
    FAIL() << "cuda without CUDA must be refused";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
  }
}

TEST(TrainingConfig, WarmStartShrinkMustLieInZeroToOne) {
  TrainingConfig c;
  for (const double ok : {1.0, 0.7, 0.01}) {
    c.warmStartShrink = ok;
    EXPECT_NO_THROW(c.check()) << ok;
  }
  for (const double bad : {0.0, -0.5, 1.5, std::numeric_limits<double>::quiet_NaN()}) {
    c.warmStartShrink = bad;
    EXPECT_THROW(c.check(), Error) << bad;
  }
  c.warmStartShrink = 0.7;
  c.warmStartShrinkMinSteps = -1;
  EXPECT_THROW(c.check(), Error);
  EXPECT_THROW(TrainingConfig::fromJson(R"({"warmStartShrinkMinSteps": 4000.5})"), Error);
  EXPECT_EQ(
      TrainingConfig::fromJson(R"({"warmStartShrinkMinSteps": 4000})").warmStartShrinkMinSteps,
      4000);
}

TEST(TrainingConfig, IntegerSettingsMustBeWholeNumbersInRange) {
  EXPECT_EQ(TrainingConfig::fromJson(R"({"cropSize": 96.0, "seed": 7})").cropSize, 96);
  EXPECT_EQ(TrainingConfig::fromJson(R"({"seed": 18446744073709551615})").seed,
            18446744073709551615ull);
  for (const char* bad : {R"({"cropSize": 1e40})", R"({"batchSize": 4.5})", R"({"seed": -1})",
                          R"({"maxSteps": "many"})", R"({"network": {"width": 1e9}})"}) {
    try {
      TrainingConfig::fromJson(bad);
      FAIL() << "accepted " << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Model) << bad;
    }
  }
}

} // namespace
} // namespace pgd
