#pragma once
// ModelInfo: metadata stored as model.json beside weights.pt (docs/ARCHITECTURE.md). Plain value,
// torch-free, with a JSON round trip. Loading checks formatVersion and says what is wrong.
#include "image/ImageProfile.h"
#include "image/Normalization.h"
#include "noise/NoiseParams.h"

#include <limits>
#include <optional>
#include <string>

namespace pgd {

enum class NetworkKind { BlindSpot, UNet }; // UNet: the N2V baseline
enum class LossKind { Uncalibrated, Regularized, N2V };

const char* toString(NetworkKind kind);
const char* toString(LossKind kind);
// Inverse of toString; throw Error(Model) for unknown names.
NetworkKind networkKindFromString(const std::string& name);
LossKind lossKindFromString(const std::string& name);

struct NetworkSpec {
  // Bounds for widths and channels read from files: far above any useful network, low enough
  // that a corrupt model.json cannot ask for terabytes of weights.
  static constexpr int kMaxWidth = 4096;
  static constexpr int kMaxChannels = 64;
  static constexpr int kMaxBlindSpot = 5;
  // Whether `side` is a blind spot the network can hide: an odd side from 1 to kMaxBlindSpot.
  // The one rule the network, the model store, model.json and the training config all check.
  static constexpr bool isBlindSpotSide(int side) {
    return side >= 1 && side <= kMaxBlindSpot && side % 2 == 1;
  }
  NetworkKind kind = NetworkKind::BlindSpot;
  int width = 48;      // encoder channels (decoder uses 2x); 48 = paper
  int headWidth = 384; // first 1x1 head width (4 branches x 96 for the paper net)
  int inChannels = 1;
  // Side of the square around each pixel the blind-spot network does not see: 1 (the pixel alone,
  // Laine et al.), 5 for noise correlated between neighbouring pixels (docs/NOISE_FIT.md,
  // "Correlated noise"). In a TrainingConfig, 0 means "choose from the data"
  // (train/BlindSpotChoice.h).
  int blindSpot = 1;
};

// The model a run started from (warm start): its name and the checksum of its weights.pt
// (FNV-1a 64-bit, hex), so a trained model says exactly which base weights it grew from.
struct BaseModelRef {
  std::string name;
  std::string checksum;
  // The factor training multiplied the base's weights by before step 1 (TrainingConfig::
  // warmStartShrink); 1 when it trained from the base as it is, or when the run kept the base
  // itself (its best checkpoint is step 0). Absent in older model.json files: 1.
  double shrink = 1.0;
  // Whether training drew the network's 1x1 head afresh before step 1 and kept the base's other
  // weights (TrainingConfig::warmStartResetHead); false when the run kept the base itself.
  // Absent in older model.json files: false.
  bool newHead = false;
};

struct ModelInfo {
  // 2: architecture.blindSpot. Models with a one-pixel blind spot are still written as version 1,
  // which every release reads; a larger blind spot is written as 2, so that a release that does
  // not know the field refuses the model instead of running it wrongly.
  static constexpr int kFormatVersion = 2; // the newest this release reads
  int formatVersion = 1;                   // written as at least 2 with a larger blind spot
  std::string appVersion;
  std::string name;
  NetworkSpec architecture;
  LossKind loss = LossKind::Uncalibrated;
  double regularizerLambda = 0.0; // regularized loss only
  NoiseParams learnedNoise{};     // regularized loss only (normalised units)
  Normalization normalization;
  // true: `normalization` is ignored at inference and every frame is mapped by its own 0.1%/99.9%
  // percentiles instead (perFrameNormalization, image/Normalization.h). Base models that must
  // work on any bit depth and range use it (docs/BASE_MODEL.md); trained models keep false.
  bool perImageNormalization = false;
  // Warm start: the base this model was trained from; nullopt when trained from scratch (null in
  // model.json) or written before bases existed.
  std::optional<BaseModelRef> base;
  std::string trainingConfigJson; // TrainingConfig as JSON text
  std::string dataSummary;        // e.g. "sample.tif: 4 frames 512x512 uint16"
  std::string preset;
  long steps = 0;
  // NaN when never measured (no step, no validation): null in model.json.
  double finalTrainLoss = 0.0;
  double bestValidationLoss = 0.0;
  std::string stopReason;
  std::string created; // ISO 8601 UTC
  std::string device;  // where it was trained
  double trainingSeconds = 0.0;
  // How much the validation loss still fell over the last quarter of the validations: the best
  // loss before that quarter minus the best loss overall (>= 0, the loss's units). NaN when
  // unknown (fewer than 4 validations, or a model.json written before it was recorded); the
  // undertrained rule reads it (nn/TrainingMaturity.h).
  double lateValidationGain = std::numeric_limits<double>::quiet_NaN();
  // What the model was trained on (pixel type, raw range, frame size, noise level), for the
  // model vs image check (image/ProfileMismatch.h). Absent in older model.json files: no check.
  std::optional<ImageProfile> trainedOn;
  // 0: the network predicts whole images (or memory-sized tiles with kDefaultTileMargin of
  // context, nn/Model.h). N > 0: in tiles of N px with kCropTileMargin of context, because the
  // held-out loss of the chosen checkpoint was lower that way (train/ValidationScoring.cpp,
  // docs/ARCHITECTURE.md "Context beyond the training crop"). Absent in older model.json: 0.
  int contextTile = 0;
};

// model.json text (pretty-printed). fromJson throws Error(Model) for invalid JSON, missing fields
// and a formatVersion newer than this build understands.
std::string toJson(const ModelInfo& info);
ModelInfo modelInfoFromJson(const std::string& json);

} // namespace pgd
