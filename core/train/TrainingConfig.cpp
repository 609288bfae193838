#include "train/TrainingConfig.h"

#include "job/Error.h"
#include "nn/JsonFields.h"
#include "nn/TorchRuntime.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

namespace pgd {
namespace {

// The presets' blind spot is chosen from the training data (0: train/BlindSpotChoice.h).
NetworkSpec blindSpotSpec(int width) {
  return {NetworkKind::BlindSpot, width, 8 * width, 1, 0};
}

} // namespace

TrainingConfig TrainingConfig::fromPreset(const std::string& name, const std::string& device) {
  return fromPreset(name, device, TorchRuntime::cudaAvailable());
}

TrainingConfig TrainingConfig::fromPreset(const std::string& name, const std::string& device,
                                          bool cudaAvailable) {
  const bool onCuda = TorchRuntime::resolveDevice(device, cudaAvailable) == "cuda";
  TrainingConfig c;
  c.device = device;
  if (name == "paper") {
    // The paper's schedule: 48/96 channels, 128^2 crops, batch 4, Adam 3e-4, plateau halving after
    // 10 epochs of 50 steps, 15,000 steps. Early stop stays on: one image over-fits
    // (docs/ARCHITECTURE.md#one-image-overfits).
    c.preset = "paper";
    c.network = blindSpotSpec(48);
    c.cropSize = 128;
    c.batchSize = 4;
    c.learningRate = 3e-4;
    c.maxSteps = 15000;
    c.stepsPerEpoch = 50;
    c.plateauPatience = 10;
    c.earlyStopPatience = 30;
    return c;
  }
  if (name == "quick") {
    // Measured on FMD confocal BPAE (docs/TRAINING.md): 16/128 channels, lr 1e-3. One 128^2
    // crop per step (as many pixels as four 64^2 crops, the same step time): on 64^2 crops the
    // deepest levels see mostly zero padding, and a warm start fine-tuned on them broke on whole
    // images (docs/TRAINING.md, "Crop size").
    c.preset = "quick";
    c.network = blindSpotSpec(16);
    c.cropSize = 128;
    c.batchSize = 1;
    c.learningRate = 1e-3;
    // The 10-minute budget or the automatic stop ends a run, not the step limit: 10,000 steps
    // take ~11 minutes with bfloat16 training on 2 cores (docs/TRAINING.md, "Step limit").
    c.maxSteps = 10000;
    c.stepsPerEpoch = 100;
    c.plateauPatience = 4;
    c.earlyStopPatience = 8;
    c.timeBudgetSeconds = 600.0;
    // Averages over ~one validation interval; makes the validation-selected checkpoint as good as
    // its neighbours (docs/TRAINING.md, "Weight averaging").
    c.weightAverageDecay = 0.99;
    // A warm start that can afford 5,000 steps trains from the base's weights times 0.7: +0.13 dB
    // on average over eight images once converged, where runs of 1,500-3,000 steps lost up to
    // 0.9 dB (docs/BASE_MODEL.md, "The step rule").
    c.warmStartShrink = 0.7;
    c.warmStartShrinkMinSteps = 5000;
    return c;
  }
  if (name == "auto") {
    // Paper schedule where a GPU makes it affordable, the CPU preset elsewhere.
    c = fromPreset(onCuda ? "paper" : "quick", device, cudaAvailable);
    c.preset = "auto";
    // The paper preset stays the paper's exact schedule; the default also averages weights.
    c.weightAverageDecay = 0.99;
    return c;
  }
  throw Error(ErrorKind::Usage, "preset " + name + ": unknown (expected paper, quick or auto)");
}

double TrainingConfig::warmStartShrinkFor(double affordableSteps) const {
  return affordableSteps >= static_cast<double>(warmStartShrinkMinSteps) ? warmStartShrink : 1.0;
}

std::string TrainingConfig::warmStartRule() const {
  const std::string newHead = warmStartResetHead ? "a new 1x1 head after step 0" : "";
  if (warmStartShrink >= 1.0)
    return newHead;
  const std::string rule = fmt::format("its weights times {:g} after step 0", warmStartShrink);
  if (warmStartShrinkMinSteps <= 0)
    return rule; // every warm start shrinks
  return fmt::format("{} if the run affords {} steps{}", rule, warmStartShrinkMinSteps,
                     newHead.empty() ? "" : ", else a new 1x1 head");
}

Precision TrainingConfig::resolvedPrecision(const std::string& resolvedDevice) const {
  return resolvePrecision(precision, resolvedDevice);
}

std::string TrainingConfig::toJson() const {
  nlohmann::json j;
  j["preset"] = preset;
  j["network"] = {{"kind", toString(network.kind)},
                  {"width", network.width},
                  {"headWidth", network.headWidth},
                  {"inChannels", network.inChannels},
                  {"blindSpot", network.blindSpot}};
  j["loss"] = toString(loss);
  j["regularizerLambda"] = regularizerLambda;
  j["cropSize"] = cropSize;
  j["batchSize"] = batchSize;
  j["learningRate"] = learningRate;
  j["maxSteps"] = maxSteps;
  j["stepsPerEpoch"] = stepsPerEpoch;
  j["plateauPatience"] = plateauPatience;
  j["plateauThreshold"] = plateauThreshold;
  j["earlyStopPatience"] = earlyStopPatience;
  j["validationFraction"] = validationFraction;
  j["weightAverageDecay"] = weightAverageDecay;
  j["checkpointCriterion"] = checkpointCriterion;
  j["noiseEchoMargin"] = noiseEchoMargin;
  j["warmStartShrink"] = warmStartShrink;
  j["warmStartShrinkMinSteps"] = warmStartShrinkMinSteps;
  j["warmStartResetHead"] = warmStartResetHead;
  j["secondStartFromScratch"] = secondStartFromScratch;
  j["timeBudgetSeconds"] = timeBudgetSeconds;
  j["seed"] = seed;
  j["device"] = device;
  j["precision"] = precision;
  return j.dump(2);
}

TrainingConfig TrainingConfig::fromJson(const std::string& text) {
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    throw Error(ErrorKind::Model, "training config: not valid JSON");
  TrainingConfig c;
  try {
    c.preset = j.value("preset", c.preset);
    if (j.contains("network")) {
      const auto& n = j.at("network");
      c.network.kind = networkKindFromString(n.value("kind", "blindspot"));
      c.network.width = jsonIntegerOr(n, "width", c.network.width, "training config: network.", 1,
                                      NetworkSpec::kMaxWidth);
      c.network.headWidth = jsonIntegerOr(n, "headWidth", c.network.headWidth,
                                          "training config: network.", 1, NetworkSpec::kMaxWidth);
      c.network.inChannels =
          jsonIntegerOr(n, "inChannels", c.network.inChannels, "training config: network.", 1,
                        NetworkSpec::kMaxChannels);
      c.network.blindSpot =
          jsonIntegerOr(n, "blindSpot", c.network.blindSpot, "training config: network.", 0,
                        NetworkSpec::kMaxBlindSpot);
    }
    c.loss = lossKindFromString(j.value("loss", "uncalibrated"));
    c.regularizerLambda = j.value("regularizerLambda", c.regularizerLambda);
    c.cropSize = jsonIntegerOr(j, "cropSize", c.cropSize, "training config: ");
    c.batchSize = jsonIntegerOr(j, "batchSize", c.batchSize, "training config: ");
    c.learningRate = j.value("learningRate", c.learningRate);
    c.maxSteps = jsonIntegerOr(j, "maxSteps", c.maxSteps, "training config: ");
    c.stepsPerEpoch = jsonIntegerOr(j, "stepsPerEpoch", c.stepsPerEpoch, "training config: ");
    c.plateauPatience = jsonIntegerOr(j, "plateauPatience", c.plateauPatience, "training config: ");
    c.plateauThreshold = j.value("plateauThreshold", c.plateauThreshold);
    c.earlyStopPatience =
        jsonIntegerOr(j, "earlyStopPatience", c.earlyStopPatience, "training config: ");
    c.validationFraction = j.value("validationFraction", c.validationFraction);
    c.weightAverageDecay = j.value("weightAverageDecay", c.weightAverageDecay);
    c.checkpointCriterion = j.value("checkpointCriterion", c.checkpointCriterion);
    c.noiseEchoMargin = j.value("noiseEchoMargin", c.noiseEchoMargin);
    c.warmStartShrink = j.value("warmStartShrink", c.warmStartShrink);
    c.warmStartShrinkMinSteps =
        jsonIntegerOr(j, "warmStartShrinkMinSteps", c.warmStartShrinkMinSteps, "training config: ");
    c.warmStartResetHead = j.value("warmStartResetHead", c.warmStartResetHead);
    c.secondStartFromScratch = j.value("secondStartFromScratch", c.secondStartFromScratch);
    c.timeBudgetSeconds = j.value("timeBudgetSeconds", c.timeBudgetSeconds);
    c.seed = jsonIntegerOr(j, "seed", c.seed, "training config: ");
    c.device = j.value("device", c.device);
    c.precision = j.value("precision", c.precision);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::Model, std::string("training config: invalid field (") + e.what() + ")");
  }
  return c;
}

