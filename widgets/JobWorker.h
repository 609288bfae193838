#pragma once
// JobWorker: the one long-lived worker QObject. MainWindow moves it to its own QThread at start
// and calls its slots through queued invocations; it loads images, trains, denoises, computes the
// noise-fit plot data and exports there, owns the current model, and answers only with signals
// that carry values (WorkerTypes.h). Failures arrive as failed(kind, ErrorInfo) and leave the
// worker usable; nothing it does blocks the GUI thread.
//
// Threads: slots run on the worker thread only. requestCancel() is the one member any thread may
// call (it sets an atomic flag that the running job's ProgressSink reads).
#include "WorkerTypes.h"
#include "train/TrainingConfig.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace pgd {

class Model;

class JobWorker : public QObject {
  Q_OBJECT
public:
  // `modelRoot`: the model store folder (empty: ModelStore::defaultRoot()).
  explicit JobWorker(QString modelRoot = {}, QObject* parent = nullptr);
  ~JobWorker() override;

  // Thread-safe: asks the running or next job to stop (within one training step or one tile; a
  // job cancelled before it starts ends Cancelled at once).
  void requestCancel();
  // Thread-safe: clears the cancel flag for the job about to be queued. The GUI thread calls it
  // right before it queues a job, so a cancel pressed between queuing and starting is kept.
  void prepareJob();
  // How often training saves the best model so far (seconds; 0: at every new best). Default 60,
  // as the command line's --checkpoint-every. Call before train(), from the worker's thread.
  void setCheckpointSeconds(double seconds) { m_checkpointSeconds = seconds; }

public slots:
  // Loads every image of `paths` (files, and the images of folders) and answers imageLoaded once
  // per image; the files that cannot be read end the job Failed with the first one's line after
  // the others are loaded.
  void loadImages(const QStringList& paths);
  void loadSample();
  // Trains on `data`, saves the model as `modelName` in the store and makes it current.
  // `startFromBase`: warm start from the built-in base model (TrainingJob::setStartFromBase).
  void train(pgd::StackPtr data, const pgd::TrainingConfig& config, const QString& modelName,
             bool startFromBase = true);
  // The same on several stacks at once (TrainingJob takes them all).
  void trainOn(const std::vector<pgd::StackPtr>& data, const pgd::TrainingConfig& config,
               const QString& modelName, bool startFromBase = true);
  // Deletes the model `name` from the store (a run the user chose to discard) and forgets it if
  // it is the current model; answers with modelDiscarded(name, problem or empty).
  void discardModel(const QString& name);
  // Loads a model from the store (name) or a model folder (path) and makes it current.
  void loadModel(const QString& nameOrPath);
  // Denoises with the current model, then computes the noise-fit plot data (with `reference`
  // as the clean image for the ground-truth fit when given).
  void denoise(pgd::StackPtr noisy, pgd::StackPtr reference);
  // Recomputes the noise-fit plot data of the last denoise at the given clean levels
  // (normalised units, like the plots; empty: automatic).
  void computeNoisePlots(const std::vector<double>& levels);
  // Denoises the image files `inputs` (folders: their images) with the current model and writes
  // <stem>_denoised.tif and <stem>_noise.csv for each into `outputDir` (empty: next to each
  // input), as `pgdenoise denoise` does (workflow/BatchDenoiseJob.h); one progress over all
  // files; answers batchFinished, also after a cancel.
  void denoiseBatch(const QStringList& inputs, const QString& outputDir);
  void exportStack(pgd::StackPtr stack, const QString& path, bool sourceType,
                   const QStringList& protectedInputs);

signals:
  void jobStateChanged(pgd::JobKind kind, pgd::JobState state);
  void progress(pgd::JobKind kind, pgd::ProgressUpdate update);
  void imageLoaded(pgd::LoadedImage image);
  void trainingFinished(pgd::TrainingOutcome outcome);
  void modelLoaded(pgd::ModelInfo info, QString name);
  void denoised(pgd::DenoiseOutcome outcome);
  void batchFinished(pgd::BatchOutcome outcome);
  void noisePlotsReady(pgd::PlotDataPtr data);
  void exported(QString path);
  void modelDiscarded(QString name, QString problem);
  void failed(pgd::JobKind kind, pgd::ErrorInfo error);

private:
  // Runs `body` as job `kind`: emits Running, then the final state; converts exceptions to
  // failed(). `body` returns the final state (Completed or Cancelled).
  void runJob(JobKind kind, const std::function<JobState()>& body);
  PlotDataPtr makePlots(const std::vector<double>& levels) const;

  std::atomic<bool> m_cancel{false};
  double m_checkpointSeconds = 60.0;
  QString m_modelRoot;
  std::unique_ptr<Model> m_model;
  StackPtr m_lastNoisy;
  StackPtr m_lastMu;
  StackPtr m_lastReference;
  std::vector<FrameFit> m_lastFits;
  NoiseFitOptions m_lastFitOptions;
};

} // namespace pgd
