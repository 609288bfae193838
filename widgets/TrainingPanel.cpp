#include "TrainingPanel.h"

#include "CoreTexts.h"
#include "PlotLegend.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace pgd {
namespace {

constexpr const char* kCustom = "custom";

QString duration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0)
    return TrainingPanel::tr("unknown");
  const long s = std::lround(seconds);
  if (s < 60)
    return TrainingPanel::tr("%1 s").arg(s);
  if (s < 3600 && s % 60 == 0)
    return TrainingPanel::tr("%1 min").arg(s / 60);
  if (s < 3600)
    return TrainingPanel::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
  return TrainingPanel::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent) {
  m_preset = new QComboBox(this);
  m_preset->setObjectName("comboPreset");
  m_preset->addItem(tr("auto (paper on a GPU, quick on a CPU)"), "auto");
  m_preset->addItem(tr("quick (CPU, minutes)"), "quick");
  m_preset->addItem(tr("paper (long, meant for a GPU)"), "paper");
  m_device = new QLabel(this);
  m_device->setObjectName("labelTrainingDevice");
  m_selectionOnly = new QCheckBox(tr("Train on the selection only"), this);
  m_selectionOnly->setObjectName("checkTrainOnSelection");
  m_startFromBase = new QCheckBox(tr("Start from the built-in base model"), this);
  m_startFromBase->setObjectName("checkStartFromBase");
  m_startFromBase->setToolTip(tr("Start training from the pretrained base model instead of "
                                 "random weights (quick preset only)"));
  m_startFromBase->setChecked(true);

  m_train = new QPushButton(tr("Train"), this);
  m_train->setObjectName("btnTrain");
  m_train->setToolTip(tr("Train a denoiser on the open image (noisy data only)"));
  m_cancel = new QPushButton(tr("Cancel"), this);
  m_cancel->setObjectName("btnCancelTraining");
  m_progress = new QProgressBar(this);
  m_progress->setObjectName("progressTraining");
  m_progress->setRange(0, 1000);
  m_progress->setValue(0);
  m_status = new QLabel(tr("Not started"), this);
  m_status->setObjectName("labelTrainingStatus");
  m_status->setWordWrap(true);
  m_stopReason = new QLabel(this);
  m_stopReason->setObjectName("labelStopReason");
  m_stopReason->setWordWrap(true);
  // What the run said once about itself (ProgressUpdate::note), e.g. that it shrank the base and
  // the validation loss will rise at first, each note on a line; hidden until there is one.
  m_note = new QLabel(this);
  m_note->setObjectName("labelTrainingNote");
  m_note->setWordWrap(true);
  m_note->hide();

  m_plot = new QCustomPlot(this);
  m_plot->setObjectName("plotLoss");
  m_plot->setMinimumHeight(220);
  m_plot->addGraph();
  m_plot->graph(0)->setName(tr("training loss"));
  m_plot->graph(0)->setPen(QPen(QColor(31, 119, 180), 1.5));
  m_plot->addGraph();
  m_plot->graph(1)->setName(tr("validation loss"));
  m_plot->graph(1)->setPen(QPen(QColor(214, 39, 40), 2));
  m_plot->graph(1)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
  m_plot->xAxis->setLabel(tr("Step"));
  m_plot->yAxis->setLabel(tr("Loss"));
  m_plot->legend->setFont(font());
  placeLegendAbove(*m_plot);

  auto* form = new QFormLayout;
  form->addRow(tr("Preset"), m_preset);
  form->addRow(tr("Device"), m_device);
  form->addRow(m_selectionOnly);
  form->addRow(m_startFromBase);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_train);
  buttons->addWidget(m_cancel);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(buttons);
  layout->addWidget(m_progress);
  layout->addWidget(m_status);
  layout->addWidget(m_plot, 1);
  layout->addWidget(m_note);
  layout->addWidget(m_stopReason);

  connect(m_train, &QPushButton::clicked, this, [this] { emit trainRequested(config()); });
  connect(m_cancel, &QPushButton::clicked, this, &TrainingPanel::cancelRequested);
  setJobState(JobState::Idle, false, false);
  setSelection(QString());
}

void TrainingPanel::setSelection(const QString& description) {
  m_selectionOnly->setEnabled(!description.isEmpty());
  if (description.isEmpty())
    m_selectionOnly->setChecked(false);
  m_selectionOnly->setToolTip(
      description.isEmpty()
          ? tr("Draw a rectangle with the rectangle tool to train on a part of the image")
          : tr("Train on %1 of every frame instead of the whole image").arg(description));
}

