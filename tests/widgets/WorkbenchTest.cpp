// Drives the real workbench (MainWindow and its widgets, found by objectName) offscreen: open a
// synthetic stack, step frames, train a tiny model through the worker while measuring the GUI
// thread's event-loop latency, cancel, train again, denoise, check the compare view and the
// noise-fit plots hold data, export and read the file back; the honest state around that: the
// progress label counts what bounds the run, a cancel says where it stopped, errors open a box,
// closing during training asks, unmeasured losses read "not measured". Any Qt warning fails the
// test.
#include "CompareView.h"
#include "GuiApp.h"
#include "ImageViewer.h"
#include "JobWorker.h"
#include "LineProfilePlot.h"
#include "MainWindow.h"
#include "ModelBrowser.h"
#include "NoiseFitPlot.h"
#include "TrainingPanel.h"
#include "WorkbenchChecks.h"
#include "WorkbenchFixtures.h"
#include "display/LineProfile.h"
#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "nn/Model.h"
#include "nn/Precision.h"
#include "nn/TorchRuntime.h"
#include "sample/GrainyNoise.h"
#include "store/ModelStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <qcustomplot.h>

#include <cmath>
#include <cstdlib>
#include <functional>
#include <random>

namespace pgd {

class WorkbenchTest : public QObject {
  Q_OBJECT
private slots:
  void initTestCase();
  void cleanup();
  void windowFitsALaptopScreen();
  void statusBarSaysWhatTheNetworkComputesIn();
  void opensStackAndStepsFrames();
  void pixelReadoutFollowsTheFrame();
  void viewMenuBringsBackClosedDocks();
  void doubleClicksQueueOneJobAndEarlyCancelIsKept();
  void trainingKeepsGuiResponsiveAndCancels();
  void progressLabelAndBarAgreeWhenTimeBound();
  void trainingPanelShowsTheRunsNoteUntilTheNextRun();
  void trainsDenoisesPlotsAndExports();
  void linesPlotAProfileAndRectanglesLimitTraining();
  void zoomShortcutsWorkOnTheCompareTab();
  void openingAnotherImageClearsTheRun();
  void modelBrowserSaysNotMeasuredAndShowsErrors();
  void modelBrowserListsTheBuiltInBaseReadOnly();
  void denoisesWithTheBuiltInBaseBeforeAnyTraining();
  void grainyNoiseTrainsALargerBlindSpotAndSaysSo();
  void closingDuringTrainingAsks();
  void cleanupTestCase();

private:
  bool waitForJob(JobKind kind, JobState expected, int timeoutMs);
  // The open error box's text (empty when none), closing the box.
  QString takeErrorBox();
  // The text of the next error box (empty when none opens within 10 s), closing the box.
  QString waitForErrorBox();
  // Runs `answer` on the dialog named `dialogName` as soon as it is open.
  void whenShown(const QString& dialogName, const std::function<void(QWidget*)>& answer);
  // Clicks `button` in the next "close while training" question as soon as it is open.
  void answerCloseQuestion(const QString& button);
  // Starts a long tiny training run and waits until it reports steps.
  bool startLongTraining();
  QStringList storedModels() const;

