#include "nn/Model.h"

#include "nn/ModelImpl.h"
#include "nn/TorchErrors.h"
#include "nn/TorchRuntime.h"

#include <fmt/format.h>

#include <cstring>

namespace pgd {
Model::Model(ModelInfo info, unsigned long long seed)
    : m_impl(std::make_unique<ModelImpl>(info, seed)) {}
Model::~Model() = default;
Model::Model(Model&&) noexcept = default;
Model& Model::operator=(Model&&) noexcept = default;

const ModelInfo& Model::info() const {
  return m_impl->info();
}
ModelInfo& Model::info() {
  return m_impl->info();
}

ModelImpl& Model::impl() {
  return *m_impl;
}
const ModelImpl& Model::impl() const {
  return *m_impl;
}

std::string Model::device() const {
  return m_impl->device().is_cuda() ? "cuda" : "cpu";
}

void Model::selectDevice(bool preferGpu) {
  const bool gpu = preferGpu && TorchRuntime::cudaAvailable();
  m_impl->moveTo(gpu ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU));
}

Precision Model::precision() const {
  return m_impl->precision();
}

void Model::setPrecision(Precision precision) {
  m_impl->setPrecision(precision);
}

void Model::predict(const float* tile, int h, int w, float* mu, float* s2,
                    InferencePass pass) const {
  c10::InferenceMode guard;
  const int channels = m_impl->info().architecture.inChannels;
  const auto out =
      translateTorchErrors(device(), fmt::format("predicting a {}x{} tile", w, h), [&] {
        const auto x =
            torch::from_blob(const_cast<float*>(tile), {1, channels, h, w}, torch::kFloat32)
                .to(m_impl->device());
        return m_impl->forwardAnySize(x, pass).to(torch::kCPU);
      });
  const auto n = static_cast<std::size_t>(h) * w * channels;
  const auto meanPart = out.narrow(1, 0, channels).contiguous();
  std::memcpy(mu, meanPart.data_ptr<float>(), n * sizeof(float));
  if (s2 && out.size(1) > channels) {
    const auto s = out.narrow(1, channels, channels);
    const auto v = (s * s).contiguous();
    std::memcpy(s2, v.data_ptr<float>(), n * sizeof(float));
  }
}

void Model::saveWeights(const std::filesystem::path& file) const {
  m_impl->saveWeights(file);
}
void Model::loadWeights(const std::filesystem::path& file) {
  m_impl->loadWeights(file);
}

} // namespace pgd
