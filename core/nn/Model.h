#pragma once
// Model: a trained network plus everything needed to use it (architecture, normalisation, loss,
// learned a,b for the regularized loss, training summary). The header is free of LibTorch (pimpl)
// so the CLI and the GUI can hold models without compiling torch.
//
// Threads: a Model may be created on one thread and used on another, but must not be used by two
// threads at once. predict() runs the network under torch::InferenceMode.
#include "nn/ModelInfo.h"
#include "nn/Precision.h"

#include <filesystem>
#include <memory>
#include <string>

namespace pgd {

// Context (px) the network sees around each region it predicts: around each tile's core when the
// denoiser tiles an image, and around each held-out block when the trainer validates, so
// validation scores the network the way the denoiser runs it. The network's theoretical receptive
// field reaches ~320 px (five shifted 2x levels), which tiling reproduces exactly with
// kExactTileMargin; trained networks draw on far less, so the default trades that exactness for
// 4-8x less tiling overhead (bench_denoise prints the measured tiled-vs-whole difference).
constexpr int kDefaultTileMargin = 128;
constexpr int kExactTileMargin = 320;

// A model may instead record that it predicts better in tiles no larger than its training crops
// (ModelInfo::contextTile): networks trained on small crops can drift on the far wider context of a
// whole image (docs/ARCHITECTURE.md, "Context beyond the training crop"). Such tiles have a margin
// of kCropTileMargin, so each core sees about what the middle of a training crop sees.
constexpr int kCropTileMargin = 32;
// The tile edge for a model trained on `cropSize` crops: the crop rounded down to a multiple of 32,
// at least 128 (two margins and a 64 px core), so that a tiled pass computes at most four times
// the pixels of a whole-image one (smaller cores cost far more: 9x for tiles of 96).
constexpr int contextTileFor(int cropSize) {
  const int aligned = cropSize / 32 * 32;
  const int smallest = 2 * kCropTileMargin + 64;
  return aligned > smallest ? aligned : smallest;
}

// How inference runs the blind-spot net: Batched (four rotations at once, fastest), LowMemory
// (one rotation at a time, a third of the memory), or Auto (Batched when the device has room for
// it, see nn/DeviceMemory.h). Results agree to float rounding.
enum class InferencePass { Auto, Batched, LowMemory };

class ModelImpl; // torch side, see nn/ModelImpl.h (core-internal)

class Model {
public:
  // A fresh, randomly initialised network described by `info.architecture` (seeded).
  explicit Model(ModelInfo info, unsigned long long seed = 1);
  ~Model();
  Model(Model&&) noexcept;
  Model& operator=(Model&&) noexcept;

  const ModelInfo& info() const;
  ModelInfo& info();

  // One forward pass on a normalised tile of h x w values (any h, w >= 1; padded internally to
  // multiples of 32 and cropped back). Writes h*w predicted means to `mu` and total variances
  // s2 = s^2 to `s2` (s2 may be nullptr for N2V models, which predict only mu; then s2 is unused).
  // Throws OutOfMemoryError when the device cannot hold the pass (callers may retry smaller) and
  // Error(Internal) with one line for any other LibTorch failure.
  void predict(const float* tile, int h, int w, float* mu, float* s2,
               InferencePass pass = InferencePass::Auto) const;

  // "cuda" or "cpu": where predict() runs.
  std::string device() const;
  // Move to CUDA when `preferGpu` and available, else CPU.
  void selectDevice(bool preferGpu = true);
  // What predict() computes in: Float32 unless set (the denoiser and the benchmarks set it from
  // resolvePrecision, nn/Precision.h). Stays as set when the device changes.
  Precision precision() const;
  void setPrecision(Precision precision);

  // weights.pt I/O (used by ModelStore). loadWeights checks every tensor's name and shape against
  // info().architecture and throws Error(Model) naming the file and what is wrong.
  void saveWeights(const std::filesystem::path& file) const;
  void loadWeights(const std::filesystem::path& file);

  ModelImpl& impl();
  const ModelImpl& impl() const;

private:
  std::unique_ptr<ModelImpl> m_impl;
};

} // namespace pgd