  QTemporaryDir m_dir;
  QString m_input;
  MainWindow* m_window = nullptr;
};

void WorkbenchTest::initTestCase() {
  startRecordingQtWarnings();
  QVERIFY(m_dir.isValid());
  m_input = m_dir.filePath("stack.tif");
  writeImageStack(makeStack(), m_input.toStdString());
  m_window = new MainWindow(m_dir.filePath("models"));
  m_window->resize(1300, 850);
  m_window->show();
  QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void WorkbenchTest::cleanup() {
  // A test that failed half-way may leave a job running: stop it, so the next test starts idle.
  if (m_window->jobState() == JobState::Running || m_window->jobState() == JobState::Scheduled) {
    m_window->findChild<QAction*>("actionCancel")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->jobState() != JobState::Running &&
                                 m_window->jobState() != JobState::Scheduled,
                             120000);
  }
  const QString error = takeErrorBox();
  QVERIFY2(error.isEmpty(), qPrintable("unexpected error box: " + error));
  const QStringList messages = takeQtWarnings();
  QVERIFY2(messages.isEmpty(), qPrintable("unexpected Qt messages: " + messages.join(" | ")));
}

void WorkbenchTest::cleanupTestCase() {
  delete m_window;
}

bool WorkbenchTest::waitForJob(JobKind kind, JobState expected, int timeoutMs) {
  return pgd::waitForJob(m_window, kind, expected, timeoutMs);
}

QString WorkbenchTest::takeErrorBox() {
  return pgd::takeErrorBox(m_window);
}

QString WorkbenchTest::waitForErrorBox() {
  QString text;
  if (!QTest::qWaitFor([&] { return !(text = takeErrorBox()).isEmpty(); }, 10000))
    return {};
  return text;
}

void WorkbenchTest::whenShown(const QString& dialogName,
                              const std::function<void(QWidget*)>& answer) {
  // Polls, because the dialog opens inside a nested event loop (exec()) that the caller's click
  // starts: the answer runs inside that loop.
  auto* poll = new QTimer(this);
  poll->setInterval(50);
  connect(poll, &QTimer::timeout, this, [this, poll, dialogName, answer] {
    auto* dialog = m_window->findChild<QWidget*>(dialogName);
    if (!dialog || !dialog->isVisible())
      return;
    poll->stop();
    poll->deleteLater();
    answer(dialog);
  });
  poll->start();
}

void WorkbenchTest::answerCloseQuestion(const QString& button) {
  whenShown("dialogCloseWhileTraining", [button](QWidget* box) {
    auto* b = box->findChild<QPushButton*>(button);
    QVERIFY(b);
    b->click();
  });
}

bool WorkbenchTest::startLongTraining() {
  m_window->trainingPanel()->setCustomConfig(tinyConfig(100000));
  auto* train = m_window->findChild<QPushButton*>("btnTrain");
  if (!train || !train->isEnabled())
    return false;
  QTest::mouseClick(train, Qt::LeftButton);
  QCustomPlot* loss = m_window->trainingPanel()->lossPlot();
  return QTest::qWaitFor([&] { return loss->graph(0)->dataCount() > 0; }, 60000) &&
         m_window->jobState() == JobState::Running;
}

QStringList WorkbenchTest::storedModels() const {
  QStringList names;
  for (const ModelEntry& e : ModelStore(m_dir.filePath("models").toStdString()).list())
    names << QString::fromStdString(e.name);
  names.sort();
  return names;
}

void WorkbenchTest::statusBarSaysWhatTheNetworkComputesIn() {
  // The jobs' own rule (nn/Precision.h): denoising and training by the CPU's flags.
  const std::string device = TorchRuntime::resolveDevice("auto");
  const QString precision = QString::fromLatin1(toString(resolvePrecision("auto", device)));
  auto* label = m_window->findChild<QLabel*>("labelPrecision");
  QVERIFY(label);
  QCOMPARE(label->text(), QString("Denoising: %1, training: %1").arg(precision));
  QVERIFY(label->toolTip().contains(precision == "bfloat16" ? "natively" : "float32"));
}

void WorkbenchTest::windowFitsALaptopScreen() {
  // A 1366x768 laptop, less a desktop panel and the title bar (about 60 px), must hold the whole
  // window: panels wrap instead of widening it.
  QString sizes;
  for (QWidget* w : m_window->findChildren<QWidget*>())
    if (w->minimumSizeHint().width() > 500 && !w->objectName().isEmpty())
      sizes += QString(" %1=%2").arg(w->objectName()).arg(w->minimumSizeHint().width());
  const QSize minimum = m_window->minimumSizeHint();
  qInfo("minimum window size (English): %dx%d", minimum.width(), minimum.height());
  QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 700,
           qPrintable(
               QString("minimum %1x%2;%3").arg(minimum.width()).arg(minimum.height()).arg(sizes)));
  // German labels are longer; the same limit holds.
  installTranslators("de");
  MainWindow german(m_dir.filePath("models"));
  const QSize germanMinimum = german.minimumSizeHint();
  qInfo("minimum window size (German): %dx%d", germanMinimum.width(), germanMinimum.height());
  QVERIFY(german.findChild<QPushButton*>("btnTrain")->text() != "Train");
  QVERIFY2(
      germanMinimum.width() <= 1280 && germanMinimum.height() <= 700,
      qPrintable(
          QString("German minimum %1x%2").arg(germanMinimum.width()).arg(germanMinimum.height())));
  for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
    QCoreApplication::removeTranslator(t);
    delete t;
  }
}

void WorkbenchTest::opensStackAndStepsFrames() {
  QSignalSpy shown(m_window, &MainWindow::imageShown);
  m_window->openFile(m_input);
  QVERIFY(waitForJob(JobKind::Load, JobState::Completed, 20000));
  QCOMPARE(shown.count(), 1);
  QVERIFY(m_window->currentImage());
  QCOMPARE(m_window->currentImage()->frames(), 3);

  auto* viewer = m_window->findChild<ImageViewer*>("viewerImage");
  auto* slider = m_window->findChild<QSlider*>("sliderFrame");
  QVERIFY(viewer && slider);
  QCOMPARE(slider->maximum(), 2);
  QVERIFY(!viewer->renderedImage().isNull());
  QCOMPARE(viewer->renderedImage().width(), 128);
  // Auto contrast spreads the image over the display range: dark and bright pixels both exist.
  const QImage img = viewer->renderedImage();
  int darkest = 255;
  int brightest = 0;
  for (int y = 0; y < img.height(); ++y)
    for (int x = 0; x < img.width(); ++x) {
      darkest = std::min(darkest, qGray(img.pixel(x, y)));
      brightest = std::max(brightest, qGray(img.pixel(x, y)));
    }
  QVERIFY(darkest < 10 && brightest > 245);

  viewer->setFocus();
  QTest::keyClick(viewer, Qt::Key_Right);
  QCOMPARE(slider->value(), 1);
  QCOMPARE(viewer->frame(), 1);
  QTest::keyClick(viewer, Qt::Key_Left);
  QCOMPARE(viewer->frame(), 0);

  const double zoom = viewer->zoom();
  QWheelEvent wheel(QPointF(50, 50), viewer->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120),
                    Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
  QApplication::sendEvent(viewer, &wheel);
  QVERIFY(viewer->zoom() > zoom);

  QTest::mouseMove(viewer, viewer->rect().center());
  auto* pixel = m_window->findChild<QLabel*>("labelPixel");
  QVERIFY(pixel && pixel->text().contains("x "));

  // File dialogs start where the last image was opened from.
  QCOMPARE(QSettings().value("folders/open").toString(), QFileInfo(m_input).absolutePath());

  // A bad file gives an error box (and a status-bar line) and leaves the app usable.
  m_window->openFile(m_dir.filePath("missing.tif"));
  QVERIFY(waitForJob(JobKind::Load, JobState::Failed, 20000));
  QCOMPARE(m_window->currentImage()->frames(), 3);
  const QString error = waitForErrorBox();
  QVERIFY2(error.contains("missing.tif"), qPrintable(error));
}