bool TrainingPanel::startFromBase() const {
  return m_startFromBase->isChecked();
}

bool TrainingPanel::selectionOnly() const {
  return m_selectionOnly->isEnabled() && m_selectionOnly->isChecked();
}

TrainingConfig TrainingPanel::config() const {
  const QString name = m_preset->currentData().toString();
  if (name == kCustom && m_custom)
    return *m_custom;
  return TrainingConfig::fromPreset(name.toStdString());
}

void TrainingPanel::setCustomConfig(const TrainingConfig& config) {
  m_custom = config;
  int index = m_preset->findData(kCustom);
  if (index < 0) {
    m_preset->addItem(tr("custom (loaded settings)"), kCustom);
    index = m_preset->count() - 1;
  }
  m_preset->setCurrentIndex(index);
}

void TrainingPanel::setDevice(const QString& device) {
  m_device->setText(device);
}

void TrainingPanel::setJobState(JobState state, bool trainingJob, bool hasImage) {
  const bool busy = isBusy(state);
  m_train->setEnabled(!busy && hasImage);
  m_preset->setEnabled(!busy);
  m_cancel->setEnabled(trainingJob && (state == JobState::Running || state == JobState::Scheduled));
  if (trainingJob)
    m_cancelling = state == JobState::Cancelling;
  if (m_cancelling)
    m_status->setText(tr("Cancelling after this step..."));
  if (trainingJob && state == JobState::Failed)
    m_status->setText(tr("Training failed (see the error message)"));
  // Cancelled while it waited in the queue: no step ran and no model was saved.
  if (trainingJob && state == JobState::Cancelled && !m_finished && m_lastStep < 0)
    m_status->setText(tr("Cancelled before the first step; no model saved"));
}

void TrainingPanel::clearCurves() {
  m_plot->graph(0)->data()->clear();
  m_plot->graph(1)->data()->clear();
  m_plot->replot();
  m_progress->setValue(0);
  m_status->setText(tr("Starting..."));
  m_stopReason->clear();
  m_note->clear();
  m_note->hide();
  m_lastStep = -1;
  m_finished = false;
  m_cancelling = false;
}

void TrainingPanel::reset() {
  clearCurves();
  m_status->setText(tr("Not started"));
}