TrainingConfig TrainingConfig::fromFile(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in)
    throw Error(ErrorKind::Input,
                fmt::format("{}: cannot read the training config", file.string()));
  std::ostringstream text;
  text << in.rdbuf();
  try {
    return fromJson(text.str());
  } catch (const Error& e) {
    throw Error(ErrorKind::Input, fmt::format("{}: {}", file.string(), e.what()));
  }
}

void TrainingConfig::check() const {
  if (batchSize < 1 || maxSteps < 1 || stepsPerEpoch < 1 || !(learningRate > 0.0) || cropSize < 1 ||
      timeBudgetSeconds < 0.0 || !(weightAverageDecay >= 0.0) || !(weightAverageDecay < 1.0))
    throw Error(ErrorKind::Usage, "training config: batch, steps, epoch length, crop and learning "
                                  "rate must be positive, weight averaging in [0, 1)");
  if (!(noiseEchoMargin >= 0.0) || !std::isfinite(noiseEchoMargin))
    throw Error(ErrorKind::Usage, "training config: noiseEchoMargin must be a finite number >= 0");
  if (!(warmStartShrink > 0.0) || !(warmStartShrink <= 1.0))
    throw Error(ErrorKind::Usage, "training config: warmStartShrink must be in (0, 1]");
  if (warmStartShrinkMinSteps < 0)
    throw Error(ErrorKind::Usage, "training config: warmStartShrinkMinSteps must be >= 0");
  if (checkpointCriterion != "loss" && checkpointCriterion != "mu-error")
    throw Error(ErrorKind::Usage, "training config: checkpoint criterion " + checkpointCriterion +
                                      ": unknown (expected loss or mu-error)");
  if (network.inChannels != 1)
    throw Error(ErrorKind::Usage, "training config: network inChannels " +
                                      std::to_string(network.inChannels) +
                                      ": pgdenoise trains on one channel (expected 1)");
  if (network.blindSpot != 0 && !NetworkSpec::isBlindSpotSide(network.blindSpot))
    throw Error(ErrorKind::Usage, "training config: blind spot " +
                                      std::to_string(network.blindSpot) +
                                      ": expected 0 (choose from the data), 1, 3 or 5");
  if ((loss == LossKind::N2V) != (network.kind == NetworkKind::UNet))
    throw Error(ErrorKind::Usage,
                "training config: the n2v loss needs the unet network and the other losses the "
                "blind-spot network");
  // The name only: whether CUDA is there is the run's question (resolveDevice at its start).
  TorchRuntime::resolveDevice(device, true);
}

} // namespace pgd