void WorkbenchTest::pixelReadoutFollowsTheFrame() {
  // The readout names the pixel under a still cursor in the frame shown: stepping frames with the
  // keyboard updates it without a mouse move.
  auto* viewer = m_window->findChild<ImageViewer*>("viewerImage");
  auto* pixel = m_window->findChild<QLabel*>("labelPixel");
  const StackPtr& stack = m_window->currentImage();
  viewer->zoomToFit();
  viewer->setFocus();
  QTest::mouseMove(viewer, viewer->rect().center() + QPoint(7, 5));
  const QRegularExpression readout("^x (\\d+), y (\\d+), frame (\\d+): ");
  const QRegularExpressionMatch at = readout.match(pixel->text());
  QVERIFY2(at.hasMatch(), qPrintable(pixel->text()));
  const int x = at.captured(1).toInt();
  const int y = at.captured(2).toInt();
  QCOMPARE(at.captured(3), QString("1"));
  QTest::keyClick(viewer, Qt::Key_Right);
  QCOMPARE(viewer->frame(), 1);
  const QString expected =
      QString("x %1, y %2, frame 2: %3").arg(x).arg(y).arg(double(stack->at(1, y, x)), 0, 'g', 6);
  QVERIFY(stack->at(1, y, x) != stack->at(0, y, x));
  QCOMPARE(pixel->text(), expected);
  QTest::keyClick(viewer, Qt::Key_Left);
  QVERIFY2(pixel->text().startsWith(QString("x %1, y %2, frame 1: ").arg(x).arg(y)),
           qPrintable(pixel->text()));
}

void WorkbenchTest::viewMenuBringsBackClosedDocks() {
  auto* view = m_window->findChild<QMenu*>("menuView");
  QVERIFY(view);
  for (const auto& [dockName, actionName] :
       {std::pair{"dockTraining", "actionShowTraining"}, {"dockModels", "actionShowModels"}}) {
    auto* dock = m_window->findChild<QDockWidget*>(dockName);
    QAction* action = m_window->findChild<QAction*>(actionName);
    QVERIFY(dock && action && view->actions().contains(action));
    dock->close();
    QVERIFY(!dock->isVisible());
    action->trigger();
    QVERIFY(dock->isVisible());
  }
  m_window->findChild<QDockWidget*>("dockTraining")->raise();
}

void WorkbenchTest::doubleClicksQueueOneJobAndEarlyCancelIsKept() {
  // Block the worker thread, then click Train twice and Cancel while the job is only scheduled:
  // one training job ends, Cancelled, and no second one follows.
  m_window->trainingPanel()->setCustomConfig(tinyConfig(100000));
  auto* train = m_window->findChild<QPushButton*>("btnTrain");
  QVERIFY(train && train->isEnabled());
  QSemaphore gate;
  QMetaObject::invokeMethod(m_window->worker(), [&gate] { gate.acquire(); });
  QSignalSpy finished(m_window, &MainWindow::jobFinished);
  QTest::mouseClick(train, Qt::LeftButton);
  QVERIFY(!train->isEnabled()); // scheduled: the button is off before the worker starts
  QTest::mouseClick(train, Qt::LeftButton);
  m_window->startDenoise(); // any other job is refused while one is scheduled
  auto* cancel = m_window->findChild<QPushButton*>("btnCancelTraining");
  QVERIFY(cancel && cancel->isEnabled());
  QTest::mouseClick(cancel, Qt::LeftButton);
  gate.release();
  QVERIFY(waitForJob(JobKind::Train, JobState::Cancelled, 20000));
  QTest::qWait(300);
  for (const QList<QVariant>& args : finished)
    QVERIFY(args.at(0).value<JobKind>() != JobKind::Denoise);
  QVERIFY(train->isEnabled());
}

void WorkbenchTest::trainingKeepsGuiResponsiveAndCancels() {
  m_window->trainingPanel()->setCustomConfig(tinyConfig(100000));
  auto* train = m_window->findChild<QPushButton*>("btnTrain");
  auto* cancel = m_window->findChild<QPushButton*>("btnCancelTraining");
  QVERIFY(train && cancel && train->isEnabled());
  QTest::mouseClick(train, Qt::LeftButton);
  QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 5000);
  // Let training get going, then measure the event-loop latency with a fast timer.
  QCustomPlot* loss = m_window->trainingPanel()->lossPlot();
  QTRY_VERIFY_WITH_TIMEOUT(loss->graph(0)->dataCount() > 0, 60000);
  QElapsedTimer clock;
  qint64 last = 0;
  qint64 worst = 0;
  QTimer tick;
  tick.setInterval(10);
  connect(&tick, &QTimer::timeout, &tick, [&] {
    const qint64 now = clock.elapsed();
    worst = std::max(worst, now - last);
    last = now;
  });
  clock.start();
  tick.start();
  QTest::qWait(2000);
  tick.stop();
  // Training on the GUI thread would stall it for the whole wait; a busy machine (other jobs on
  // both cores) delays a free event loop by tens of milliseconds, which is not what this checks.
  QVERIFY2(worst < 500, qPrintable(QString("GUI thread blocked for %1 ms").arg(worst)));
  QCOMPARE(m_window->jobState(), JobState::Running);

  TrainingOutcome outcome;
  // The context object ends the connection when the test returns, also on a failed check.
  QObject scope;
  connect(m_window->worker(), &JobWorker::trainingFinished, &scope,
          [&outcome](const TrainingOutcome& o) { outcome = o; });
  auto* bar = m_window->findChild<QProgressBar*>("progressTraining");
  const int barBefore = bar->value();
  QTest::mouseClick(cancel, Qt::LeftButton);
  QVERIFY(waitForJob(JobKind::Train, JobState::Cancelled, 60000));
  QVERIFY(train->isEnabled());
  // The panel says where the run stopped and which step it kept; no time left, no 100%.
  QVERIFY(outcome.cancelled && outcome.bestStep > 0);
  const QString status = m_window->findChild<QLabel*>("labelTrainingStatus")->text();
  QCOMPARE(status, QString("Cancelled at step %1, best at step %2")
                       .arg(outcome.info.steps)
                       .arg(outcome.bestStep));
  QVERIFY2(!status.contains("left"), qPrintable(status));
  QVERIFY(bar->value() < 1000 && bar->value() >= barBefore);
}