void TrainingPanel::onProgress(const ProgressUpdate& update) {
  // The bar shows update.fraction, the larger of the step and the time fraction; the label
  // counts the same quantity (docs/ARCHITECTURE.md, "Training schedule": the quick preset stops
  // at a time budget or a step limit, whichever comes first).
  m_progress->setValue(static_cast<int>(update.fraction * 1000));
  if (!update.note.empty()) {
    // Every note of the run, one per line (constant frames left out, then step 0's choice).
    const QString line = CoreTexts::trainingNote(update.note);
    m_note->setText(m_note->text().isEmpty() ? line : m_note->text() + "\n" + line);
    m_note->show();
  }
  if (update.step < 0) {
    m_status->setText(QString::fromStdString(update.stage));
    return;
  }
  m_lastStep = update.step;
  QString text = update.timeBound && std::isfinite(update.secondsElapsed)
                     ? tr("%1 of %2 (step %3, at most %4)")
                           .arg(duration(update.secondsElapsed), duration(update.timeBudgetSeconds))
                           .arg(update.step)
                           .arg(update.totalSteps)
                     : tr("Step %1 of %2").arg(update.step).arg(update.totalSteps);
  if (std::isfinite(update.trainLoss)) {
    text += tr(", loss %1").arg(update.trainLoss, 0, 'f', 4);
    m_plot->graph(0)->addData(double(update.step), update.trainLoss);
  }
  if (update.isValidation && std::isfinite(update.validationLoss))
    m_plot->graph(1)->addData(double(update.step), update.validationLoss);
  if (std::isfinite(update.validationLoss))
    text += tr(", validation %1").arg(update.validationLoss, 0, 'f', 4);
  if (std::isfinite(update.validationMuError))
    text += tr(", held-out error of mu %1").arg(update.validationMuError, 0, 'g', 4);
  // The final report of a finished run has nothing left; onFinished() says how it ended.
  if (update.fraction < 1.0)
    text += tr(", %1 left").arg(duration(update.secondsLeft));
  if (!m_cancelling) // reports still queued keep "Cancelling..." and its lack of time left
    m_status->setText(text);
  fitLossRange();
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingPanel::onFinished(const TrainingOutcome& outcome) {
  // The final histories are authoritative: redraw the validation curve from them.
  if (!outcome.historySteps.empty()) {
    QVector<double> steps;
    QVector<double> validation;
    for (std::size_t i = 0; i < outcome.historySteps.size(); ++i) {
      steps << double(outcome.historySteps[i]);
      validation << (i < outcome.validationLoss.size() ? outcome.validationLoss[i] : NAN);
    }
    m_plot->graph(1)->setData(steps, validation, true);
    if (m_plot->graph(0)->dataCount() == 0 &&
        outcome.trainLoss.size() == outcome.historySteps.size())
      m_plot->graph(0)->setData(
          steps, QVector<double>(outcome.trainLoss.begin(), outcome.trainLoss.end()), true);
  }
  fitLossRange();
  m_plot->replot();
  m_finished = true;
  const long steps = outcome.info.steps;
  // The saved weights are those of the best validation, or of the last step before any.
  const QString best = outcome.bestStep >= 0 ? tr("best at step %1").arg(outcome.bestStep)
                                             : tr("no validation yet, the last step is kept");
  if (outcome.cancelled) {
    // The bar stays where the run stopped: a cancelled run did not reach 100%.
    m_status->setText(tr("Cancelled at step %1, %2").arg(steps).arg(best));
  } else {
    m_progress->setValue(1000);
    m_status->setText(tr("Finished at step %1, %2").arg(steps).arg(best));
  }
  QString saved = tr("Model \"%1\" saved; stopped: %2").arg(outcome.modelName, outcome.stopReason);
  // A larger blind spot is chosen from the data (train/BlindSpotChoice.h) and trains from
  // scratch even with the base model's box checked: say why.
  if (outcome.info.architecture.blindSpot > 1)
    saved += QStringLiteral("\n") +
             tr("The noise is correlated between neighbouring pixels: the network hides the %1x%1 "
                "square around each pixel and trained from scratch.")
                 .arg(outcome.info.architecture.blindSpot);
  // Why the curve's lowest validation is not the saved model, when the noise echo guard refused
  // it (train/NoiseEcho.h).
  if (const EchoRefusals& r = outcome.echoRefusals; r.count == 1)
    saved += QStringLiteral("\n") +
             tr("The validation at step %1 had a lower loss but was not kept: the prediction had "
                "started to copy the noise (noise echo %2, the run's least %3).")
                 .arg(r.firstStep)
                 .arg(r.largestEcho, 0, 'f', 3)
                 .arg(r.leastEcho, 0, 'f', 3);
  else if (r.count > 1)
    saved += QStringLiteral("\n") +
             tr("%n validations with a lower loss (steps %1-%2) were not kept: the prediction "
                "had started to copy the noise (noise echo up to %3, the run's least %4).",
                nullptr, int(r.count))
                 .arg(r.firstStep)
                 .arg(r.lastStep)
                 .arg(r.largestEcho, 0, 'f', 3)
                 .arg(r.leastEcho, 0, 'f', 3);
  m_stopReason->setText(saved);
}

// The first steps of a fresh network have losses many times the later ones; fitting the axis to
// them squashes the curves that matter. The value axis spans all validation losses and the
// training losses up to their 95th percentile (plus a margin); the step axis spans everything.
void TrainingPanel::fitLossRange() {
  m_plot->rescaleAxes();
  std::vector<double> values;
  double low = INFINITY;
  double validationHigh = -INFINITY;
  for (int g = 0; g < 2; ++g)
    for (auto it = m_plot->graph(g)->data()->constBegin();
         it != m_plot->graph(g)->data()->constEnd(); ++it) {
      if (!std::isfinite(it->value))
        continue;
      low = std::min(low, it->value);
      if (g == 0)
        values.push_back(it->value);
      else
        validationHigh = std::max(validationHigh, it->value);
    }
  if (values.empty() || !std::isfinite(low))
    return;
  const auto rank = values.begin() + std::ptrdiff_t(0.95 * double(values.size() - 1));
  std::nth_element(values.begin(), rank, values.end());
  const double high = std::max(*rank, validationHigh);
  const double pad = std::max(1e-6, 0.08 * (high - low));
  m_plot->yAxis->setRange(low - pad, high + pad);
}

} // namespace pgd
