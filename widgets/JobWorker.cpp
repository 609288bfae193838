#include "JobWorker.h"

#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "infer/Denoiser.h"
#include "nn/Model.h"
#include "sample/SamplePhantom.h"
#include "store/ModelStore.h"
#include "train/Trainer.h"

#include <QFileInfo>

#include <exception>
#include <filesystem>

namespace pgd {
namespace {

std::filesystem::path toPath(const QString& path) {
  return std::filesystem::path(path.toStdString());
}

// Forwards a job's progress as a queued signal and reads the worker's cancel flag.
class SignalProgress : public ProgressSink {
public:
  SignalProgress(JobWorker& worker, JobKind kind, const std::atomic<bool>& cancel)
      : m_worker(worker), m_kind(kind), m_cancel(cancel) {}
  bool report(const ProgressUpdate& update) override {
    emit m_worker.progress(m_kind, update);
    return !m_cancel.load();
  }

private:
  JobWorker& m_worker;
  JobKind m_kind;
  const std::atomic<bool>& m_cancel;
};

ImageStack normalised(const ImageStack& raw, const Normalization& n) {
  ImageStack out = raw;
  for (float& v : out.values())
    v = static_cast<float>(n.toNormalised(v));
  return out;
}

} // namespace

void registerWorkerTypes() {
  qRegisterMetaType<StackPtr>();
  qRegisterMetaType<PlotDataPtr>();
  qRegisterMetaType<JobKind>();
  qRegisterMetaType<JobState>();
  qRegisterMetaType<ErrorInfo>();
  qRegisterMetaType<ProgressUpdate>();
  qRegisterMetaType<LoadedImage>();
  qRegisterMetaType<TrainingOutcome>();
  qRegisterMetaType<DenoiseOutcome>();
  qRegisterMetaType<ModelInfo>();
}

JobWorker::JobWorker(QString modelRoot, QObject* parent)
    : QObject(parent), m_modelRoot(std::move(modelRoot)) {
  registerWorkerTypes();
}

JobWorker::~JobWorker() = default;

void JobWorker::requestCancel() {
  m_cancel.store(true);
}

void JobWorker::runJob(JobKind kind, const std::function<JobState()>& body) {
  m_cancel.store(false);
  emit jobStateChanged(kind, JobState::Running);
  JobState final = JobState::Failed;
  try {
    final = body();
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::Cancelled)
      final = JobState::Cancelled;
    else
      emit failed(kind, ErrorInfo{e.kind(), e.what()});
  } catch (const std::bad_alloc&) {
    emit failed(kind, ErrorInfo{ErrorKind::Internal, "out of memory"});
  } catch (const std::exception& e) {
    emit failed(kind, ErrorInfo{ErrorKind::Internal, unexpectedErrorMessage(e)});
  }
  emit jobStateChanged(kind, final);
}

void JobWorker::loadImage(const QString& path) {
  runJob(JobKind::Load, [&] {
    auto stack = std::make_shared<ImageStack>(readImageStack(toPath(path)));
    emit imageLoaded(LoadedImage{stack, nullptr, path, QFileInfo(path).fileName()});
    return JobState::Completed;
  });
}

void JobWorker::loadSample() {
  runJob(JobKind::Load, [&] {
    Sample sample = makeSample();
    auto noisy = std::make_shared<ImageStack>(std::move(sample.noisy));
    auto clean = std::make_shared<ImageStack>(std::move(sample.clean));
    emit imageLoaded(LoadedImage{noisy, clean, QString(), tr("Sample phantom")});
    return JobState::Completed;
  });
}