void WorkbenchTest::trainingPanelShowsTheRunsNoteUntilTheNextRun() {
  // Step 0 of a warm start that shrinks the base says so once; the panel keeps the words under
  // the plot (the validation loss then rises), and any later note below them, until the panel is
  // reset for another run.
  TrainingPanel* panel = m_window->trainingPanel();
  auto* note = m_window->findChild<QLabel*>("labelTrainingNote");
  QVERIFY(note);
  panel->reset();
  QVERIFY(note->isHidden());
  ProgressUpdate update;
  update.step = 0;
  update.totalSteps = 10000;
  update.isValidation = true;
  update.validationLoss = -4.5;
  update.note = "training starts from the base model's weights scaled by 0.7, as this run can "
                "afford about 6000 steps: the validation loss rises at first and falls from there";
  panel->onProgress(update);
  QVERIFY(!note->isHidden());
  QVERIFY2(note->text().startsWith("Training starts from the base model's weights scaled by 0.7"),
           qPrintable(note->text()));
  update.step = 100;
  update.note.clear();
  panel->onProgress(update); // later reports without a note leave it
  QVERIFY(!note->isHidden());
  QVERIFY(note->text().contains("rises at first"));
  // A second note of the same run goes on a line of its own, under the first.
  update.note = "left out 1 constant frame with nothing to learn: a.tif frame 3";
  panel->onProgress(update);
  const QStringList lines = note->text().split('\n');
  QCOMPARE(lines.size(), 2);
  QVERIFY(lines[0].contains("rises at first"));
  QVERIFY2(lines[1].startsWith("Left out 1 constant frame") && lines[1].endsWith("a.tif frame 3."),
           qPrintable(lines[1]));
  panel->reset();
  QVERIFY(note->isHidden());
  QVERIFY(note->text().isEmpty());
}

void WorkbenchTest::progressLabelAndBarAgreeWhenTimeBound() {
  // A report as the quick preset sends it 2 min 10 s into its 10-minute budget: time bounds the
  // run, so the label counts time, as the bar does.
  TrainingPanel* panel = m_window->trainingPanel();
  auto* bar = m_window->findChild<QProgressBar*>("progressTraining");
  auto* label = m_window->findChild<QLabel*>("labelTrainingStatus");
  ProgressUpdate update;
  update.step = 412;
  update.totalSteps = 4000;
  update.secondsElapsed = 130.0;
  update.timeBudgetSeconds = 600.0;
  update.secondsLeft = 470.0;
  update.fraction = 130.0 / 600.0;
  update.timeBound = true;
  panel->onProgress(update);
  QVERIFY2(label->text().startsWith("2 min 10 s of 10 min (step 412, at most 4000)"),
           qPrintable(label->text()));
  QVERIFY(label->text().endsWith("7 min 50 s left"));
  QCOMPARE(bar->value(), 216);

  // A real run with a 2 s budget and a step limit it cannot reach: every report the panel shows
  // is time-bound and its bar follows the same fraction.
  TrainingConfig config = tinyConfig(100000);
  config.timeBudgetSeconds = 2.0;
  panel->setCustomConfig(config);
  int timeBound = 0;
  QStringList disagreements;
  QObject scope; // ends the connection when the test returns, also on a failed check
  connect(m_window->worker(), &JobWorker::progress, &scope, [&](JobKind, const ProgressUpdate& u) {
    if (u.step < 0 || u.fraction >= 1.0)
      return;
    if (!u.timeBound) {
      disagreements << "a report not bound by time at step " + QString::number(u.step);
      return;
    }
    ++timeBound;
    if (!label->text().contains(" of 2 s (step ") || bar->value() != int(u.fraction * 1000))
      disagreements << label->text() + " / bar " + QString::number(bar->value());
  });
  QTest::mouseClick(m_window->findChild<QPushButton*>("btnTrain"), Qt::LeftButton);
  QVERIFY(waitForJob(JobKind::Train, JobState::Completed, 60000));
  QVERIFY(timeBound > 0);
  QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(" | ")));
  QVERIFY(m_window->findChild<QLabel*>("labelStopReason")->text().contains("time budget"));
  QVERIFY(label->text().startsWith("Finished at step "));
  QCOMPARE(bar->value(), 1000);
}

