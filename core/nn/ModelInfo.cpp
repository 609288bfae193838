#include "nn/ModelInfo.h"

#include "job/Error.h"
#include "nn/JsonFields.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace pgd {
namespace {

// A number that was never measured is NaN in memory and null in model.json (nlohmann writes a
// non-finite number as null); null, or no field at all, reads back as NaN.
double numberOrNaN(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null())
    return std::numeric_limits<double>::quiet_NaN();
  return it->get<double>();
}

PixelType pixelTypeFromString(const std::string& name) {
  for (auto type : {PixelType::UInt8, PixelType::Int8, PixelType::UInt16, PixelType::Int16,
                    PixelType::UInt32, PixelType::Int32, PixelType::Float32, PixelType::Float64})
    if (name == toString(type))
      return type;
  throw Error(ErrorKind::Model, "model.json: trainedOn.pixelType " + name + ": unknown");
}

nlohmann::json profileJson(const ImageProfile& p) {
  return {{"pixelType", toString(p.pixelType)},
          {"rawLow", p.rawLow},
          {"rawHigh", p.rawHigh},
          {"width", p.width},
          {"height", p.height},
          {"noiseStd", p.noiseStd}};
}

ImageProfile profileFromJson(const nlohmann::json& j) {
  ImageProfile p;
  p.pixelType = pixelTypeFromString(j.at("pixelType").get<std::string>());
  p.rawLow = numberOrNaN(j, "rawLow");
  p.rawHigh = numberOrNaN(j, "rawHigh");
  p.width = jsonIntegerOr(j, "width", 0, "model.json: trainedOn.", 0);
  p.height = jsonIntegerOr(j, "height", 0, "model.json: trainedOn.", 0);
  p.noiseStd = numberOrNaN(j, "noiseStd");
  return p;
}

} // namespace

const char* toString(NetworkKind kind) {
  return kind == NetworkKind::BlindSpot ? "blindspot" : "unet";
}

const char* toString(LossKind kind) {
  switch (kind) {
  case LossKind::Uncalibrated:
    return "uncalibrated";
  case LossKind::Regularized:
    return "regularized";
  case LossKind::N2V:
    return "n2v";
  }
  return "uncalibrated";
}

NetworkKind networkKindFromString(const std::string& name) {
  if (name == "blindspot")
    return NetworkKind::BlindSpot;
  if (name == "unet")
    return NetworkKind::UNet;
  throw Error(ErrorKind::Model, "architecture " + name + ": unknown (expected blindspot or unet)");
}

LossKind lossKindFromString(const std::string& name) {
  for (auto kind : {LossKind::Uncalibrated, LossKind::Regularized, LossKind::N2V})
    if (name == toString(kind))
      return kind;
  throw Error(ErrorKind::Model,
              "loss " + name + ": unknown (expected uncalibrated, regularized or n2v)");
}

std::string toJson(const ModelInfo& info) {
  nlohmann::json j;
  j["formatVersion"] =
      info.architecture.blindSpot > 1 ? std::max(info.formatVersion, 2) : info.formatVersion;
  j["appVersion"] = info.appVersion;
  j["name"] = info.name;
  j["architecture"] = {{"kind", toString(info.architecture.kind)},
                       {"width", info.architecture.width},
                       {"headWidth", info.architecture.headWidth},
                       {"inChannels", info.architecture.inChannels},
                       {"blindSpot", info.architecture.blindSpot}};
  j["loss"] = toString(info.loss);
  j["regularizerLambda"] = info.regularizerLambda;
  j["learnedNoise"] = {{"a", info.learnedNoise.a}, {"b", info.learnedNoise.b}};
  j["normalization"] = {{"scale", info.normalization.scale}, {"offset", info.normalization.offset}};
  if (info.perImageNormalization)
    j["normalization"]["perImage"] = true;
  j["base"] = info.base ? nlohmann::json{{"name", info.base->name},
                                         {"checksum", info.base->checksum},
                                         {"shrink", info.base->shrink},
                                         {"newHead", info.base->newHead}}
                        : nlohmann::json(nullptr);
  j["trainingConfig"] = info.trainingConfigJson.empty()
                            ? nlohmann::json(nullptr)
                            : nlohmann::json::parse(info.trainingConfigJson, nullptr, false);
  j["dataSummary"] = info.dataSummary;
  j["preset"] = info.preset;
  j["steps"] = info.steps;
  j["finalTrainLoss"] = info.finalTrainLoss;
  j["bestValidationLoss"] = info.bestValidationLoss;
  j["stopReason"] = info.stopReason;
  j["created"] = info.created;
  j["device"] = info.device;
  j["trainingSeconds"] = info.trainingSeconds;
  j["lateValidationGain"] = info.lateValidationGain;
  if (info.trainedOn)
    j["trainedOn"] = profileJson(*info.trainedOn);
  if (info.contextTile > 0)
    j["contextTile"] = info.contextTile;
  return j.dump(2);
}