void JobWorker::train(StackPtr data, const TrainingConfig& config, const QString& modelName) {
  runJob(JobKind::Train, [&] {
    if (!data)
      throw Error(ErrorKind::Usage, "open an image before training");
    SignalProgress signal(*this, JobKind::Train, m_cancel);
    ThrottledProgress throttled(signal);
    Trainer trainer(config);
    TrainingResult result = trainer.train({*data}, throttled);
    ModelStore store = m_modelRoot.isEmpty() ? ModelStore() : ModelStore(toPath(m_modelRoot));
    result.model.info().name = modelName.toStdString();
    store.save(result.model, modelName.toStdString(), true);
    TrainingOutcome outcome;
    outcome.info = result.model.info();
    outcome.modelName = modelName;
    outcome.stopReason = QString::fromStdString(result.stopReason);
    outcome.historySteps = result.historySteps;
    outcome.trainLoss = result.trainLossHistory;
    outcome.validationLoss = result.validationLossHistory;
    m_model = std::make_unique<Model>(std::move(result.model));
    emit trainingFinished(outcome);
    return result.reason == StopReason::Cancelled ? JobState::Cancelled : JobState::Completed;
  });
}

void JobWorker::loadModel(const QString& nameOrPath) {
  runJob(JobKind::Model, [&] {
    ModelStore store = m_modelRoot.isEmpty() ? ModelStore() : ModelStore(toPath(m_modelRoot));
    auto model = std::make_unique<Model>(store.load(nameOrPath.toStdString()));
    model->selectDevice(true);
    m_model = std::move(model);
    emit modelLoaded(m_model->info(), nameOrPath);
    return JobState::Completed;
  });
}

void JobWorker::denoise(StackPtr noisy, StackPtr reference) {
  runJob(JobKind::Denoise, [&] {
    if (!noisy)
      throw Error(ErrorKind::Usage, "open an image before denoising");
    if (!m_model)
      throw Error(ErrorKind::Model, "train a model or choose one in the model browser first");
    SignalProgress signal(*this, JobKind::Denoise, m_cancel);
    ThrottledProgress throttled(signal);
    DenoiseOptions options;
    options.wantMu = true;
    options.wantUncertainty = true;
    DenoiseResult result = Denoiser(*m_model, options).denoise(*noisy, throttled);
    DenoiseOutcome outcome;
    outcome.posterior = std::make_shared<ImageStack>(std::move(result.posterior));
    outcome.mu = std::make_shared<ImageStack>(std::move(result.mu));
    outcome.uncertainty = std::make_shared<ImageStack>(std::move(result.uncertainty));
    outcome.fits = result.fits;
    m_lastNoisy = noisy;
    m_lastMu = outcome.mu;
    m_lastReference = reference && reference->size() == noisy->size() ? reference : nullptr;
    emit denoised(outcome);
    emit noisePlotsReady(makePlots({}));
    return JobState::Completed;
  });
}

void JobWorker::computeNoisePlots(const std::vector<double>& levels) {
  runJob(JobKind::NoisePlots, [&] {
    if (!m_lastNoisy || !m_lastMu || !m_model)
      throw Error(ErrorKind::Usage, "denoise an image first");
    emit noisePlotsReady(makePlots(levels));
    return JobState::Completed;
  });
}

PlotDataPtr JobWorker::makePlots(const std::vector<double>& levels) const {
  const Normalization& n = m_model->info().normalization;
  NoiseFitPlotOptions options;
  options.levels = levels;
  const ImageStack y = normalised(*m_lastNoisy, n);
  const ImageStack mu = normalised(*m_lastMu, n);
  if (m_lastReference) {
    const ImageStack clean = normalised(*m_lastReference, n);
    return std::make_shared<NoiseFitPlotData>(makeNoiseFitPlotData(y, mu, options, n, &clean));
  }
  return std::make_shared<NoiseFitPlotData>(makeNoiseFitPlotData(y, mu, options, n));
}

void JobWorker::exportStack(StackPtr stack, const QString& path, bool sourceType,
                            const QStringList& protectedInputs) {
  runJob(JobKind::Export, [&] {
    if (!stack)
      throw Error(ErrorKind::Usage, "nothing to export");
    WriteOptions options;
    options.pixelType = sourceType ? OutputPixelType::Source : OutputPixelType::Float32;
    options.overwrite = true;
    for (const QString& input : protectedInputs)
      options.protectedInputs.push_back(toPath(input));
    writeImageStack(*stack, toPath(path), options);
    emit exported(path);
    return JobState::Completed;
  });
}

} // namespace pgd
