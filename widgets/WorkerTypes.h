#pragma once
// WorkerTypes: the values that cross between the GUI thread and JobWorker's thread through queued
// signals. All are copyable values or shared pointers to immutable data; none holds a pointer
// into the worker. registerWorkerTypes() registers them with Qt's meta-type system.
#include "image/ImageStack.h"
#include "infer/Denoiser.h"
#include "job/Error.h"
#include "job/JobState.h"
#include "job/ProgressSink.h"
#include "nn/ModelInfo.h"
#include "noise/NoiseFitPlotData.h"
#include "train/EchoRefusals.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace pgd {

using StackPtr = std::shared_ptr<const ImageStack>;

enum class JobKind { Load, Train, Denoise, Export, Model, NoisePlots, BatchDenoise };

struct LoadedImage {
  StackPtr stack;
  StackPtr reference; // clean reference when known (the sample), else null
  QString path;       // file path; empty for the generated sample
  QString label;      // what the title bar shows
};

struct TrainingOutcome {
  ModelInfo info;
  QString modelName; // name in the model store
  QString stopReason;
  bool cancelled = false; // stopped by the user (the best model so far is saved)
  // The step of the saved (best-validation) weights, from TrainingResult::bestStep; -1 when no
  // validation ran, so the saved weights are those of the last step.
  long bestStep = -1;
  std::vector<long> historySteps;
  std::vector<double> trainLoss;
  std::vector<double> validationLoss;
  EchoRefusals echoRefusals; // checkpoints the noise echo guard did not keep (usually none)
};

struct DenoiseOutcome {
  StackPtr posterior;
  StackPtr mu;
  StackPtr uncertainty;
  std::vector<FrameFit> fits;
  bool builtInBase = false; // denoised with the built-in base model (no trained model chosen)
};

// What a batch denoise did (workflow/BatchDenoiseJob.h): the files written, one line per input
// that failed, and whether the user cancelled it (nothing partial is written).
struct BatchOutcome {
  QStringList written;
  QStringList failed; // "<input>: <the core's one line>"
  int finishedInputs = 0;
  int totalInputs = 0;
  bool cancelled = false;
};

using PlotDataPtr = std::shared_ptr<const NoiseFitPlotData>;

void registerWorkerTypes();

} // namespace pgd

Q_DECLARE_METATYPE(pgd::StackPtr)
Q_DECLARE_METATYPE(pgd::PlotDataPtr)
Q_DECLARE_METATYPE(pgd::JobKind)
Q_DECLARE_METATYPE(pgd::JobState)
Q_DECLARE_METATYPE(pgd::ErrorInfo)
Q_DECLARE_METATYPE(pgd::ProgressUpdate)
Q_DECLARE_METATYPE(pgd::LoadedImage)
Q_DECLARE_METATYPE(pgd::TrainingOutcome)
Q_DECLARE_METATYPE(pgd::DenoiseOutcome)
Q_DECLARE_METATYPE(pgd::BatchOutcome)
Q_DECLARE_METATYPE(pgd::ModelInfo)