ModelInfo modelInfoFromJson(const std::string& text) {
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    throw Error(ErrorKind::Model, "model.json: not valid JSON");
  ModelInfo info;
  try {
    info.formatVersion = jsonInteger<int>(j.at("formatVersion"), "model.json: formatVersion");
    if (info.formatVersion > ModelInfo::kFormatVersion)
      throw Error(ErrorKind::Model,
                  "model.json: format version " + std::to_string(info.formatVersion) +
                      " is newer than this pgdenoise understands (" +
                      std::to_string(ModelInfo::kFormatVersion) + "); update pgdenoise");
    if (info.formatVersion < 1)
      throw Error(ErrorKind::Model,
                  "model.json: invalid format version " + std::to_string(info.formatVersion));
    const auto& a = j.at("architecture");
    info.architecture.kind = networkKindFromString(a.at("kind").get<std::string>());
    info.architecture.width = jsonInteger<int>(a.at("width"), "model.json: architecture.width", 1,
                                               NetworkSpec::kMaxWidth);
    info.architecture.headWidth = jsonInteger<int>(
        a.at("headWidth"), "model.json: architecture.headWidth", 1, NetworkSpec::kMaxWidth);
    info.architecture.inChannels = jsonInteger<int>(
        a.at("inChannels"), "model.json: architecture.inChannels", 1, NetworkSpec::kMaxChannels);
    info.architecture.blindSpot = jsonIntegerOr(a, "blindSpot", 1, "model.json: architecture.", 1,
                                                NetworkSpec::kMaxBlindSpot);
    if (!NetworkSpec::isBlindSpotSide(info.architecture.blindSpot))
      throw Error(ErrorKind::Model, "model.json: architecture.blindSpot " +
                                        std::to_string(info.architecture.blindSpot) +
                                        ": must be odd");
    info.loss = lossKindFromString(j.at("loss").get<std::string>());
    info.normalization.scale = j.at("normalization").at("scale").get<double>();
    info.normalization.offset = j.at("normalization").at("offset").get<double>();
    info.perImageNormalization = j.at("normalization").value("perImage", false);
    if (j.contains("base") && j["base"].is_object())
      info.base = BaseModelRef{j["base"].value("name", ""), j["base"].value("checksum", ""),
                               j["base"].value("shrink", 1.0), j["base"].value("newHead", false)};
    info.appVersion = j.value("appVersion", "");
    info.name = j.value("name", "");
    info.regularizerLambda = j.value("regularizerLambda", 0.0);
    if (j.contains("learnedNoise")) {
      info.learnedNoise.a = j["learnedNoise"].value("a", 0.0);
      info.learnedNoise.b = j["learnedNoise"].value("b", 0.0);
    }
    if (j.contains("trainingConfig") && !j["trainingConfig"].is_null())
      info.trainingConfigJson = j["trainingConfig"].dump();
    info.dataSummary = j.value("dataSummary", "");
    info.preset = j.value("preset", "");
    info.steps = jsonIntegerOr(j, "steps", 0L, "model.json: ", 0L);
    info.finalTrainLoss = numberOrNaN(j, "finalTrainLoss");
    info.bestValidationLoss = numberOrNaN(j, "bestValidationLoss");
    info.stopReason = j.value("stopReason", "");
    info.created = j.value("created", "");
    info.device = j.value("device", "");
    info.trainingSeconds = j.value("trainingSeconds", 0.0);
    info.lateValidationGain = numberOrNaN(j, "lateValidationGain");
    if (j.contains("trainedOn") && j["trainedOn"].is_object())
      info.trainedOn = profileFromJson(j["trainedOn"]);
    info.contextTile = jsonIntegerOr(j, "contextTile", 0, "model.json: ", 0, 1 << 16);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::Model,
                std::string("model.json: missing or invalid field (") + e.what() + ")");
  }
  if (!(info.normalization.scale > 0.0))
    throw Error(ErrorKind::Model, "model.json: normalization scale must be positive");
  return info;
}

} // namespace pgd
