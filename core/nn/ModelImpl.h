#pragma once
// ModelImpl: the LibTorch side of Model (core-internal; includes LibTorch). Holds exactly one
// network (BlindSpotNet or UNet, from ModelInfo::architecture) and the device it lives on. Used by
// Model, Trainer and the benchmarks. Same threading rule as Model: one thread at a time.
#include "nn/BlindSpotNet.h"
#include "nn/Model.h"
#include "nn/ModelInfo.h"
#include "nn/Precision.h"
#include "nn/UNet.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <torch/torch.h>

namespace pgd {

class ModelImpl {
public:
  ModelImpl(const ModelInfo& info, unsigned long long seed);

  ModelInfo& info() { return m_info; }
  const ModelInfo& info() const { return m_info; }
  torch::Device device() const { return m_device; }
  // The precision forward() computes in (Float32 unless set; see nn/Precision.h).
  Precision precision() const { return m_precision; }
  void setPrecision(Precision precision) { m_precision = precision; }

  torch::nn::Module& module();
  const torch::nn::Module& module() const;
  bool isBlindSpot() const { return static_cast<bool>(m_blindSpot); }
  BlindSpotNet& blindSpot() { return m_blindSpot; }

  // x: N x C x H x W float32 on device(), H and W multiples of 32. Returns float32 N x 2C x H x W
  // (mu, s) for the blind-spot net, N x C x H x W (mu) for the U-Net, computed in precision().
  // `pass` (blind-spot net only; LowMemory needs grad mode off): Auto is LowMemory when grad mode
  // is off and either the batched pass would not fit the device's inference budget
  // (nn/DeviceMemory.h) or the model runs in bfloat16 on the CPU (where LowMemory is faster),
  // Batched otherwise.
  torch::Tensor forward(const torch::Tensor& x, InferencePass pass = InferencePass::Auto);
  // The pass Auto takes: Batched with grad mode on (LowMemory cannot train) or where the batched
  // pass fits and is the faster one; LowMemory otherwise.
  static InferencePass autoPass(bool gradMode, bool batchedFits, Precision precision, bool onCuda);
  // The same for any H and W: pads with zeros on the bottom and right to multiples of 32 (the
  // networks downsample five times) and crops the output back to H x W.
  torch::Tensor forwardAnySize(const torch::Tensor& x, InferencePass pass = InferencePass::Auto);

  void moveTo(torch::Device target);
  // Deep copies of every parameter and buffer (for best-checkpoint keeping) and their restore.
  std::vector<torch::Tensor> snapshot() const;
  void restore(const std::vector<torch::Tensor>& state);

  // weights.pt I/O; load checks every tensor's name and shape, throws Error(Model).
  void saveWeights(const std::filesystem::path& file) const;
  void loadWeights(const std::filesystem::path& file);

private:
  std::vector<std::pair<std::string, torch::Tensor>> namedState() const;

  ModelInfo m_info;
  torch::Device m_device{torch::kCPU};
  Precision m_precision = Precision::Float32;
  BlindSpotNet m_blindSpot{nullptr};
  UNet m_unet{nullptr};
};

} // namespace pgd
