#include "JobWorker.h"

#include "CoreTexts.h"

#include "image/InputFiles.h"
#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "nn/Model.h"
#include "sample/SamplePhantom.h"
#include "store/BuiltInModel.h"
#include "store/ModelStore.h"
#include "workflow/BatchDenoiseJob.h"
#include "workflow/DenoisingJob.h"
#include "workflow/TrainingJob.h"

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
  qRegisterMetaType<BatchOutcome>();
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

void JobWorker::prepareJob() {
  m_cancel.store(false);
}

void JobWorker::runJob(JobKind kind, const std::function<JobState()>& body) {
  if (m_cancel.load()) { // cancelled while it waited in the queue
    emit jobStateChanged(kind, JobState::Cancelled);
    return;
  }
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

void JobWorker::loadImages(const QStringList& paths) {
  runJob(JobKind::Load, [&] {
    std::vector<std::string> arguments;
    for (const QString& path : paths)
      arguments.push_back(path.toStdString());
    // One path at a time, so a missing one does not keep the others from opening.
    std::string firstProblem;
    int problems = 0;
    for (const std::string& argument : arguments) {
      try {
        for (const std::filesystem::path& file : collectImageFiles({argument})) {
          if (m_cancel.load())
            return JobState::Cancelled;
          auto stack = std::make_shared<ImageStack>(readImageStack(file));
          const QString opened = QString::fromStdString(file.string());
          emit imageLoaded(LoadedImage{stack, nullptr, opened, QFileInfo(opened).fileName()});
        }
      } catch (const Error& e) {
        if (problems++ == 0)
          firstProblem = e.what();
      }
    }
    if (problems == 1)
      throw Error(ErrorKind::Input, firstProblem);
    if (problems > 1)
      throw Error(ErrorKind::Input,
                  firstProblem + " (and " + std::to_string(problems - 1) + " more not opened)");
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

void JobWorker::train(StackPtr data, const TrainingConfig& config, const QString& modelName,
                      bool startFromBase) {
  trainOn(std::vector<StackPtr>{std::move(data)}, config, modelName, startFromBase);
}

void JobWorker::trainOn(const std::vector<StackPtr>& data, const TrainingConfig& config,
                        const QString& modelName, bool startFromBase) {
  runJob(JobKind::Train, [&] {
    std::vector<ImageStack> stacks;
    for (const StackPtr& stack : data) {
      if (!stack)
        throw Error(ErrorKind::Usage, "open an image before training");
      stacks.push_back(*stack);
    }
    if (stacks.empty())
      throw Error(ErrorKind::Usage, "open an image before training");
    SignalProgress signal(*this, JobKind::Train, m_cancel);
    ThrottledProgress throttled(signal);
    ModelTarget target;
    target.storeRoot = toPath(m_modelRoot);
    target.name = modelName.toStdString();
    target.overwrite = true; // names carry a time stamp; a same-second retry replaces its twin
    TrainingJob job(config, target, m_checkpointSeconds);
    job.setStartFromBase(startFromBase);
    TrainingResult result = std::move(job.run(stacks, throttled).training);
    TrainingOutcome outcome;
    outcome.info = result.model.info();
    outcome.modelName = modelName;
    outcome.stopReason = CoreTexts::stopReason(result.stopReason);
    outcome.cancelled = result.reason == StopReason::Cancelled;
    outcome.bestStep = result.historySteps.empty() ? -1 : result.bestStep;
    outcome.historySteps = result.historySteps;
    outcome.trainLoss = result.trainLossHistory;
    outcome.validationLoss = result.validationLossHistory;
    outcome.echoRefusals = echoRefusalsOf(result);
    m_model = std::make_unique<Model>(std::move(result.model));
    // Denoise with it as with a loaded model: the inference rule, not the training precision.
    m_model->setPrecision(resolvePrecision("auto", m_model->device()));
    emit trainingFinished(outcome);
    return result.reason == StopReason::Cancelled ? JobState::Cancelled : JobState::Completed;
  });
}

void JobWorker::discardModel(const QString& name) {
  // Not a job: it runs right after the training job it undoes, while the window closes.
  QString problem;
  try {
    ModelStore store = m_modelRoot.isEmpty() ? ModelStore() : ModelStore(toPath(m_modelRoot));
    if (store.contains(name.toStdString()))
      store.remove(name.toStdString());
    if (m_model && m_model->info().name == name.toStdString())
      m_model.reset();
  } catch (const std::exception& e) {
    problem = QString::fromUtf8(e.what());
  }
  emit modelDiscarded(name, problem);
}

void JobWorker::loadModel(const QString& nameOrPath) {
  runJob(JobKind::Model, [&] {
    m_model = std::make_unique<Model>(
        DenoisingJob::loadModel(nameOrPath.toStdString(), "auto", "auto", toPath(m_modelRoot)));
    emit modelLoaded(m_model->info(), nameOrPath);
    return JobState::Completed;
  });
}

void JobWorker::denoise(StackPtr noisy, StackPtr reference) {
  runJob(JobKind::Denoise, [&] {
    if (!noisy)
      throw Error(ErrorKind::Usage, "open an image before denoising");
    if (!m_model) { // no trained model chosen: the built-in base model (store/BuiltInModel.h)
      m_model = std::make_unique<Model>(
          DenoisingJob::loadModel(kBuiltInBaseName, "auto", "auto", toPath(m_modelRoot)));
      emit modelLoaded(m_model->info(), QString::fromUtf8(kBuiltInBaseName));
    }
    SignalProgress signal(*this, JobKind::Denoise, m_cancel);
    ThrottledProgress throttled(signal);
    DenoiseOptions options;
    options.wantMu = true;
    options.wantUncertainty = true;
    DenoiseResult result = DenoisingJob(*m_model, options).run(*noisy, throttled);
    m_lastFitOptions = result.fitOptions;
    DenoiseOutcome outcome;
    outcome.posterior = std::make_shared<ImageStack>(std::move(result.posterior));
    outcome.mu = std::make_shared<ImageStack>(std::move(result.mu));
    outcome.uncertainty = std::make_shared<ImageStack>(std::move(result.uncertainty));
    outcome.fits = result.fits;
    outcome.builtInBase = m_model->info().perImageNormalization;
    m_lastNoisy = noisy;
    m_lastMu = outcome.mu;
    m_lastFits = outcome.fits;
    m_lastReference = reference && reference->size() == noisy->size() ? reference : nullptr;
    emit denoised(outcome);
    emit noisePlotsReady(makePlots({}));
    return JobState::Completed;
  });
}

void JobWorker::denoiseBatch(const QStringList& inputs, const QString& outputDir) {
  runJob(JobKind::BatchDenoise, [&] {
    if (!m_model)
      throw Error(ErrorKind::Model, "train a model or choose one in the model browser first");
    std::vector<std::string> arguments;
    for (const QString& input : inputs)
      arguments.push_back(input.toStdString());
    SignalProgress signal(*this, JobKind::BatchDenoise, m_cancel);
    ThrottledProgress throttled(signal);
    // The command line's defaults (no --mu, no --uncertainty, default fit flags), so a batch
    // writes what `pgdenoise denoise` writes for the same model and file.
    DenoiseOptions options;
    options.wantMu = false;
    options.wantUncertainty = false;
    const BatchDenoiseReport report =
        BatchDenoiseJob(*m_model, options).run(arguments, toPath(outputDir), throttled);
    BatchOutcome outcome;
    for (const std::filesystem::path& path : report.written)
      outcome.written << QString::fromStdString(path.string());
    for (const BatchDenoiseReport::Failure& failure : report.failed)
      outcome.failed << QString::fromStdString(failure.input.string() + ": " + failure.message);
    outcome.finishedInputs = report.finishedInputs;
    outcome.totalInputs = report.totalInputs;
    outcome.cancelled = report.cancelled;
    emit batchFinished(outcome);
    return report.cancelled ? JobState::Cancelled : JobState::Completed;
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
  // The plots show the a,b the denoiser used, with its fit settings (DenoisingJob::plotData).
  return std::make_shared<NoiseFitPlotData>(DenoisingJob(*m_model, {})
                                                .plotData(*m_lastNoisy, *m_lastMu, m_lastFits,
                                                          m_lastFitOptions, levels,
                                                          m_lastReference.get()));
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
