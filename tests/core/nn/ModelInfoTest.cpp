#include "nn/ModelInfo.h"
#include "job/Error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace pgd {
namespace {

TEST(ModelInfo, JsonRoundTripKeepsEveryField) {
  ModelInfo info;
  info.appVersion = "0.1.0";
  info.name = "cells";
  info.architecture = {NetworkKind::UNet, 24, 192, 1};
  info.loss = LossKind::Regularized;
  info.regularizerLambda = 0.5;
  info.learnedNoise = {0.01, 2e-4};
  info.normalization = {4000.0, 100.0};
  info.trainingConfigJson = R"({"cropSize":64})";
  info.dataSummary = "a.tif: 1 frames";
  info.preset = "quick";
  info.steps = 1234;
  info.finalTrainLoss = -3.5;
  info.bestValidationLoss = -3.25;
  info.stopReason = "time budget";
  info.created = "2026-11-25T10:00:00Z";
  info.device = "cpu";
  info.trainingSeconds = 12.5;
  const auto back = modelInfoFromJson(toJson(info));
  EXPECT_EQ(toJson(back), toJson(info));
  EXPECT_EQ(back.architecture.kind, NetworkKind::UNet);
  EXPECT_EQ(back.architecture.width, 24);
  EXPECT_EQ(back.loss, LossKind::Regularized);
  EXPECT_DOUBLE_EQ(back.normalization.offset, 100.0);
  EXPECT_DOUBLE_EQ(back.learnedNoise.b, 2e-4);
  EXPECT_EQ(back.steps, 1234);
}

TEST(ModelInfo, UnmeasuredLossesRoundTripAsNaNNotZero) {
  // A run that never validated has no best validation loss: model.json holds null, and null (or
  // an absent field) reads back as NaN, never as 0.
  ModelInfo info;
  info.finalTrainLoss = -2.5;
  info.bestValidationLoss = std::numeric_limits<double>::quiet_NaN();
  const std::string text = toJson(info);
  EXPECT_NE(text.find("\"bestValidationLoss\": null"), std::string::npos) << text;
  const ModelInfo back = modelInfoFromJson(text);
  EXPECT_TRUE(std::isnan(back.bestValidationLoss));
  EXPECT_DOUBLE_EQ(back.finalTrainLoss, -2.5);
  EXPECT_EQ(toJson(back), text);

  std::string noField = text;
  noField.erase(noField.find("\"bestValidationLoss\": null,"),
                std::string("\"bestValidationLoss\": null,").size());
  EXPECT_TRUE(std::isnan(modelInfoFromJson(noField).bestValidationLoss));
}

TEST(ModelInfo, RejectsNewerFormatBadJsonAndUnknownArchitecture) {
  auto expectModelError = [](const std::string& json, const std::string& needle) {
    try {
      modelInfoFromJson(json);
      FAIL() << "accepted " << json;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Model);
      EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
    }
  };
  ModelInfo info;
  info.formatVersion = ModelInfo::kFormatVersion + 1;
  expectModelError(toJson(info), "newer");
  expectModelError("{ not json", "not valid JSON");
  std::string text = toJson(ModelInfo{});
  text.replace(text.find("blindspot"), 9, "resnet");
  expectModelError(text, "resnet");
  expectModelError(R"({"formatVersion": 1})", "missing");
}

TEST(ModelInfo, WholeNumbersOutOfRangeOrFractionalAreRefusedNotCast) {
  // A float too large for an int used to be cast (undefined behaviour, found by fuzzing).
  const std::string text = toJson(ModelInfo{});
  auto withWidth = [&](const std::string& value) {
    std::string t = text;
    const std::size_t at = t.find("\"width\": ") + 9;
    t.replace(at, t.find_first_of(",\n", at) - at, value);
    return t;
  };
  EXPECT_EQ(modelInfoFromJson(withWidth("32.0")).architecture.width, 32);
  for (const char* bad : {"1e40", "2.5", "-3", "0", "99999999999", "\"16\""}) {
    try {
      modelInfoFromJson(withWidth(bad));
      FAIL() << "accepted width " << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Model);
      EXPECT_NE(std::string(e.what()).find("width"), std::string::npos) << e.what();
    }
  }
  std::string version = text;
  version.replace(version.find("\"formatVersion\": 1"), 18, "\"formatVersion\": 1e40");
  EXPECT_THROW(modelInfoFromJson(version), Error);
}