void WorkbenchTest::trainsDenoisesPlotsAndExports() {
  m_window->trainingPanel()->setCustomConfig(tinyConfig(6));
  QTest::mouseClick(m_window->findChild<QPushButton*>("btnTrain"), Qt::LeftButton);
  QVERIFY(waitForJob(JobKind::Train, JobState::Completed, 120000));
  QVERIFY(m_window->modelBrowser()->modelCount() >= 1);
  QVERIFY(m_window->trainingPanel()->lossPlot()->graph(1)->dataCount() > 0);
  QVERIFY(!m_window->findChild<QLabel*>("labelStopReason")->text().isEmpty());
  // Noise independent from pixel to pixel: the one-pixel blind spot, nothing to explain.
  QVERIFY(!m_window->findChild<QLabel*>("labelStopReason")->text().contains("5x5"));

  m_window->startDenoise();
  QVERIFY(waitForJob(JobKind::Denoise, JobState::Completed, 120000));
  QVERIFY(m_window->denoisedImage());
  QCOMPARE(m_window->denoisedImage()->frames(), 3);
  CompareView* compare = m_window->compareView();
  QVERIFY(compare->hasDenoised());
  QCOMPARE(m_window->tabs()->currentWidget(), compare);
  QVERIFY(!compare->rightViewer()->renderedImage().isNull());
  // Both sides show the image at the same zoom, also after the view is resized while fitting
  // (the denoised side once stayed at the zoom of the hidden, not yet laid-out tab).
  QTRY_COMPARE(compare->rightViewer()->zoom(), compare->noisyViewer()->zoom());
  compare->noisyViewer()->zoomToFit();
  m_window->resize(m_window->width() + 160, m_window->height() + 120);
  QTRY_COMPARE(compare->rightViewer()->zoom(), compare->noisyViewer()->zoom());
  auto* difference = compare->findChild<QCheckBox*>("checkDifference");
  QVERIFY(difference && difference->isEnabled());
  difference->setChecked(true);
  QCOMPARE(compare->rightMode(), CompareView::RightMode::Difference);
  QVERIFY(compare->rightViewer()->displayRange().low < 0);
  auto* uncertainty = compare->findChild<QCheckBox*>("checkUncertainty");
  QVERIFY(uncertainty && uncertainty->isEnabled());
  uncertainty->setChecked(true);
  QVERIFY(!difference->isChecked());
  // The uncertainty map's window starts at 0 (a flat background is not stretched to black).
  QCOMPARE(compare->rightViewer()->displayRange().low, 0.0);
  QVERIFY(compare->rightViewer()->displayRange().high > 0.0);
  // The readout names both panels' values at the pixel under the cursor, from either panel.
  {
    auto* pixel = m_window->findChild<QLabel*>("labelPixel");
    const QRegularExpression readout(
        "^x (\\d+), y (\\d+), frame 1: noisy ([-0-9.e+]+), uncertainty ([-0-9.e+]+)$");
    for (ImageViewer* panel : {compare->noisyViewer(), compare->rightViewer()}) {
      QTest::mouseMove(panel, panel->rect().center() + QPoint(3, 2));
      const QRegularExpressionMatch m = readout.match(pixel->text());
      QVERIFY2(m.hasMatch(), qPrintable(pixel->text()));
      const int x = m.captured(1).toInt();
      const int y = m.captured(2).toInt();
      QCOMPARE(m.captured(3).toDouble(),
               QString::number(double(m_window->currentImage()->at(0, y, x)), 'g', 6).toDouble());
      QCOMPARE(
          m.captured(4).toDouble(),
          QString::number(double(compare->rightViewer()->stack()->at(0, y, x)), 'g', 6).toDouble());
    }
  }
  // Zoom is synchronised between the two sides.
  compare->noisyViewer()->zoomBy(2.0);
  QCOMPARE(compare->rightViewer()->zoom(), compare->noisyViewer()->zoom());

  NoiseFitPlot* plots = m_window->noiseFitPlot();
  QTRY_VERIFY_WITH_TIMEOUT(plots->data() != nullptr, 20000);
  QVERIFY(plots->histogramPlot()->graphCount() > 0);
  QVERIFY(plots->histogramPlot()->graph(0)->dataCount() > 0);
  QVERIFY(plots->varianceMeanPlot()->graph(0)->dataCount() > 0);
  QCOMPARE(plots->framePlot()->graph(0)->dataCount(), 3);
  // A typo in the typed levels is named in an error box and recomputes nothing.
  {
    auto* levels = plots->findChild<QLineEdit*>("editLevels");
    QVERIFY(levels);
    const PlotDataPtr before = plots->data();
    levels->setText("0.1, 0.3x");
    QTest::mouseClick(plots->findChild<QPushButton*>("btnApplyLevels"), Qt::LeftButton);
    QVERIFY(waitForErrorBox().contains("'0.3x' is not a number"));
    QCOMPARE(plots->data(), before);
    QCOMPARE(m_window->jobState(), JobState::Completed);
    levels->clear();
  }
  for (const char* suffix : {"csv", "png", "svg", "pdf"})
    QVERIFY(plots->exportTo(m_dir.filePath(QString("fit.") + suffix)));
  QVERIFY(QFileInfo(m_dir.filePath("fit_histograms.svg")).size() > 0);
  QVERIFY(QFileInfo(m_dir.filePath("fit.csv")).size() > 0);

  const QString out = m_dir.filePath("denoised.tif");
  m_window->exportDenoised(out, false);
  QVERIFY(waitForJob(JobKind::Export, JobState::Completed, 20000));
  const ImageStack back = readImageStack(out.toStdString());
  QCOMPARE(back.frames(), 3);
  QCOMPARE(back.metadata().sourceType, PixelType::Float32);
  QCOMPARE(back.values(), m_window->denoisedImage()->values());

  // The network's mean and the uncertainty map export the same way (File menu).
  QVERIFY(m_window->findChild<QAction*>("actionExportMu")->isEnabled());
  QVERIFY(m_window->findChild<QAction*>("actionExportUncertainty")->isEnabled());
  const QString muPath = m_dir.filePath("mu.tif");
  m_window->exportResult(MainWindow::ExportKind::Mu, muPath, false);
  QVERIFY(waitForJob(JobKind::Export, JobState::Completed, 20000));
  const ImageStack mu = readImageStack(muPath.toStdString());
  QCOMPARE(mu.frames(), 3);
  QVERIFY(mu.values() != m_window->denoisedImage()->values());
  const QString sdPath = m_dir.filePath("uncertainty.tif");
  m_window->exportResult(MainWindow::ExportKind::Uncertainty, sdPath, false);
  QVERIFY(waitForJob(JobKind::Export, JobState::Completed, 20000));
  compare->findChild<QCheckBox*>("checkUncertainty")->setChecked(true);
  QCOMPARE(readImageStack(sdPath.toStdString()).values(),
           compare->rightViewer()->stack()->values());

  // The input file is never overwritten.
  const qint64 inputSize = QFileInfo(m_input).size();
  m_window->exportDenoised(m_input, false);
  QVERIFY(waitForJob(JobKind::Export, JobState::Failed, 20000));
  QCOMPARE(QFileInfo(m_input).size(), inputSize);
  QVERIFY(!waitForErrorBox().isEmpty());
}

