#include "nn/ModelImpl.h"

#include "job/Error.h"
#include "nn/AutocastScope.h"
#include "nn/DeviceMemory.h"
#include "nn/TorchRuntime.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace pgd {

ModelImpl::ModelImpl(const ModelInfo& info, unsigned long long seed) : m_info(info) {
  TorchRuntime::initThreads();
  const auto& spec = info.architecture;
  if (spec.width < 1 || spec.headWidth < 1 || spec.inChannels < 1 ||
      !NetworkSpec::isBlindSpotSide(spec.blindSpot))
    throw Error(
        ErrorKind::Model,
        fmt::format("architecture: invalid width {} / head {} / channels {} / blind spot {}",
                    spec.width, spec.headWidth, spec.inChannels, spec.blindSpot));
  torch::manual_seed(seed);
  if (spec.kind == NetworkKind::BlindSpot)
    m_blindSpot = BlindSpotNet(
        BlindSpotNetOptions{spec.width, spec.headWidth, spec.inChannels, spec.blindSpot});
  else
    m_unet = UNet(UNetOptions{spec.width, 2, spec.inChannels});
}

torch::nn::Module& ModelImpl::module() {
  if (m_blindSpot)
    return *m_blindSpot;
  return *m_unet;
}

const torch::nn::Module& ModelImpl::module() const {
  if (m_blindSpot)
    return *m_blindSpot;
  return *m_unet;
}

InferencePass ModelImpl::autoPass(bool gradMode, bool batchedFits, Precision precision,
                                  bool onCuda) {
  // In bfloat16 on the CPU the low-memory pass is also the faster one: about half the time of
  // the batched pass (docs/TRAINING.md, "bfloat16 inference").
  const bool batchedIsSlower = precision == Precision::BFloat16 && !onCuda;
  return gradMode || (batchedFits && !batchedIsSlower) ? InferencePass::Batched
                                                       : InferencePass::LowMemory;
}

torch::Tensor ModelImpl::forward(const torch::Tensor& x, InferencePass pass) {
  const AutocastScope scope(m_device.type(), m_precision);
  if (!m_blindSpot)
    return m_unet->forward(x).to(torch::kFloat); // its last conv ran in precision()
  if (pass == InferencePass::Auto) {
    const bool fits = batchedPassFits(x.size(0) * x.size(2) * x.size(3), m_info.architecture.width,
                                      inferenceMemoryBudget(m_device.is_cuda() ? "cuda" : "cpu"));
    pass = autoPass(torch::GradMode::is_enabled(), fits, m_precision, m_device.is_cuda());
  }
  return pass == InferencePass::LowMemory ? m_blindSpot->forwardLowMemory(x)
                                          : m_blindSpot->forward(x); // float32 heads
}

torch::Tensor ModelImpl::forwardAnySize(const torch::Tensor& x, InferencePass pass) {
  const auto roundUp = [](std::int64_t v) { return (v + 31) / 32 * 32; };
  const std::int64_t h = x.size(2);
  const std::int64_t w = x.size(3);
  const auto padded = torch::constant_pad_nd(x, {0, roundUp(w) - w, 0, roundUp(h) - h}, 0.0);
  return forward(padded, pass).narrow(2, 0, h).narrow(3, 0, w);
}

void ModelImpl::moveTo(torch::Device target) {
  module().to(target);
  m_device = target;
}

std::vector<std::pair<std::string, torch::Tensor>> ModelImpl::namedState() const {
  std::vector<std::pair<std::string, torch::Tensor>> state;
  for (const auto& p : module().named_parameters())
    state.emplace_back(p.key(), p.value());
  for (const auto& b : module().named_buffers())
    state.emplace_back(b.key(), b.value());
  return state;
}

std::vector<torch::Tensor> ModelImpl::snapshot() const {
  torch::NoGradGuard noGrad;
  std::vector<torch::Tensor> copy;
  for (const auto& entry : namedState())
    copy.push_back(entry.second.detach().clone());
  return copy;
}

void ModelImpl::restore(const std::vector<torch::Tensor>& state) {
  torch::NoGradGuard noGrad;
  auto named = namedState();
  for (std::size_t i = 0; i < named.size() && i < state.size(); ++i)
    named[i].second.copy_(state[i]);
}

void ModelImpl::saveWeights(const std::filesystem::path& file) const {
  torch::serialize::OutputArchive archive;
  for (const auto& [name, t] : namedState())
    archive.write(name, t.detach().to(torch::kCPU));
  // Serialise to memory first: torch's file writer throws from its destructor when the disk is
  // full, which terminates the process. Our own checked write reports it as an error instead.
  std::ostringstream bytes;
  try {
    archive.save_to(bytes);
  } catch (const c10::Error&) {
    throw Error(ErrorKind::Internal, file.string() + ": cannot serialise weights");
  }
  const std::string data = bytes.str();
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.flush();
  if (!out)
    throw Error(ErrorKind::Output, file.string() + ": cannot write weights (disk full?)");
}

void ModelImpl::loadWeights(const std::filesystem::path& file) {
  torch::serialize::InputArchive archive;
  try {
    archive.load_from(file.string(), torch::Device(torch::kCPU));
  } catch (const c10::Error&) {
    throw Error(ErrorKind::Model, file.string() + ": weights are truncated or corrupt");
  }
  torch::NoGradGuard noGrad;
  for (auto& [name, t] : namedState()) {
    torch::Tensor stored;
    if (!archive.try_read(name, stored))
      throw Error(ErrorKind::Model,
                  file.string() + ": weight " + name + " is missing (architecture mismatch)");
    if (stored.sizes() != t.sizes())
      throw Error(ErrorKind::Model,
                  fmt::format("{}: weight {} has shape {} but the architecture needs {}",
                              file.string(), name, fmt::join(stored.sizes(), "x"),
                              fmt::join(t.sizes(), "x")));
    t.copy_(stored.to(t.device(), t.scalar_type()));
  }
}

} // namespace pgd
