#include "workflow/DenoisingJob.h"

#include "image/ProfileMismatch.h"
#include "job/Error.h"
#include "nn/TorchRuntime.h"
#include "nn/TrainingMaturity.h"
#include "store/ModelStore.h"

#include <fmt/format.h>

namespace pgd {

Model DenoisingJob::loadModel(const std::string& nameOrPath, const std::string& device,
                              const std::string& precision,
                              const std::filesystem::path& storeRoot) {
  const std::string resolved = TorchRuntime::resolveDevice(device);
  const Precision computeIn = resolvePrecision(precision, resolved); // names checked first
  const ModelStore store = storeRoot.empty() ? ModelStore() : ModelStore(storeRoot);
  Model model = store.load(nameOrPath);
  if (model.info().architecture.inChannels != 1)
    throw Error(ErrorKind::Model,
                fmt::format("{}: model expects {} input channels; pgdenoise images have 1",
                            nameOrPath, model.info().architecture.inChannels));
  model.selectDevice(resolved == "cuda");
  model.setPrecision(computeIn);
  return model;
}

DenoisingJob::DenoisingJob(const Model& model, DenoiseOptions options)
    : m_model(model), m_options(std::move(options)) {}

DenoiseResult DenoisingJob::run(const ImageStack& noisy, ProgressSink& progress) const {
  DenoiseResult result = Denoiser(m_model, m_options).denoise(noisy, progress);
  const ModelInfo& info = m_model.info();
  result.undertrained = undertrainedReason(info);
  if (info.trainedOn)
    result.imageMismatches = profileMismatches(*info.trainedOn, profileOf(noisy));
  for (FrameFit& fit : result.fits)
    addModelVerdict(fit.normalised, result.undertrained, result.imageMismatches);
  return result;
}

NoiseFitPlotData DenoisingJob::plotData(const ImageStack& noisy, const DenoiseResult& result,
                                        const std::vector<double>& levels,
                                        const ImageStack* reference) const {
  return plotData(noisy, result.mu, result.fits, result.fitOptions, levels, reference);
}

NoiseFitPlotData DenoisingJob::plotData(const ImageStack& noisy, const ImageStack& mu,
                                        const std::vector<FrameFit>& fits,
                                        const NoiseFitOptions& fitOptions,
                                        const std::vector<double>& levels,
                                        const ImageStack* reference) const {
  if (mu.empty())
    throw Error(ErrorKind::Usage, "noise plots: the denoising run kept no mu");
  const Normalization& n = m_model.info().normalization;
  NoiseFitPlotOptions options;
  options.levels = levels;
  options.fit = fitOptions;
  // N2V used no a,b: its plots show a fit with the same settings instead.
  std::vector<NoiseFitResult> used;
  if (m_model.info().loss != LossKind::N2V)
    for (const FrameFit& f : fits)
      used.push_back(f.normalised);
  const std::vector<NoiseFitResult>* asUsed = used.empty() ? nullptr : &used;
  const ImageStack y = n.normalised(noisy);
  const ImageStack muN = n.normalised(mu);
  if (reference && reference->size() == noisy.size()) {
    const ImageStack clean = n.normalised(*reference);
    return makeNoiseFitPlotData(y, muN, options, n, &clean, asUsed);
  }
  return makeNoiseFitPlotData(y, muN, options, n, nullptr, asUsed);
}

} // namespace pgd
