#pragma once
// CoreTexts: the workbench's translated wording of texts that core writes in English: stored ones
// (model.json's stop reason and data summary), enum names (loss, network) and the one-line
// errors shown as an error box's detail, so the German workbench shows no English in them. Unknown
// texts (e.g. from a newer version) are shown as they are. Any thread (QCoreApplication::translate
// is thread-safe).
#include "nn/ModelInfo.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace pgd {

class CoreTexts {
  Q_DECLARE_TR_FUNCTIONS(CoreTexts)

public:
  // "step limit", "time budget", "cancelled", "converged (no validation improvement for N
  // evaluations)", "diverged (...)", "out of memory on DEVICE at step N" (core/train/Trainer).
  static QString stopReason(const std::string& reason);
  // A training run's note (ProgressUpdate::note) as a sentence: the warm start's choice to shrink
  // the base or not (core/train/TrainingRun.cpp, chooseShrink), the constant frames it left out
  // (core/train/TrainingFrames.h, leftOutNote); other notes capitalised as they are.
  static QString trainingNote(const std::string& note);
  // "NAME: N frames WxH TYPE; ..." (core/train/Trainer's data summary).
  static QString dataSummary(const std::string& summary);
  // A one-line error from core (image, model, settings and output errors; docs/BAD_INPUT.md)
  // with its known phrases in the workbench's language; file names, numbers and the words of
  // the libraries core quotes stay as they are.
  static QString errorDetail(const QString& message);
  static QString lossName(LossKind loss);
  static QString networkName(NetworkKind kind);
};

} // namespace pgd