void WorkbenchTest::linesPlotAProfileAndRectanglesLimitTraining() {
  // The line tool, dragged on the Compare tab's noisy side: every viewer shows the line, and the
  // Profile tab plots noisy, denoised and mu along it (the run of the test before).
  QVERIFY(m_window->denoisedImage());
  CompareView* compare = m_window->compareView();
  m_window->tabs()->setCurrentWidget(compare);
  ImageViewer* left = compare->noisyViewer();
  left->zoomToFit();
  m_window->findChild<QAction*>("actionToolLine")->trigger();
  QCOMPARE(left->tool(), ImageViewer::Tool::Line);
  const QPoint from = left->rect().center() - QPoint(40, 10);
  const QPoint to = left->rect().center() + QPoint(40, 30);
  QTest::mousePress(left, Qt::LeftButton, Qt::NoModifier, from);
  QTest::mouseMove(left, to);
  QTest::mouseRelease(left, Qt::LeftButton, Qt::NoModifier, to);
  const QLineF line = left->lineSelection();
  QVERIFY(!line.isNull());
  QCOMPARE(m_window->findChild<ImageViewer*>("viewerImage")->lineSelection(), line);
  QCOMPARE(compare->rightViewer()->lineSelection(), line);
  auto* profile = m_window->findChild<LineProfilePlot*>("lineProfile");
  QVERIFY(profile);
  QCOMPARE(m_window->tabs()->currentWidget(), profile);
  QCOMPARE(profile->drawnCount(), 3);
  // The noisy curve is the frame's values along the line (pixel centres at i + 0.5).
  const StackPtr noisy = m_window->currentImage();
  const auto expected =
      lineProfile(noisy->frame(0), noisy->width(), noisy->height(), line.x1() - 0.5,
                  line.y1() - 0.5, line.x2() - 0.5, line.y2() - 0.5);
  QCPGraph* curve = profile->plot()->graph(0);
  QCOMPARE(curve->dataCount(), int(expected.size()));
  QCOMPARE(curve->data()->at(3)->value, expected[3].value);
  // Esc clears the line everywhere and empties the profile.
  left->setFocus();
  QTest::keyClick(left, Qt::Key_Escape);
  QVERIFY(m_window->findChild<ImageViewer*>("viewerImage")->lineSelection().isNull());
  QCOMPARE(profile->drawnCount(), 0);

  // A rectangle drawn on the Image tab: "Train on the selection only" trains on that part.
  m_window->tabs()->setCurrentIndex(0);
  auto* viewer = m_window->findChild<ImageViewer*>("viewerImage");
  viewer->zoomOneToOne();
  viewer->setView(1.0, QPointF(noisy->width() / 2.0, noisy->height() / 2.0));
  m_window->findChild<QAction*>("actionToolRectangle")->trigger();
  auto* only = m_window->findChild<QCheckBox*>("checkTrainOnSelection");
  QVERIFY(only && !only->isEnabled());
  const QPoint c = viewer->rect().center();
  QTest::mousePress(viewer, Qt::LeftButton, Qt::NoModifier, c - QPoint(50, 48));
  QTest::mouseMove(viewer, c + QPoint(50, 48));
  QTest::mouseRelease(viewer, Qt::LeftButton, Qt::NoModifier, c + QPoint(50, 48));
  const QRect rect = viewer->rectSelection();
  // 100 x 96 screen pixels at zoom 1 (one more where the drag starts inside a pixel).
  QVERIFY2(rect.width() >= 100 && rect.width() <= 101 && rect.height() >= 96 && rect.height() <= 97,
           qPrintable(QString("%1x%2").arg(rect.width()).arg(rect.height())));
  QVERIFY(only->isEnabled());
  only->setChecked(true);
  TrainingOutcome outcome;
  QObject scope;
  connect(m_window->worker(), &JobWorker::trainingFinished, &scope,
          [&outcome](const TrainingOutcome& o) { outcome = o; });
  m_window->trainingPanel()->setCustomConfig(tinyConfig(2));
  QTest::mouseClick(m_window->findChild<QPushButton*>("btnTrain"), Qt::LeftButton);
  QVERIFY(waitForJob(JobKind::Train, JobState::Completed, 120000));
  QVERIFY2(QString::fromStdString(outcome.info.dataSummary)
               .contains(QString("%1x%2").arg(rect.width()).arg(rect.height())),
           outcome.info.dataSummary.c_str());
  m_window->findChild<QAction*>("actionToolPan")->trigger();
  QTest::keyClick(viewer, Qt::Key_Escape);
  QVERIFY(!only->isEnabled() && !only->isChecked());
  // Leave the store as it was: later tests count its models, and a run started in the same
  // second would take this model's name.
  ModelStore(m_dir.filePath("models").toStdString()).remove(outcome.modelName.toStdString());
  m_window->modelBrowser()->refresh();
}

