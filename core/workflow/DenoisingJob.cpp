#include "workflow/DenoisingJob.h"

#include "image/FrameSource.h"
#include "image/ImageProfile.h"
#include "image/ProfileMismatch.h"
#include "job/Error.h"
#include "nn/TorchRuntime.h"
#include "nn/TrainingMaturity.h"
#include "store/ModelStore.h"

#include <fmt/format.h>

#include <algorithm>

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

namespace {

// The profile of a streamed stack from its first, middle and last frames (at most three frames
// in memory). Frames that cannot be read are left out here: the denoising pass reports them
// with how far it came.
ImageProfile sampledProfile(FrameSource& source) {
  std::vector<int> picks{0, source.frames() / 2, source.frames() - 1};
  std::sort(picks.begin(), picks.end());
  picks.erase(std::unique(picks.begin(), picks.end()), picks.end());
  ImageStack sample(int(picks.size()), source.height(), source.width());
  int kept = 0;
  for (int f : picks) {
    try {
      source.read(f, sample.frame(kept));
      ++kept;
    } catch (const Error&) {
    }
  }
  if (kept == 0)
    return {};
  sample.values().resize(std::size_t(kept) * sample.frameSize());
  ImageStack frames(kept, source.height(), source.width());
  frames.values() = std::move(sample.values());
  frames.metadata() = source.metadata();
  frames.metadata().geometry = plainStack(source.metadata().geometry, kept);
  return profileOf(frames);
}

} // namespace

void DenoisingJob::runFrames(FrameSource& source, const DenoisedFrameSink& sink,
                             ProgressSink& progress) const {
  // The same verdicts on the model as run() adds, with the image's profile from a sample of
  // its frames (the stack is never whole in memory here).
  const ModelInfo& info = m_model.info();
  const std::string undertrained = undertrainedReason(info);
  std::vector<std::string> mismatches;
  if (info.trainedOn) {
    const ImageProfile profile = sampledProfile(source);
    if (profile.width > 0)
      mismatches = profileMismatches(*info.trainedOn, profile);
  }
  Denoiser(m_model, m_options)
      .denoiseFrames(
          source,
          [&](const DenoisedFrame& frame) {
            DenoisedFrame judged = frame;
            addModelVerdict(judged.fit.normalised, undertrained, mismatches);
            sink(judged);
          },
          progress);
}

bool DenoisingJob::givesUncertainty() const {
  return Denoiser(m_model, m_options).givesUncertainty();
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
  const Normalization n = Denoiser(m_model, m_options).normalizationFor(noisy);
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