TEST(ModelInfo, TrainingProfileAndLateGainRoundTrip) {
  ModelInfo info;
  info.lateValidationGain = 0.025;
  info.trainedOn = ImageProfile{PixelType::UInt8, 12.0, 230.0, 512, 256, 6.5};
  const ModelInfo back = modelInfoFromJson(toJson(info));
  EXPECT_DOUBLE_EQ(back.lateValidationGain, 0.025);
  ASSERT_TRUE(back.trainedOn.has_value());
  EXPECT_EQ(back.trainedOn->pixelType, PixelType::UInt8);
  EXPECT_DOUBLE_EQ(back.trainedOn->rawHigh, 230.0);
  EXPECT_EQ(back.trainedOn->width, 512);
  EXPECT_EQ(back.trainedOn->height, 256);
  EXPECT_DOUBLE_EQ(back.trainedOn->noiseStd, 6.5);
}

TEST(ModelInfo, OlderModelJsonWithoutTrainingProfileLoadsWithNothingToCheck) {
  // model.json as written before the training profile and the late gain were recorded.
  const std::string old = R"({"formatVersion": 1, "architecture": {"kind": "blindspot",
    "width": 16, "headWidth": 128, "inChannels": 1}, "loss": "uncalibrated",
    "normalization": {"scale": 255.0, "offset": 0.0}, "steps": 900,
    "stopReason": "time budget"})";
  const ModelInfo info = modelInfoFromJson(old);
  EXPECT_FALSE(info.trainedOn.has_value());
  EXPECT_TRUE(std::isnan(info.lateValidationGain));
  EXPECT_EQ(toJson(info).find("trainedOn"), std::string::npos);
  // Nor a context tile: such a model runs on whole images, and is written back without one.
  EXPECT_EQ(info.contextTile, 0);
  EXPECT_EQ(toJson(info).find("contextTile"), std::string::npos);
}

TEST(ModelInfo, ContextTileRoundTripsAndRefusesNegativeEdges) {
  ModelInfo info;
  info.contextTile = 128;
  EXPECT_EQ(modelInfoFromJson(toJson(info)).contextTile, 128);
  std::string text = toJson(info);
  text.replace(text.find("\"contextTile\": 128"), 18, "\"contextTile\": -64");
  EXPECT_THROW(modelInfoFromJson(text), Error);
}

TEST(ModelInfo, LargerBlindSpotRoundTripsAsFormatTwoAndOddSidesOnly) {
  ModelInfo info;
  info.architecture = {NetworkKind::BlindSpot, 16, 128, 1, 5};
  const std::string text = toJson(info);
  // A release that does not know the field refuses the model (format 2) instead of running it
  // with a one-pixel blind spot.
  EXPECT_NE(text.find("\"formatVersion\": 2"), std::string::npos) << text;
  EXPECT_EQ(modelInfoFromJson(text).architecture.blindSpot, 5);
  info.architecture.blindSpot = 1;
  EXPECT_NE(toJson(info).find("\"formatVersion\": 1"), std::string::npos);

  // Written before the field existed: one pixel.
  const std::string old = R"({"formatVersion": 1, "architecture": {"kind": "blindspot",
    "width": 16, "headWidth": 128, "inChannels": 1}, "loss": "uncalibrated",
    "normalization": {"scale": 255.0, "offset": 0.0}})";
  EXPECT_EQ(modelInfoFromJson(old).architecture.blindSpot, 1);
  for (const char* side : {"4", "7", "0"}) {
    std::string bad = text;
    bad.replace(bad.find("\"blindSpot\": 5"), 14, std::string("\"blindSpot\": ") + side);
    EXPECT_THROW(modelInfoFromJson(bad), Error) << side;
  }
}

TEST(ModelInfo, UnknownTrainingPixelTypeIsAModelError) {
  ModelInfo info;
  info.trainedOn = ImageProfile{};
  std::string text = toJson(info);
  text.replace(text.find("\"float32\""), 9, "\"float128\"");
  try {
    modelInfoFromJson(text);
    FAIL() << "accepted pixel type float128";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Model);
    EXPECT_NE(std::string(e.what()).find("pixelType"), std::string::npos) << e.what();
  }
}

} // namespace
} // namespace pgd