void WorkbenchTest::zoomShortcutsWorkOnTheCompareTab() {
  // Ctrl+0 (View > Zoom to fit) and Ctrl+1 (Zoom 1:1) act on the page shown: on the Compare tab
  // both of its viewers, not the hidden Image tab.
  CompareView* compare = m_window->compareView();
  m_window->tabs()->setCurrentWidget(compare);
  ImageViewer* left = compare->noisyViewer();
  ImageViewer* right = compare->rightViewer();
  compare->zoomToFit();
  const double fit = left->zoom();
  left->zoomBy(3.0);
  QVERIFY(std::abs(left->zoom() - fit) > 1e-6);
  m_window->activateWindow();
  QVERIFY(QTest::qWaitForWindowActive(m_window));
  left->setFocus();
  QTest::keyClick(left, Qt::Key_0, Qt::ControlModifier);
  QCOMPARE(left->zoom(), fit);
  QCOMPARE(right->zoom(), fit);
  QTest::keyClick(left, Qt::Key_1, Qt::ControlModifier);
  QCOMPARE(left->zoom(), 1.0);
  QCOMPARE(right->zoom(), 1.0);
  QTest::keyClick(left, Qt::Key_0, Qt::ControlModifier);
  QCOMPARE(left->zoom(), fit);
}

void WorkbenchTest::openingAnotherImageClearsTheRun() {
  // The curves and status of a run describe the image it trained on: a new image clears them.
  QVERIFY(m_window->trainingPanel()->lossPlot()->graph(0)->dataCount() > 0);
  m_window->openFile(m_input);
  QVERIFY(waitForJob(JobKind::Load, JobState::Completed, 20000));
  QCOMPARE(m_window->trainingPanel()->lossPlot()->graph(0)->dataCount(), 0);
  QCOMPARE(m_window->trainingPanel()->lossPlot()->graph(1)->dataCount(), 0);
  QCOMPARE(m_window->findChild<QLabel*>("labelTrainingStatus")->text(), QString("Not started"));
  QVERIFY(m_window->findChild<QLabel*>("labelStopReason")->text().isEmpty());
  QCOMPARE(m_window->findChild<QProgressBar*>("progressTraining")->value(), 0);
}

void WorkbenchTest::modelBrowserSaysNotMeasuredAndShowsErrors() {
  // A model whose run never validated: its best validation loss is not measured, not 0.
  ModelInfo info;
  info.architecture = tinyConfig(1).network;
  info.architecture.blindSpot = 1; // a preset leaves it to the training data (0)
  info.normalization = {1000.0, 100.0};
  info.steps = 1;
  info.finalTrainLoss = 0.5;
  info.bestValidationLoss = std::nan("");
  info.contextTile = 128; // and one that runs in crop-sized tiles says so
  ModelStore(m_dir.filePath("models").toStdString()).save(Model(info), "never-validated");
  ModelBrowser* browser = m_window->modelBrowser();
  browser->refresh();
  browser->selectModel("never-validated");
  QCOMPARE(browser->selectedName(), QString("never-validated"));
  const QString details = browser->findChild<QPlainTextEdit*>("textModelDetails")->toPlainText();
  QVERIFY2(details.contains("best validation loss not measured"), qPrintable(details));
  QVERIFY2(details.contains("Denoises in tiles of 128 px"), qPrintable(details));

  // Renaming it to a name with a space fails with an error box, in a dialog wide enough to read.
  int width = 0;
  whenShown("dialogRenameModel", [&width](QWidget* w) {
    auto* dialog = qobject_cast<QInputDialog*>(w);
    width = dialog->width();
    dialog->setTextValue("with space");
    dialog->accept();
  });
  QTest::mouseClick(browser->findChild<QPushButton*>("btnRenameModel"), Qt::LeftButton);
  const QString error = waitForErrorBox();
  QVERIFY2(error.contains("with space"), qPrintable(error));
  QVERIFY2(width >= 400, qPrintable(QString("rename dialog %1 px wide").arg(width)));
  QCOMPARE(browser->selectedName(), QString("never-validated"));
  ModelStore(m_dir.filePath("models").toStdString()).remove("never-validated");
  browser->refresh();
}

void WorkbenchTest::modelBrowserListsTheBuiltInBaseReadOnly() {
  ModelBrowser* browser = m_window->modelBrowser();
  browser->refresh();
  browser->selectModel("base");
  QCOMPARE(browser->selectedName(), QString("base"));
  QVERIFY(browser->selectedIsBuiltIn());
  auto* table = browser->findChild<QTableWidget*>();
  QVERIFY(table);
  bool shownBuiltIn = false;
  for (int r = 0; r < table->rowCount(); ++r)
    shownBuiltIn = shownBuiltIn || table->item(r, 0)->text().contains("(built in)");
  QVERIFY(shownBuiltIn);
  QVERIFY(!browser->findChild<QPushButton*>("btnDeleteModel")->isEnabled());
  QVERIFY(!browser->findChild<QPushButton*>("btnRenameModel")->isEnabled());
  const QString details = browser->findChild<QPlainTextEdit*>("textModelDetails")->toPlainText();
  QVERIFY2(details.contains("Built in"), qPrintable(details));
  // The base runs on whole images.
  QVERIFY2(!details.contains("Denoises in tiles"), qPrintable(details));
}

