// The built-in base model on the command line (docs/BASE_MODEL.md): `denoise` without --model
// uses it and says so, `train` starts from it by default and records it in model.json,
// `--from-scratch` records null, and the store refuses to delete it. Uses the shipped weights
// of the source tree (data/models/base), found the way a build-tree program finds them.
#include "CliTest.h"

#include "image/StackReader.h"
#include "sample/GrainyNoise.h"
#include "store/BuiltInModel.h"
#include "train/TrainingConfig.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace pgd::test {
namespace {
namespace fs = std::filesystem;

using BaseModelCliTest = CliTest;

nlohmann::json modelJson(const fs::path& folder) {
  std::ifstream in(folder / "model.json");
  return nlohmann::json::parse(in);
}

// A short quick-preset run (the base's network) on a small image.
std::vector<std::string> quickTrain(const std::string& image, const std::string& name) {
  return {"--quiet", "train",    image,     "--name", name,      "--preset", "quick",
          "--crop",  "32",       "--batch", "2",      "--steps", "2",        "--steps-per-epoch",
          "1",       "--device", "cpu"};
}

TEST_F(BaseModelCliTest, TheShippedBaseModelIsFound) {
  const auto folder = builtInBaseFolder();
  ASSERT_TRUE(folder.has_value());
  const Model base = loadBuiltInBase();
  EXPECT_TRUE(base.info().perImageNormalization);
  EXPECT_EQ(base.info().architecture.width, 16);
  EXPECT_EQ(base.info().loss, LossKind::Uncalibrated);
  EXPECT_LT(fs::file_size(*folder / "weights.pt"), std::uintmax_t(4) << 20); // a few MB at most
}

TEST_F(BaseModelCliTest, DenoiseWithoutAModelUsesTheBuiltInBaseAndSaysSo) {
  writeImage("cells.tif", noisyImage(64, 1, {0.02, 1e-3}, 9), true);
  fs::create_directory(path("out"));
  const CliResult r = run({"denoise", path("cells.tif").string(), "-O", path("out").string()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("no --model given: using the built-in base model"), std::string::npos)
      << r.err;
  const ImageStack out = readImageStack(path("out/cells_denoised.tif"));
  EXPECT_EQ(out.width(), 64);
  EXPECT_EQ(out.nonFiniteCount(), 0u);
  // The output is in the image's raw units (per-image normalisation mapped back), not [0,1].
  const ImageStack in = readImageStack(path("cells.tif"));
  double meanIn = 0.0, meanOut = 0.0;
  for (std::size_t i = 0; i < in.size(); ++i) {
    meanIn += in.values()[i];
    meanOut += out.values()[i];
  }
  EXPECT_NEAR(meanOut / meanIn, 1.0, 0.1);
}

TEST_F(BaseModelCliTest, TrainStartsFromTheBaseByDefaultAndRecordsIt) {
  writeImage("train.tif", noisyImage(96, 1, {0.02, 1e-3}), true);
  const CliResult r = run(quickTrain(path("train.tif").string(), "warm"));
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = modelJson(path("models/warm"));
  ASSERT_TRUE(j["base"].is_object()) << j.dump();
  EXPECT_EQ(j["base"]["name"], "base");
  EXPECT_EQ(j["base"]["checksum"], weightsChecksum(*builtInBaseFolder() / "weights.pt"));
  EXPECT_FALSE(j["normalization"].value("perImage", false)); // the new data's normalisation
}

// The preset shrinks from 5,000 affordable steps, a settings file here from 2: the start line
// names the rule, and step 0's note says what the run chose from the steps it can afford
// (enough steps and time: shrunk; a budget spent by step 0: as it is; fewer steps than the rule
// asks for: as it is, untimed). The config records the setting (docs/BASE_MODEL.md, "The step
// rule").
TEST_F(BaseModelCliTest, TheStartLineAndStepZeroSayWhetherTheRunShrinksTheBase) {
  writeImage("train.tif", noisyImage(96, 1, {0.02, 1e-3}), true);
  TrainingConfig shrinking = TrainingConfig::fromPreset("quick", "cpu");
  shrinking.warmStartShrink = 0.7;
  shrinking.warmStartShrinkMinSteps = 2;
  std::ofstream(path("shrink.json")) << shrinking.toJson();
  const std::string rule = "its weights times 0.7 after step 0 if the run affords 2 steps";
  const std::string shrunk =
      "training starts from the base model's weights scaled by 0.7, as this run can afford";
  const std::string asItIs = "training starts from the base model as it is: this run can afford";
  for (const std::string name : {"preset", "affords", "no-time", "few-steps"}) {
    auto args = quickTrain(path("train.tif").string(), name);
    args.erase(args.begin()); // without --quiet: the notes
    if (name != "preset")
      args.insert(args.end(), {"--config", path("shrink.json").string()});
    if (name == "no-time")
      args.insert(args.end(), {"--minutes", "1e-6"});
    if (name == "few-steps")
      *(std::find(args.begin(), args.end(), "--steps") + 1) = "1";
    const CliResult r = run(args);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.err.find("starting from the built-in base model 'base'"), std::string::npos)
        << r.err;
    EXPECT_EQ(r.err.find(rule) != std::string::npos, name != "preset") << name << ": " << r.err;
    EXPECT_EQ(r.err.find(shrunk) != std::string::npos, name == "affords") << name << ": " << r.err;
    // The preset's rule asks for 5,000 steps; --steps 2 affords 2.
    EXPECT_EQ(r.err.find(asItIs) != std::string::npos, name != "affords") << name << ": " << r.err;
    const auto config = modelJson(path("models/" + name))["trainingConfig"];
    EXPECT_DOUBLE_EQ(config.value("warmStartShrink", 0.0), 0.7) << name;
    EXPECT_EQ(config.value("warmStartShrinkMinSteps", 0), name == "preset" ? 5000 : 2) << name;
  }
}

TEST_F(BaseModelCliTest, FromScratchRecordsNoBase) {
  writeImage("train.tif", noisyImage(96, 1, {0.02, 1e-3}), true);
  auto args = quickTrain(path("train.tif").string(), "cold");
  args.push_back("--from-scratch");
  const CliResult r = run(args);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(modelJson(path("models/cold"))["base"].is_null());
}

// Noise in grains of several pixels (docs/NOISE_FIT.md, "Correlated noise"): the run chooses a
// 5x5 blind spot, which the one-pixel base cannot start, trains from scratch and says so; the
// model's fits are not flagged correlated-noise, the base model's are.
TEST_F(BaseModelCliTest, GrainyNoiseTrainsAFiveByFiveBlindSpotFromScratch) {
  ImageStack grainy = withGrainyNoise(cleanImage(96), 60.0, 8);
  grainy.metadata().sourceType = PixelType::UInt16;
  writeImage("grainy.tif", grainy, true);
  const auto args = quickTrain(path("grainy.tif").string(), "grainy");
  std::vector<std::string> loud(args.begin() + 1, args.end()); // without --quiet: the notes
  const CliResult r = run(loud);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("training from scratch with a 5x5 blind spot: the noise is correlated"),
            std::string::npos)
      << r.err;
  const auto j = modelJson(path("models/grainy"));
  EXPECT_EQ(j["architecture"]["blindSpot"], 5) << j.dump();
  EXPECT_EQ(j["trainingConfig"]["network"]["blindSpot"], 5) << j.dump();
  EXPECT_EQ(j["formatVersion"], 2);
  EXPECT_TRUE(j["base"].is_null());

  for (const std::string model : {"grainy", "base"}) {
    const CliResult fit =
        run({"fit-noise", "-m", model, path("grainy.tif").string(), "--format", "json"});
    ASSERT_EQ(fit.code, 0) << fit.err;
    const std::string flags = nlohmann::json::parse(fit.out).at(0).at("flags");
    EXPECT_EQ(flags.find("correlated-noise") != std::string::npos, model == "base")
        << model << ": " << flags;
  }

  // Asked for explicitly, the one-pixel blind spot starts from the base as before.
  auto onePixel = quickTrain(path("grainy.tif").string(), "grainy1");
  onePixel.insert(onePixel.end(), {"--blind-spot", "1"});
  ASSERT_EQ(run(onePixel).code, 0);
  EXPECT_EQ(modelJson(path("models/grainy1"))["architecture"]["blindSpot"], 1);
  EXPECT_TRUE(modelJson(path("models/grainy1"))["base"].is_object());
}

TEST_F(BaseModelCliTest, TheStoreRefusesToDeleteTheBuiltInBase) {
  expectError(run({"models", "delete", "base"}), 2, "built-in base model cannot be deleted");
  EXPECT_TRUE(builtInBaseFolder().has_value());
}

} // namespace
} // namespace pgd::test
