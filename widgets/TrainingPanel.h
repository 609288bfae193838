#pragma once
// TrainingPanel: preset choice (default "auto" needs no change), the device training will use,
// Train/Cancel, progress with step (or time, when the time budget bounds the run), loss and time
// left, how the run ended (finished or cancelled at step N, best at step M), live training and
// validation loss curves (QCustomPlot) and the stop reason. It only shows what the worker
// reports; MainWindow runs the job. GUI thread only.
#include "WorkerTypes.h"
#include "train/TrainingConfig.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;

namespace pgd {

class TrainingPanel : public QWidget {
  Q_OBJECT
public:
  explicit TrainingPanel(QWidget* parent = nullptr);

  // The settings a Train click uses: the chosen preset, or the custom settings when chosen.
  TrainingConfig config() const;
  // Adds (or replaces) a "custom" preset entry with these settings and selects it.
  void setCustomConfig(const TrainingConfig& config);
  void setDevice(const QString& device);
  // Enables Train/Cancel from the job state (Train needs an image and an idle worker).
  void setJobState(JobState state, bool trainingJob, bool hasImage);
  QCustomPlot* lossPlot() const { return m_plot; }
  // The rectangle selection's description ("W x H pixels at (X, Y)"; empty: none): with one,
  // "Train on the selection only" can be ticked.
  void setSelection(const QString& description);
  // Train on the selected rectangle only (ticked and a selection exists).
  bool selectionOnly() const;
  // Warm start from the built-in base model (checkbox, on by default).
  bool startFromBase() const;

public slots:
  void onProgress(const pgd::ProgressUpdate& update);
  void onFinished(const pgd::TrainingOutcome& outcome);
  // Empties the curves, the bar and the status for a new run.
  void clearCurves();
  // As clearCurves(), for a new image: no run of it yet ("Not started").
  void reset();

signals:
  void trainRequested(pgd::TrainingConfig config);
  void cancelRequested();

private:
  void fitLossRange();

  QComboBox* m_preset;
  QCheckBox* m_selectionOnly;
  QCheckBox* m_startFromBase;
  QLabel* m_device;
  QPushButton* m_train;
  QPushButton* m_cancel;
  QProgressBar* m_progress;
  QLabel* m_status;
  QLabel* m_stopReason;
  QLabel* m_note;
  QCustomPlot* m_plot;
  std::optional<TrainingConfig> m_custom;
  long m_lastStep = -1;    // the last step reported in this run (-1: none yet)
  bool m_finished = false; // onFinished() has described this run
  bool m_cancelling = false;
};

} // namespace pgd