void WorkbenchTest::denoisesWithTheBuiltInBaseBeforeAnyTraining() {
  // A fresh window with an empty store: an image is open, no model was trained or chosen, and
  // Denoise uses the built-in base model and says so in the status bar.
  QSettings().remove("lastModel"); // else the new window starts by loading the last model
  MainWindow window(m_dir.filePath("models-none"));
  window.show();
  window.openFile(m_input);
  QVERIFY(pgd::waitForJob(&window, JobKind::Load, JobState::Completed, 20000));
  QVERIFY(window.findChild<QAction*>("actionDenoise")->isEnabled());
  window.startDenoise();
  QVERIFY(pgd::waitForJob(&window, JobKind::Denoise, JobState::Completed, 120000));
  QVERIFY(window.denoisedImage());
  const QString status = window.statusBar()->currentMessage();
  QVERIFY2(status.contains("built-in base model"), qPrintable(status));
}

void WorkbenchTest::grainyNoiseTrainsALargerBlindSpotAndSaysSo() {
  // Noise in grains of several pixels: the run chooses a 5x5 blind spot (train/BlindSpotChoice.h),
  // trains from scratch although the base model's box is ticked, and the panel says why. A
  // window of its own, so the main window's image and model stay as the other tests left them.
  QSettings().remove("lastModel");
  MainWindow window(m_dir.filePath("models-grainy"));
  window.show();
  const QString grainy = m_dir.filePath("grainy.tif");
  ImageStack clean(2, 128, 128);
  for (int f = 0; f < clean.frames(); ++f)
    for (int y = 0; y < clean.height(); ++y)
      for (int x = 0; x < clean.width(); ++x)
        clean.at(f, y, x) = float(500.0 + 300.0 * std::sin(x / 9.0) * std::cos(y / 13.0));
  writeImageStack(withGrainyNoise(clean, 30.0, 3), grainy.toStdString());
  window.openFile(grainy);
  QVERIFY(pgd::waitForJob(&window, JobKind::Load, JobState::Completed, 20000));
  window.startTraining(tinyConfig(4));
  QVERIFY(pgd::waitForJob(&window, JobKind::Train, JobState::Completed, 120000));
  const QString saved = window.findChild<QLabel*>("labelStopReason")->text();
  QVERIFY2(saved.contains("hides the 5x5 square around each pixel and trained from scratch"),
           qPrintable(saved));

  // Checkpoints the noise echo guard refused (train/NoiseEcho.h) are explained under the stop
  // reason, once for one and once for several.
  TrainingOutcome outcome;
  outcome.modelName = "grainy";
  outcome.stopReason = "converged";
  outcome.info.architecture.blindSpot = 5;
  outcome.echoRefusals = {3, 300, 500, 0.153, 0.024};
  window.trainingPanel()->onFinished(outcome);
  const QString several = window.findChild<QLabel*>("labelStopReason")->text();
  QVERIFY2(several.contains("(steps 300-500) were not kept") && several.contains("up to 0.153") &&
               several.contains("least 0.024"),
           qPrintable(several));
  outcome.echoRefusals = {1, 400, 400, 0.071, 0.024};
  window.trainingPanel()->onFinished(outcome);
  const QString one = window.findChild<QLabel*>("labelStopReason")->text();
  QVERIFY2(one.contains("step 400 had a lower loss but was not kept") && one.contains("0.071"),
           qPrintable(one));
  outcome.echoRefusals = {};
  window.trainingPanel()->onFinished(outcome);
  QVERIFY(!window.findChild<QLabel*>("labelStopReason")->text().contains("not kept"));
}

void WorkbenchTest::closingDuringTrainingAsks() {
  const QStringList before = storedModels();
  // "Keep training": the window stays open and the run goes on.
  QVERIFY(startLongTraining());
  answerCloseQuestion("btnCloseKeepTraining");
  QVERIFY(!m_window->close());
  QVERIFY(m_window->isVisible());
  QCOMPARE(m_window->jobState(), JobState::Running);

  // "Stop and keep": the run is cancelled, its best model saved, then the window closes.
  answerCloseQuestion("btnCloseStopAndKeep");
  QVERIFY(!m_window->close()); // not yet: it closes once the run has stopped
  QVERIFY(waitForJob(JobKind::Train, JobState::Cancelled, 60000));
  QTRY_VERIFY(!m_window->isVisible());
  const QStringList kept = storedModels();
  QCOMPARE(kept.size(), before.size() + 1);
  m_window->show();
  QVERIFY(QTest::qWaitForWindowExposed(m_window));

  // "Discard": the run is cancelled and its saved model deleted before the window closes. Model
  // names carry the start second, so the next run starts in a later second than the kept one.
  QTest::qWait(1000);
  QVERIFY(startLongTraining());
  answerCloseQuestion("btnCloseDiscard");
  QVERIFY(!m_window->close());
  QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 60000);
  QCOMPARE(storedModels(), kept);
  m_window->show();
  QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

} // namespace pgd

int main(int argc, char** argv) {
  // The tests close and reopen the window.
  return pgd::runWorkbenchTest<pgd::WorkbenchTest>(argc, argv, true);
}

#include "WorkbenchTest.moc"
