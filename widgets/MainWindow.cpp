#include "MainWindow.h"

#include "CompareView.h"
#include "CoreTexts.h"
#include "DisplayControls.h"
#include "FitVerdictBanner.h"
#include "ImageListPanel.h"
#include "ImageViewer.h"
#include "JobWorker.h"
#include "LineProfilePlot.h"
#include "ModelBrowser.h"
#include "NoiseFitPlot.h"
#include "TrainingPanel.h"
#include "display/LineProfile.h"
#include "display/ScaleBar.h"
#include "display/StackMath.h"
#include "display/ValueHistogram.h"
#include "image/StackCrop.h"
#include "job/Error.h"
#include "job/Versions.h"
#include "nn/Precision.h"
#include "nn/TorchRuntime.h"
#include "store/BuiltInModel.h"
#include "store/ModelName.h"
#include "train/TrainingConfig.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace pgd {
namespace {

constexpr int kMaxRecentFiles = 8;
constexpr int kMemoryIntervalMs = 2000;
constexpr int kHistogramBins = 256; // the contrast histogram beside Min and Max

} // namespace

MainWindow::MainWindow(const QString& modelRoot, QWidget* parent) : QMainWindow(parent) {
  setObjectName("mainWindow");
  setWindowTitle(tr("pgdenoise"));
  setAcceptDrops(true);
  registerWorkerTypes();

  m_viewer = new ImageViewer(this);
  m_viewer->setInfoVisible(true);
  m_viewer->setObjectName("viewerImage");
  m_controls = new DisplayControls(this);
  m_controls->setObjectName("displayControls");

  m_tabs = new QTabWidget(this);
  m_tabs->setObjectName("tabsMain");
  m_tabs->addTab(m_viewer, tr("Image"));
  m_compare = new CompareView(this);
  m_compare->setObjectName("viewCompare");
  m_tabs->addTab(m_compare, tr("Compare"));
  m_noisePlot = new NoiseFitPlot(this);
  m_noisePlot->setObjectName("viewNoiseFit");
  m_tabs->addTab(m_noisePlot, tr("Noise fit"));
  m_profilePlot = new LineProfilePlot(this);
  m_profilePlot->setObjectName("lineProfile");
  m_tabs->addTab(m_profilePlot, tr("Profile"));

  m_training = new TrainingPanel(this);
  m_training->setObjectName("panelTraining");
  m_models = new ModelBrowser(modelRoot, this);
  m_models->setObjectName("browserModels");
  m_trainingDock = new QDockWidget(tr("Training"), this);
  m_trainingDock->setObjectName("dockTraining");
  m_trainingDock->setWidget(m_training);
  addDockWidget(Qt::RightDockWidgetArea, m_trainingDock);
  m_modelDock = new QDockWidget(tr("Models"), this);
  m_modelDock->setObjectName("dockModels");
  m_modelDock->setWidget(m_models);
  addDockWidget(Qt::RightDockWidgetArea, m_modelDock);
  tabifyDockWidget(m_trainingDock, m_modelDock);
  m_trainingDock->raise();
  m_imageList = new ImageListPanel(this);
  m_imageList->setObjectName("panelImages");
  m_imagesDock = new QDockWidget(tr("Images"), this);
  m_imagesDock->setObjectName("dockImages");
  m_imagesDock->setWidget(m_imageList);
  addDockWidget(Qt::LeftDockWidgetArea, m_imagesDock);

  auto* central = new QWidget(this);
  auto* centralLayout = new QVBoxLayout(central);
  centralLayout->setContentsMargins(2, 2, 2, 2);
  centralLayout->addWidget(m_tabs, 1);
  centralLayout->addWidget(m_controls);
  setCentralWidget(central);

  connect(m_controls, &DisplayControls::frameChanged, m_viewer, &ImageViewer::setFrame);
  connect(m_controls, &DisplayControls::frameChanged, m_compare, &CompareView::setFrame);
  connect(m_controls, &DisplayControls::displayRangeChanged, m_compare,
          &CompareView::setDisplayRange);
  connect(m_controls, &DisplayControls::colorMapChanged, m_compare, &CompareView::setColorMap);
  connect(m_controls, &DisplayControls::zoomFitRequested, m_compare, &CompareView::zoomToFit);
  connect(m_controls, &DisplayControls::zoomOneToOneRequested, m_compare,
          &CompareView::zoomOneToOne);
  connect(m_compare, &CompareView::frameStepRequested, m_controls, &DisplayControls::stepFrame);
  connect(m_compare, &CompareView::pixelsHovered, this, &MainWindow::onComparePixelsHovered);
  connect(m_training, &TrainingPanel::trainRequested, this, &MainWindow::startTraining);
  connect(m_training, &TrainingPanel::cancelRequested, this, [this] { m_cancelAction->trigger(); });
  connect(m_models, &ModelBrowser::useModelRequested, this, &MainWindow::useModel);
  connect(m_models, &ModelBrowser::message, this,
          [this](const QString& text) { statusBar()->showMessage(text, 8000); });
  connect(m_models, &ModelBrowser::error, this, &MainWindow::showError);
  connect(m_noisePlot, &NoiseFitPlot::error, this, [this](const QString& text) {
    showError(tr("The typed levels could not be read."), text);
  });
  connect(m_noisePlot->verdictBanner(), &FitVerdictBanner::trainRequested, this,
          &MainWindow::trainOnCurrentImage);
  connect(m_noisePlot, &NoiseFitPlot::levelsRequested, this, [this](std::vector<double> levels) {
    queueJob(JobKind::NoisePlots, [levels](JobWorker* w) { w->computeNoisePlots(levels); });
  });
  for (ImageViewer* v : viewers())
    connect(v, &ImageViewer::selectionsDrawn, this, &MainWindow::onSelectionsDrawn);
  connect(m_controls, &DisplayControls::frameChanged, this, [this] {
    updateHistogram();
    updateProfile();
    if (m_controls->autoContrastEnabled())
      applyAutoContrast();
  });
  connect(m_controls, &DisplayControls::displayRangeChanged, m_viewer,
          &ImageViewer::setDisplayRange);
  connect(m_controls, &DisplayControls::colorMapChanged, m_viewer, &ImageViewer::setColorMap);
  connect(m_controls, &DisplayControls::autoContrastRequested, this,
          &MainWindow::applyAutoContrast);
  connect(m_controls, &DisplayControls::zoomFitRequested, m_viewer, &ImageViewer::zoomToFit);
  connect(m_controls, &DisplayControls::zoomOneToOneRequested, m_viewer,
          &ImageViewer::zoomOneToOne);
  connect(m_viewer, &ImageViewer::frameStepRequested, m_controls, &DisplayControls::stepFrame);
  connect(m_viewer, &ImageViewer::pixelHovered, this, &MainWindow::onPixelHovered);
  connect(m_viewer, &ImageViewer::filesDropped, this, &MainWindow::openFiles);
  connect(m_imageList, &ImageListPanel::currentImageChanged, this, &MainWindow::showImage);
  connect(m_imageList, &ImageListPanel::channelChanged, this,
          [this] { showImage(m_imageList->current()); });
  connect(m_imageList, &ImageListPanel::selectionChanged, this, &MainWindow::updateActions);

  createActions();
  createMenus();
  createStatusBar();

  m_worker = new JobWorker(modelRoot);
  m_worker->moveToThread(&m_thread);
  connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
  connectWorker();
  m_thread.setObjectName("pgdWorker");
  m_thread.start();

  restoreSettings();
  updateActions();
  const QString lastModel = QSettings().value("lastModel").toString();
  if (!lastModel.isEmpty()) {
    m_quietModelLoad = true; // a missing last model at start-up is not worth an error box
    queueJob(JobKind::Model, [lastModel](JobWorker* w) { w->loadModel(lastModel); });
  }
}

MainWindow::~MainWindow() {
  m_worker->requestCancel();
  m_thread.quit();
  m_thread.wait();
}

void MainWindow::createActions() {
  m_openAction = new QAction(tr("&Open..."), this);
  m_openAction->setObjectName("actionOpen");
  m_openAction->setShortcut(QKeySequence::Open);
  connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);

  m_sampleAction = new QAction(tr("Open &sample"), this);
  m_sampleAction->setObjectName("actionOpenSample");
  m_sampleAction->setToolTip(tr("A synthetic fluorescence stack with known noise"));
  connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSample);

  m_cancelAction = new QAction(tr("&Cancel job"), this);
  m_cancelAction->setObjectName("actionCancel");
  m_cancelAction->setShortcut(Qt::Key_Escape);
  connect(m_cancelAction, &QAction::triggered, this, [this] {
    m_worker->requestCancel();
    if (isBusy(m_state))
      onJobState(m_kind, JobState::Cancelling);
  });

  m_denoiseAction = new QAction(tr("&Denoise"), this);
  m_denoiseAction->setObjectName("actionDenoise");
  m_denoiseAction->setShortcut(Qt::CTRL | Qt::Key_D);
  m_denoiseAction->setToolTip(tr("Denoise the whole image or stack with the current model"));
  connect(m_denoiseAction, &QAction::triggered, this, &MainWindow::startDenoise);

  m_exportAction = new QAction(tr("&Export denoised..."), this);
  m_exportAction->setObjectName("actionExport");
  m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
  connect(m_exportAction, &QAction::triggered, this,
          [this] { showExportDialog(ExportKind::Denoised); });
  m_exportMuAction = new QAction(tr("Export network &mean (mu)..."), this);
  m_exportMuAction->setObjectName("actionExportMu");
  m_exportMuAction->setToolTip(tr("The network's prediction of each pixel from its neighbours; "
                                  "the noise fit compares it with the noisy image"));
  connect(m_exportMuAction, &QAction::triggered, this,
          [this] { showExportDialog(ExportKind::Mu); });
  m_exportUncertaintyAction = new QAction(tr("Export &uncertainty map..."), this);
  m_exportUncertaintyAction->setObjectName("actionExportUncertainty");
  m_exportUncertaintyAction->setToolTip(tr("The posterior standard deviation of every pixel"));
  connect(m_exportUncertaintyAction, &QAction::triggered, this,
          [this] { showExportDialog(ExportKind::Uncertainty); });

  m_batchSelectionAction = new QAction(tr("Denoise &selected images..."), this);
  m_batchSelectionAction->setObjectName("actionBatchDenoiseSelection");
  m_batchSelectionAction->setToolTip(
      tr("Denoise the images selected in the image list and write <name>_denoised.tif and "
         "<name>_noise.csv for each"));
  connect(m_batchSelectionAction, &QAction::triggered, this, &MainWindow::showBatchSelectionDialog);

  m_batchFolderAction = new QAction(tr("Denoise a &folder..."), this);
  m_batchFolderAction->setObjectName("actionBatchDenoiseFolder");
  m_batchFolderAction->setToolTip(tr("Denoise every image of a folder with the current model"));
  connect(m_batchFolderAction, &QAction::triggered, this, &MainWindow::showBatchFolderDialog);

  m_trainSettingsAction = new QAction(tr("Load training settings (JSON)..."), this);
  m_trainSettingsAction->setObjectName("actionLoadTrainingSettings");
  connect(m_trainSettingsAction, &QAction::triggered, this, &MainWindow::loadTrainingSettings);

  m_quitAction = new QAction(tr("&Quit"), this);
  m_quitAction->setObjectName("actionQuit");
  m_quitAction->setShortcut(QKeySequence::Quit);
  connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->setObjectName("menuFile");
  file->addAction(m_openAction);
  file->addAction(m_sampleAction);
  m_recentMenu = file->addMenu(tr("Open &recent"));
  m_recentMenu->setObjectName("menuRecent");
  file->addAction(m_exportAction);
  file->addAction(m_exportMuAction);
  file->addAction(m_exportUncertaintyAction);
  file->addSeparator();
  file->addAction(m_cancelAction);
  file->addSeparator();
  file->addAction(m_quitAction);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->setObjectName("menuView");
  QAction* fit = view->addAction(tr("Zoom to &fit"));
  fit->setObjectName("actionZoomFit");
  fit->setShortcut(Qt::CTRL | Qt::Key_0);
  // On the page shown: the Compare tab's two viewers zoom together.
  connect(fit, &QAction::triggered, this, [this] {
    if (m_tabs->currentWidget() == m_compare)
      m_compare->zoomToFit();
    else
      m_viewer->zoomToFit();
  });
  QAction* one = view->addAction(tr("Zoom &1:1"));
  one->setObjectName("actionZoomOneToOne");
  one->setShortcut(Qt::CTRL | Qt::Key_1);
  connect(one, &QAction::triggered, this, [this] {
    if (m_tabs->currentWidget() == m_compare)
      m_compare->zoomOneToOne();
    else
      m_viewer->zoomOneToOne();
  });
  // A dock closed with its title-bar button comes back from here.
  view->addSeparator();
  QAction* showTraining = m_trainingDock->toggleViewAction();
  showTraining->setObjectName("actionShowTraining");
  view->addAction(showTraining);
  QAction* showModels = m_modelDock->toggleViewAction();
  showModels->setObjectName("actionShowModels");
  view->addAction(showModels);
  QAction* showImages = m_imagesDock->toggleViewAction();
  showImages->setObjectName("actionShowImages");
  view->addAction(showImages);

  QMenu* process = menuBar()->addMenu(tr("&Process"));
  process->setObjectName("menuProcess");
  process->addAction(m_denoiseAction);
  process->addAction(m_batchSelectionAction);
  process->addAction(m_batchFolderAction);
  process->addAction(m_trainSettingsAction);

  QMenu* settings = menuBar()->addMenu(tr("&Settings"));
  settings->setObjectName("menuSettings");
  QMenu* language = settings->addMenu(tr("&Language"));
  language->setObjectName("menuLanguage");
  auto* group = new QActionGroup(this);
  // The language in use (GuiApp may have chosen it from --lang or the system locale).
  QString current = qApp->property("pgdLanguage").toString();
  if (current.isEmpty())
    current = QSettings().value("language", "en").toString();
  const std::pair<QString, QString> languages[] = {{"en", tr("English")}, {"de", tr("German")}};
  for (const auto& [code, label] : languages) {
    QAction* action = language->addAction(label);
    action->setObjectName("actionLanguage_" + code);
    action->setCheckable(true);
    action->setChecked(code == current);
    group->addAction(action);
    connect(action, &QAction::triggered, this, [this, c = code] { setLanguage(c); });
  }

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->setObjectName("menuHelp");
  QAction* howTo = help->addAction(tr("&How to use pgdenoise"));
  howTo->setObjectName("actionHowTo");
  howTo->setShortcut(QKeySequence::HelpContents);
  connect(howTo, &QAction::triggered, this, &MainWindow::showHowTo);
  QAction* about = help->addAction(tr("&About pgdenoise"));
  about->setObjectName("actionAbout");
  connect(about, &QAction::triggered, this, &MainWindow::showAbout);

  // Fiji's tools: what a left drag in the viewers does.
  view->addSeparator();
  auto* toolGroup = new QActionGroup(this);
  const std::tuple<ImageViewer::Tool, QString, QString, QString> viewerTools[] = {
      {ImageViewer::Tool::Pan, "actionToolPan", tr("&Pan"), tr("Drag to move the image")},
      {ImageViewer::Tool::Rectangle, "actionToolRectangle", tr("&Rectangle"),
       tr("Drag to select a rectangle (training can use it alone); Esc clears")},
      {ImageViewer::Tool::Line, "actionToolLine", tr("&Line"),
       tr("Drag to draw a line; the Profile tab plots the values along it; Esc clears")}};
  std::vector<QAction*> toolActions;
  for (const auto& [tool, objectName, label, tip] : viewerTools) {
    QAction* action = view->addAction(label);
    action->setObjectName(objectName);
    action->setToolTip(tip);
    action->setCheckable(true);
    action->setChecked(tool == ImageViewer::Tool::Pan);
    toolGroup->addAction(action);
    connect(action, &QAction::triggered, this, [this, t = tool] { setViewerTool(t); });
    toolActions.push_back(action);
  }

  QToolBar* tools = addToolBar(tr("Main"));
  tools->setObjectName("toolBarMain");
  tools->addAction(m_openAction);
  tools->addAction(m_sampleAction);
  tools->addSeparator();
  tools->addAction(m_denoiseAction);
  tools->addAction(m_exportAction);
  tools->addAction(m_cancelAction);
  tools->addSeparator();
  for (QAction* action : toolActions)
    tools->addAction(action);
}

std::array<ImageViewer*, 3> MainWindow::viewers() const {
  return {m_viewer, m_compare->noisyViewer(), m_compare->rightViewer()};
}

void MainWindow::setViewerTool(ImageViewer::Tool tool) {
  for (ImageViewer* v : viewers())
    v->setTool(tool);
}

void MainWindow::onSelectionsDrawn(QRect rect, QLineF line) {
  const bool newLine = line != m_lineSelection;
  m_rectSelection = rect;
  m_lineSelection = line;
  for (ImageViewer* v : viewers())
    v->setSelections(rect, line);
  m_training->setSelection(rect.isNull() ? QString()
                                         : tr("%1 x %2 pixels at (%3, %4)")
                                               .arg(rect.width())
                                               .arg(rect.height())
                                               .arg(rect.x())
                                               .arg(rect.y()));
  updateProfile();
  if (newLine && !line.isNull())
    m_tabs->setCurrentWidget(m_profilePlot);
}

void MainWindow::updateProfile() {
  const StackPtr& noisy = m_image.stack;
  if (!noisy || m_lineSelection.isNull()) {
    m_profilePlot->setProfiles({}, {}, {}, 1.0, QString());
    return;
  }
  // Viewer coordinates put pixel i's centre at i + 0.5; lineProfile puts it at i.
  const QLineF l = m_lineSelection.translated(-0.5, -0.5);
  const auto along = [&](const StackPtr& s) {
    if (!s || s->empty() || s->width() != noisy->width() || s->height() != noisy->height())
      return std::vector<ProfileSample>{};
    const int f = std::min(m_controls->frame(), s->frames() - 1);
    return lineProfile(s->frame(f), s->width(), s->height(), l.x1(), l.y1(), l.x2(), l.y2());
  };
  const StackGeometry g = noisy->geometry();
  const bool calibrated = isCalibrated(g);
  m_profilePlot->setProfiles(along(noisy), along(m_denoised.posterior), along(m_denoised.mu),
                             calibrated ? g.spacingX : 1.0,
                             calibrated ? QString::fromStdString(unitSymbol(g.unit)) : QString());
}

void MainWindow::createStatusBar() {
  m_pixelLabel = new QLabel(this);
  m_pixelLabel->setObjectName("labelPixel");
  m_pixelLabel->setMinimumWidth(260);
  m_progress = new QProgressBar(this);
  m_progress->setObjectName("progressJob");
  m_progress->setRange(0, 1000);
  m_progress->setMaximumWidth(260);
  m_progress->setVisible(false);
  m_deviceLabel = new QLabel(this);
  m_deviceLabel->setObjectName("labelDevice");
  m_precisionLabel = new QLabel(this);
  m_precisionLabel->setObjectName("labelPrecision");
  m_memoryLabel = new QLabel(this);
  m_memoryLabel->setObjectName("labelMemory");
  m_verdictLabel = new QLabel(this);
  m_verdictLabel->setObjectName("labelStatusFitVerdict");
  m_verdictLabel->setStyleSheet("QLabel { color: #b35900; }");
  m_verdictLabel->setVisible(false);
  statusBar()->addWidget(m_pixelLabel, 1);
  statusBar()->addPermanentWidget(m_verdictLabel);
  statusBar()->addPermanentWidget(m_progress);
  statusBar()->addPermanentWidget(m_deviceLabel);
  statusBar()->addPermanentWidget(m_precisionLabel);
  statusBar()->addPermanentWidget(m_memoryLabel);

  const QString device = TorchRuntime::cudaAvailable()
                             ? tr("GPU (CUDA)")
                             : tr("CPU, %n thread(s)", "", TorchRuntime::threads());
  m_deviceLabel->setText(tr("Device: %1").arg(device));
  // The jobs' own rules with "auto", as JobWorker runs them (models load with "auto").
  const std::string onDevice = TorchRuntime::resolveDevice("auto");
  m_precisionLabel->setText(
      tr("Denoising: %1, training: %2")
          .arg(QString::fromLatin1(toString(resolvePrecision("auto", onDevice))),
               QString::fromLatin1(toString(TrainingConfig().resolvedPrecision(onDevice)))));
  m_precisionLabel->setToolTip(
      onDevice == "cuda" ? tr("On the GPU the network computes in float32.")
      : cpuinfoHasNativeBFloat16(systemCpuinfo())
          ? tr("This CPU computes bfloat16 natively (AVX-512 BF16 or AMX), so the network runs "
               "in bfloat16: denoising about twice as fast, a training step about 1.5 times, "
               "with float32's quality (pgdenoise train or denoise --precision float32 chooses "
               "float32).")
          : tr("This CPU has no native bfloat16, so the network computes in float32."));
  m_training->setDevice(device);
  auto* timer = new QTimer(this);
  connect(timer, &QTimer::timeout, this, &MainWindow::updateMemory);
  timer->start(kMemoryIntervalMs);
  updateMemory();
}

void MainWindow::connectWorker() {
  connect(m_worker, &JobWorker::imageLoaded, this, &MainWindow::onImageLoaded);
  connect(m_worker, &JobWorker::jobStateChanged, this, &MainWindow::onJobState);
  connect(m_worker, &JobWorker::progress, this, &MainWindow::onProgress);
  connect(m_worker, &JobWorker::failed, this, &MainWindow::onFailed);
  connect(m_worker, &JobWorker::trainingFinished, this, &MainWindow::onTrainingFinished);
  connect(m_worker, &JobWorker::modelLoaded, this, &MainWindow::onModelLoaded);
  connect(m_worker, &JobWorker::denoised, this, &MainWindow::onDenoised);
  // Plots of a denoise whose image is no longer on screen are dropped (onDenoised).
  connect(m_worker, &JobWorker::noisePlotsReady, this, [this](const PlotDataPtr& data) {
    if (m_denoised.posterior)
      m_noisePlot->setData(data);
  });
  connect(m_worker, &JobWorker::batchFinished, this, &MainWindow::onBatchFinished);
  connect(m_worker, &JobWorker::exported, this, [this](const QString& path) {
    statusBar()->showMessage(tr("Saved %1").arg(path), 8000);
  });
  connect(m_worker, &JobWorker::modelDiscarded, this,
          [this](const QString& name, const QString& problem) {
            m_discardPending = false;
            m_models->refresh();
            if (!problem.isEmpty())
              statusBar()->showMessage(tr("Error: %1").arg(problem));
            else
              statusBar()->showMessage(tr("Discarded the model %1").arg(name), 8000);
            closeIfStopped();
          });
}

void MainWindow::restoreSettings() {
  QSettings settings;
  restoreGeometry(settings.value("window/geometry").toByteArray());
  restoreState(settings.value("window/state").toByteArray());
  m_recentFiles = settings.value("recentFiles").toStringList();
  m_controls->setColorMap(
      colorMapFromId(settings.value("view/colorMap", "gray").toString().toLatin1().constData()));
  rebuildRecentMenu();
  m_models->selectModel(settings.value("lastModel").toString());
}

void MainWindow::saveSettings() const {
  QSettings settings;
  settings.setValue("window/geometry", saveGeometry());
  settings.setValue("window/state", saveState());
  settings.setValue("recentFiles", m_recentFiles);
  settings.setValue("view/colorMap", QString::fromLatin1(colorMapId(m_controls->colorMap())));
  if (!m_modelName.isEmpty())
    settings.setValue("lastModel", m_modelName);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!confirmCloseWhileTraining()) {
    event->ignore();
    return;
  }
  saveSettings();
  m_worker->requestCancel();
  event->accept();
}

bool MainWindow::confirmCloseWhileTraining() {
  const bool training = m_kind == JobKind::Train && isBusy(m_state);
  if (!training)
    return true;
  if (m_closeAfter != CloseAfterTraining::No)
    return false; // already asked: the window closes when the run has stopped
  // Training saves the best model so far when it is cancelled (docs/ARCHITECTURE.md, "A
  // training run"): "stop" keeps that model, "discard" deletes it on the worker thread.
  QMessageBox box(QMessageBox::Question, tr("Training is running"),
                  tr("A model is being trained. What should happen to it?"), QMessageBox::NoButton,
                  this);
  box.setObjectName("dialogCloseWhileTraining");
  box.setInformativeText(tr("Stopping keeps the best model so far in the model browser."));
  QPushButton* stop = box.addButton(tr("Stop and keep the best model"), QMessageBox::AcceptRole);
  stop->setObjectName("btnCloseStopAndKeep");
  QPushButton* keep = box.addButton(tr("Keep training"), QMessageBox::RejectRole);
  keep->setObjectName("btnCloseKeepTraining");
  QPushButton* discard =
      box.addButton(tr("Discard the run and close"), QMessageBox::DestructiveRole);
  discard->setObjectName("btnCloseDiscard");
  box.setDefaultButton(stop);
  box.setEscapeButton(keep);
  box.exec();
  if (box.clickedButton() == stop)
    m_closeAfter = CloseAfterTraining::Keep;
  else if (box.clickedButton() == discard)
    m_closeAfter = CloseAfterTraining::Discard;
  else
    return false;
  if (!(m_kind == JobKind::Train && isBusy(m_state))) {
    // The run ended while the question was open: keep its model, or discard it now.
    if (m_closeAfter == CloseAfterTraining::Keep || m_lastRunModel.isEmpty()) {
      m_closeAfter = CloseAfterTraining::No;
      return true;
    }
    discardRun(m_lastRunModel);
    return false;
  }
  m_worker->requestCancel();
  if (m_state != JobState::Cancelling)
    onJobState(m_kind, JobState::Cancelling);
  statusBar()->showMessage(tr("Stopping the training; the window closes when it has stopped"));
  return false;
}

void MainWindow::discardRun(const QString& name) {
  // The user chose to close without this run: its saved model is deleted on the worker thread
  // (after the training job, before anything else), and it is nobody's last model.
  m_discardPending = true;
  if (m_modelName == name)
    m_modelName.clear();
  if (QSettings().value("lastModel").toString() == name)
    QSettings().remove("lastModel");
  QMetaObject::invokeMethod(m_worker, [w = m_worker, name] { w->discardModel(name); });
}

void MainWindow::closeIfStopped() {
  if (m_closeAfter == CloseAfterTraining::No || isBusy(m_state) || m_discardPending)
    return;
  m_closeAfter = CloseAfterTraining::No;
  // Queued: close from the event loop, not from inside the signal that ended the job.
  QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls())
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  QStringList files;
  for (const QUrl& url : event->mimeData()->urls())
    if (url.isLocalFile())
      files << url.toLocalFile();
  openFiles(files);
}

void MainWindow::showOpenDialog() {
  // "folders/open" is the folder of the last image opened by any route (onImageLoaded).
  const QString folder = QSettings().value("folders/open", QDir::homePath()).toString();
  const QStringList paths = QFileDialog::getOpenFileNames(
      this, tr("Open images or stacks"), folder, tr("Images (*.tif *.tiff *.png);;All files (*)"));
  openFiles(paths);
}

void MainWindow::openFiles(const QStringList& paths) {
  if (paths.isEmpty())
    return;
  QStringList absolute;
  for (const QString& path : paths)
    absolute << QFileInfo(path).absoluteFilePath();
  queueJob(JobKind::Load, [absolute](JobWorker* w) { w->loadImages(absolute); });
}

void MainWindow::openFile(const QString& path) {
  openFiles({path});
}

void MainWindow::openSample() {
  queueJob(JobKind::Load, [](JobWorker* w) { w->loadSample(); });
}

void MainWindow::addRecentFile(const QString& path) {
  m_recentFiles.removeAll(path);
  m_recentFiles.prepend(path);
  while (m_recentFiles.size() > kMaxRecentFiles)
    m_recentFiles.removeLast();
  QSettings().setValue("recentFiles", m_recentFiles);
  rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
  m_recentMenu->clear();
  for (const QString& path : m_recentFiles) {
    QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName());
    action->setToolTip(path);
    connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
  }
  m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
}

void MainWindow::onImageLoaded(const LoadedImage& image) {
  if (!image.path.isEmpty()) {
    addRecentFile(image.path);
    QSettings().setValue("folders/open", QFileInfo(image.path).absolutePath());
  }
  // The loss curves and status belonged to the previous image's run: a new image starts clean.
  m_training->reset();
  m_imageList->addImage(image); // makes it current, which shows it (showImage)
}

void MainWindow::showImage(const LoadedImage& image) {
  m_image = image;
  m_image.stack = ImageListPanel::channelView(image, m_imageList->channel());
  m_denoised = DenoiseOutcome{};
  m_noisePlot->setData(nullptr);
  m_noisePlot->setImageName(image.label);
  showFitVerdict({});
  m_viewer->setStack(m_image.stack);
  m_compare->setNoisy(m_image.stack);
  onSelectionsDrawn(QRect(), QLineF()); // a selection of the last image does not fit this one
  updateActions();
  if (!m_image.stack) {
    m_controls->setFrameCount(1);
    setWindowTitle(tr("pgdenoise"));
    return;
  }
  const ImageStack& s = *m_image.stack;
  m_controls->setFrameCount(s.frames());
  m_controls->setFrame(0);
  updateHistogram();
  applyAutoContrast();
  setWindowTitle(tr("%1 - pgdenoise").arg(image.label));
  QString info = tr("%1: %n frame(s) of %2 x %3, %4", "", s.frames())
                     .arg(image.label)
                     .arg(s.width())
                     .arg(s.height())
                     .arg(QString::fromLatin1(toString(s.metadata().sourceType)));
  for (const std::string& warning : s.metadata().warnings)
    info += " | " + QString::fromStdString(warning);
  statusBar()->showMessage(info, 8000);
  m_tabs->setCurrentIndex(0);
  emit imageShown();
}

void MainWindow::updateHistogram() {
  const StackPtr& stack = m_viewer->stack();
  if (!stack)
    return;
  const int f = std::min(m_controls->frame(), stack->frames() - 1);
  m_controls->setHistogram(valueHistogram(stack->frame(f), stack->frameSize(), kHistogramBins));
}

void MainWindow::applyAutoContrast() {
  const StackPtr& stack = m_viewer->stack();
  if (!stack)
    return;
  const int f = std::min(m_controls->frame(), stack->frames() - 1);
  m_controls->setDisplayRange(autoContrast(stack->frame(f), stack->frameSize()));
}

void MainWindow::onJobState(JobKind kind, JobState state) {
  // A missing last model at start-up is not worth an error line.
  if (kind == JobKind::Model && state == JobState::Failed && m_quietModelLoad)
    statusBar()->clearMessage();
  if (kind == JobKind::Model && !isBusy(state))
    m_quietModelLoad = false;
  m_kind = kind;
  m_state = state;
  m_progress->setVisible(isBusy(state));
  if (state == JobState::Running)
    m_progress->setValue(0);
  if (state == JobState::Cancelled)
    statusBar()->showMessage(tr("Cancelled"), 5000);
  updateActions();
  if (!isBusy(state)) {
    emit jobFinished(kind, state);
    closeIfStopped();
  }
}

void MainWindow::onProgress(JobKind kind, const ProgressUpdate& update) {
  if (kind == JobKind::Train)
    m_training->onProgress(update);
  m_progress->setValue(static_cast<int>(update.fraction * 1000));
  m_progress->setFormat(QString::fromStdString(update.stage) + " %p%");
}

void MainWindow::onFailed(JobKind kind, const ErrorInfo& error) {
  const QString text = QString::fromStdString(error.message);
  if (kind == JobKind::Model && m_quietModelLoad) {
    statusBar()->showMessage(tr("Error: %1").arg(text));
    return;
  }
  showError(failureHeadline(kind), text);
}

QString MainWindow::failureHeadline(JobKind kind) {
  switch (kind) {
  case JobKind::Load:
    return tr("The image could not be opened.");
  case JobKind::Train:
    return tr("Training failed.");
  case JobKind::Denoise:
    return tr("Denoising failed.");
  case JobKind::Export:
    return tr("The export failed.");
  case JobKind::Model:
    return tr("The model could not be loaded.");
  case JobKind::NoisePlots:
    return tr("The noise-fit plots could not be computed.");
  case JobKind::BatchDenoise:
    return tr("The batch denoise could not start.");
  }
  return {};
}

void MainWindow::showError(const QString& headline, const QString& coreDetail) {
  // Details are mostly core's English lines; known phrases read in the workbench's language.
  const QString detail = CoreTexts::errorDetail(coreDetail);
  statusBar()->showMessage(
      tr("Error: %1").arg(detail.isEmpty() ? headline : headline + " " + detail));
  if (m_errorBox && m_errorBox->isVisible()) { // one box: the newest error replaces the text
    m_errorBox->setText(headline);
    m_errorBox->setInformativeText(detail);
    return;
  }
  m_errorBox = new QMessageBox(QMessageBox::Warning, tr("pgdenoise: error"), headline,
                               QMessageBox::Ok, this);
  m_errorBox->setInformativeText(detail);
  m_errorBox->setObjectName("dialogError");
  m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
  m_errorBox->open();
}

void MainWindow::startTraining(const TrainingConfig& config) {
  if (isBusy(m_state) || !m_image.stack)
    return;
  // The selected images (one, several or all), each as the channel picker chooses.
  const std::vector<LoadedImage> images = m_imageList->selected();
  if (images.empty())
    return;
  std::vector<StackPtr> stacks;
  try {
    for (const LoadedImage& image : images)
      stacks.push_back(ImageListPanel::channelView(image, m_imageList->channel()));
  } catch (const std::exception& e) {
    showError(tr("Training failed."), QString::fromUtf8(e.what()));
    return;
  }
  const QString first = images.front().path;
  const QString stem =
      first.isEmpty() ? QStringLiteral("sample") : QFileInfo(first).completeBaseName();
  const QString name = QString::fromStdString(modelNameFrom(
      (stem + "-" + QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss")).toStdString()));
  // A rectangle drawn on the image shown, with "Train on the selection only": that part of it
  // alone (the rectangle belongs to this image, not to the other selected ones).
  if (m_training->selectionOnly() && !m_rectSelection.isNull()) {
    const QRect& r = m_rectSelection;
    try {
      stacks = {std::make_shared<ImageStack>(
          cropStack(*m_image.stack, {r.x(), r.y(), r.width(), r.height()}))};
    } catch (const std::exception& e) {
      showError(tr("Training could not start."), QString::fromUtf8(e.what()));
      return;
    }
  }
  m_training->clearCurves();
  m_lastRunModel.clear();
  queueJob(JobKind::Train, [stacks, config, name, base = m_training->startFromBase()](
                               JobWorker* w) { w->trainOn(stacks, config, name, base); });
}

void MainWindow::queueJob(JobKind kind, std::function<void(JobWorker*)> call) {
  if (isBusy(m_state))
    return; // one job at a time: a second click while one is queued or running does nothing
  m_worker->prepareJob();
  onJobState(kind, JobState::Scheduled);
  QMetaObject::invokeMethod(m_worker, [w = m_worker, call = std::move(call)] { call(w); });
}

void MainWindow::startDenoise() {
  if (isBusy(m_state) || !m_image.stack)
    return;
  m_denoiseSource = m_image.stack;
  queueJob(JobKind::Denoise,
           [s = m_image.stack, r = m_image.reference](JobWorker* w) { w->denoise(s, r); });
}

QStringList MainWindow::selectedImagePaths() const {
  QStringList paths;
  for (const LoadedImage& image : m_imageList->selected())
    if (!image.path.isEmpty())
      paths << image.path;
  return paths;
}

void MainWindow::batchDenoise(const QStringList& inputs, const QString& outputDir) {
  if (isBusy(m_state) || inputs.isEmpty() || m_modelName.isEmpty())
    return;
  queueJob(JobKind::BatchDenoise,
           [inputs, outputDir](JobWorker* w) { w->denoiseBatch(inputs, outputDir); });
}

bool MainWindow::askBatchOutputFolder(QString& outputDir) {
  QMessageBox box(QMessageBox::Question, tr("Batch denoise"),
                  tr("Where should the denoised images go?"), QMessageBox::Cancel, this);
  box.setObjectName("dialogBatchOutput");
  box.setInformativeText(tr("Each input gets <name>_denoised.tif and <name>_noise.csv; existing "
                            "files and the inputs are never replaced."));
  QPushButton* beside = box.addButton(tr("Next to the inputs"), QMessageBox::AcceptRole);
  QPushButton* folder = box.addButton(tr("Choose a folder..."), QMessageBox::ActionRole);
  box.setDefaultButton(beside);
  box.exec();
  if (box.clickedButton() == beside) {
    outputDir.clear();
    return true;
  }
  if (box.clickedButton() != folder)
    return false;
  QSettings settings;
  outputDir = QFileDialog::getExistingDirectory(
      this, tr("Folder for the denoised images"),
      settings.value("folders/export", settings.value("folders/open", QDir::homePath()))
          .toString());
  if (outputDir.isEmpty())
    return false;
  settings.setValue("folders/export", outputDir);
  return true;
}

void MainWindow::showBatchSelectionDialog() {
  const QStringList inputs = selectedImagePaths();
  if (inputs.isEmpty()) {
    showError(tr("Select opened image files in the image list first (the sample has no file)."));
    return;
  }
  QString outputDir;
  if (askBatchOutputFolder(outputDir))
    batchDenoise(inputs, outputDir);
}

void MainWindow::showBatchFolderDialog() {
  const QString folder = QFileDialog::getExistingDirectory(
      this, tr("Folder of images to denoise"),
      QSettings().value("folders/open", QDir::homePath()).toString());
  if (folder.isEmpty())
    return;
  QString outputDir;
  if (askBatchOutputFolder(outputDir))
    batchDenoise({folder}, outputDir);
}

void MainWindow::onBatchFinished(const BatchOutcome& outcome) {
  QString summary =
      outcome.cancelled
          ? tr("Batch denoise cancelled after %1 of %n image(s); nothing partial was written.", "",
               outcome.totalInputs)
                .arg(outcome.finishedInputs)
          : tr("Batch denoise finished: %1 of %n image(s) denoised.", "", outcome.totalInputs)
                .arg(outcome.finishedInputs);
  statusBar()->showMessage(summary, 10000);
  QString details;
  if (!outcome.written.isEmpty())
    details += tr("Written:") + "\n" + outcome.written.join("\n") + "\n";
  if (!outcome.failed.isEmpty())
    details += tr("Failed:") + "\n" + outcome.failed.join("\n") + "\n";
  if (m_batchBox)
    m_batchBox->close();
  m_batchBox =
      new QMessageBox(outcome.failed.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                      tr("Batch denoise"), summary, QMessageBox::Ok, this);
  m_batchBox->setObjectName("dialogBatchSummary");
  m_batchBox->setDetailedText(details);
  m_batchBox->setAttribute(Qt::WA_DeleteOnClose);
  m_batchBox->open();
}

void MainWindow::useModel(const QString& name) {
  if (isBusy(m_state) || name.isEmpty())
    return;
  queueJob(JobKind::Model, [name](JobWorker* w) { w->loadModel(name); });
}

void MainWindow::exportDenoised(const QString& path, bool sourceType) {
  exportResult(ExportKind::Denoised, path, sourceType);
}

StackPtr MainWindow::exportedStack(ExportKind kind) const {
  switch (kind) {
  case ExportKind::Mu:
    return m_denoised.mu;
  case ExportKind::Uncertainty:
    return m_denoised.uncertainty;
  default:
    return m_denoised.posterior;
  }
}

void MainWindow::exportResult(ExportKind kind, const QString& path, bool sourceType) {
  StackPtr stack = exportedStack(kind);
  if (isBusy(m_state) || !stack || stack->empty())
    return;
  QStringList inputs;
  if (!m_image.path.isEmpty())
    inputs << m_image.path;
  queueJob(JobKind::Export, [s = std::move(stack), path, sourceType, inputs](JobWorker* w) {
    w->exportStack(s, path, sourceType, inputs);
  });
}

void MainWindow::showExportDialog(ExportKind kind) {
  const StackPtr stack = exportedStack(kind);
  if (!stack || stack->empty())
    return;
  QSettings settings;
  const QString folder =
      settings.value("folders/export", settings.value("folders/open", QDir::homePath())).toString();
  const QString stem = m_image.path.isEmpty() ? QStringLiteral("sample")
                                              : QFileInfo(m_image.path).completeBaseName();
  const QString floatFilter = tr("32-bit float TIFF (*.tif)");
  const QString sourceFilter = tr("TIFF in the input's pixel type (*.tif)");
  QString chosen;
  // The same file names as `pgdenoise denoise` writes.
  const QString suffix = kind == ExportKind::Mu            ? QStringLiteral("_mu.tif")
                         : kind == ExportKind::Uncertainty ? QStringLiteral("_uncertainty.tif")
                                                           : QStringLiteral("_denoised.tif");
  const QString title = kind == ExportKind::Mu            ? tr("Export network mean (mu)")
                        : kind == ExportKind::Uncertainty ? tr("Export uncertainty map")
                                                          : tr("Export denoised stack");
  const QString path = QFileDialog::getSaveFileName(this, title, folder + "/" + stem + suffix,
                                                    floatFilter + ";;" + sourceFilter, &chosen);
  if (path.isEmpty())
    return;
  if (!m_image.path.isEmpty() &&
      QFileInfo(path).absoluteFilePath() == QFileInfo(m_image.path).absoluteFilePath()) {
    showError(tr("The export would overwrite the input image"));
    return;
  }
  settings.setValue("folders/export", QFileInfo(path).absolutePath());
  exportResult(kind, path, chosen == sourceFilter);
}

void MainWindow::loadTrainingSettings() {
  QSettings settings;
  const QString folder =
      settings.value("folders/settings", settings.value("folders/open", QDir::homePath()))
          .toString();
  const QString path = QFileDialog::getOpenFileName(this, tr("Load training settings"), folder,
                                                    tr("JSON (*.json);;All files (*)"));
  if (path.isEmpty())
    return;
  settings.setValue("folders/settings", QFileInfo(path).absolutePath());
  loadTrainingSettingsFrom(path);
}

void MainWindow::loadTrainingSettingsFrom(const QString& path) {
  // The command line's rules (TrainingConfig::fromFile), and the checks a run would make at its
  // start, so settings no run can use are refused now rather than at the next Train click.
  try {
    const TrainingConfig config = TrainingConfig::fromFile(path.toStdString());
    config.check();
    m_training->setCustomConfig(config);
    statusBar()->showMessage(tr("Loaded training settings from %1").arg(path), 8000);
  } catch (const std::exception& e) {
    showError(tr("The training settings could not be loaded."), QString::fromUtf8(e.what()));
  }
}

void MainWindow::onTrainingFinished(const TrainingOutcome& outcome) {
  m_training->onFinished(outcome);
  if (m_closeAfter == CloseAfterTraining::Discard) {
    discardRun(outcome.modelName);
    return;
  }
  m_lastRunModel = outcome.modelName;
  m_modelName = outcome.modelName;
  QSettings().setValue("lastModel", m_modelName);
  m_models->setCurrentModel(m_modelName);
  m_models->selectModel(m_modelName);
}

void MainWindow::onModelLoaded(const ModelInfo&, const QString& name) {
  m_modelName = name;
  QSettings().setValue("lastModel", name);
  m_models->setCurrentModel(name);
  statusBar()->showMessage(tr("Using model %1").arg(name), 8000);
  updateActions();
}

void MainWindow::onDenoised(const DenoiseOutcome& outcome) {
  if (m_denoiseSource != m_image.stack) { // another image (or channel) was chosen meanwhile
    statusBar()->showMessage(tr("Denoised an image that is no longer shown; denoise it again "
                                "to see it"),
                             10000);
    return;
  }
  m_denoised = outcome;
  m_compare->setDenoised(outcome.posterior, outcome.uncertainty);
  m_tabs->setCurrentWidget(m_compare);
  updateProfile();
  if (!outcome.fits.empty()) {
    const FrameFit& f = outcome.fits.front();
    const QString fit = tr("Denoised; frame 1 noise: a = %1, b = %2 (raw units), variance scale %3")
                            .arg(f.raw.a, 0, 'g', 4)
                            .arg(f.raw.b, 0, 'g', 4)
                            .arg(f.varianceScale, 0, 'f', 3);
    statusBar()->showMessage(
        outcome.builtInBase
            ? tr("%1; with the built-in base model and the per-image noise fit (train a model "
                 "on your images for the best results)")
                  .arg(fit)
            : fit,
        10000);
  }
  showFitVerdict(outcome.fits);
  updateActions();
}

void MainWindow::showFitVerdict(const std::vector<FrameFit>& fits) {
  FitVerdictBanner* banner = m_noisePlot->verdictBanner();
  banner->setFits(fits);
  m_verdictLabel->setText(banner->text());
  m_verdictLabel->setToolTip(banner->toolTip());
  m_verdictLabel->setVisible(!banner->text().isEmpty());
}

void MainWindow::trainOnCurrentImage() {
  if (isBusy(m_state) || !m_image.stack)
    return;
  m_trainingDock->raise();
  statusBar()->showMessage(tr("Training a model on this image"), 8000);
  startTraining(m_training->config());
}

void MainWindow::onPixelHovered(int x, int y, float value, bool inside) {
  if (!inside) {
    m_pixelLabel->clear();
    return;
  }
  m_pixelLabel->setText(tr("x %1, y %2, frame %3: %4")
                            .arg(x)
                            .arg(y)
                            .arg(m_controls->frame() + 1)
                            .arg(double(value), 0, 'g', 6));
}

void MainWindow::onComparePixelsHovered(int x, int y, float noisy, float right, bool hasRight,
                                        bool inside) {
  if (!hasRight) {
    onPixelHovered(x, y, noisy, inside);
    return;
  }
  m_pixelLabel->setText(tr("x %1, y %2, frame %3: noisy %4, %5 %6")
                            .arg(x)
                            .arg(y)
                            .arg(m_controls->frame() + 1)
                            .arg(double(noisy), 0, 'g', 6)
                            .arg(m_compare->rightValueName())
                            .arg(double(right), 0, 'g', 6));
}

void MainWindow::updateActions() {
  const bool busy = isBusy(m_state);
  m_openAction->setEnabled(!busy);
  m_sampleAction->setEnabled(!busy);
  m_recentMenu->setEnabled(!busy && !m_recentFiles.isEmpty());
  m_cancelAction->setEnabled(m_state == JobState::Running || m_state == JobState::Scheduled);
  // Without a trained model Denoise uses the built-in base model (store/BuiltInModel.h).
  m_denoiseAction->setEnabled(!busy && m_image.stack &&
                              (!m_modelName.isEmpty() || builtInBaseFolder().has_value()));
  m_batchSelectionAction->setEnabled(!busy && !m_modelName.isEmpty() &&
                                     !selectedImagePaths().isEmpty());
  m_batchFolderAction->setEnabled(!busy && !m_modelName.isEmpty());
  m_exportAction->setEnabled(!busy && m_denoised.posterior);
  m_exportMuAction->setEnabled(!busy && m_denoised.mu && !m_denoised.mu->empty());
  m_exportUncertaintyAction->setEnabled(!busy && m_denoised.uncertainty &&
                                        !m_denoised.uncertainty->empty());
  m_trainSettingsAction->setEnabled(!busy);
  m_training->setJobState(m_state, m_kind == JobKind::Train, static_cast<bool>(m_image.stack));
  m_models->setBusy(busy);
  m_noisePlot->setBusy(busy);
  m_imageList->setBusy(busy);
}

void MainWindow::updateMemory() {
  const double mib = double(residentMemoryBytes()) / (1024.0 * 1024.0);
  m_memoryLabel->setText(tr("Memory: %1 MiB").arg(mib, 0, 'f', 0));
}

void MainWindow::showHowTo() {
  QMessageBox box(this);
  box.setObjectName("dialogHowTo");
  box.setWindowTitle(tr("How to use pgdenoise"));
  box.setTextFormat(Qt::RichText);
  box.setText(tr("<ol>"
                 "<li><b>Open</b> noisy images or stacks (File &gt; Open, drag and drop, or "
                 "File &gt; Open sample). They are listed in the Images panel; pick a channel "
                 "there for multi-channel files.</li>"
                 "<li>Click <b>Train</b>. The default preset needs no tuning; watch the loss "
                 "curves. Training uses only the noisy data of the selected images (or of a "
                 "rectangle drawn with the Rectangle tool).</li>"
                 "<li>Click <b>Denoise</b>. The noise model a&middot;x + b is fitted per frame "
                 "and the posterior mean is computed. Process &gt; Denoise selected images or a "
                 "folder does many files at once.</li>"
                 "<li>Compare noisy and denoised side by side, check the noise-fit plots and "
                 "line profiles (Line tool), then <b>Export</b> the result (32-bit float TIFF "
                 "keeps everything).</li>"
                 "</ol>"
                 "<p>Mouse wheel or +/- zooms, dragging pans, Left/Right step through frames, "
                 "Esc clears a selection. More in docs/WORKBENCH.md.</p>"));
  box.exec();
}

void MainWindow::showAbout() {
  const QString device = TorchRuntime::cudaAvailable() ? tr("GPU (CUDA)") : tr("CPU");
  QMessageBox::about(this, tr("About pgdenoise"),
                     tr("<h3>pgdenoise %1</h3>"
                        "<p>Self-supervised Poisson-Gaussian denoising for fluorescence "
                        "microscopy, after Khademi et al., WACV 2021.</p>"
                        "<p>Qt %2<br>LibTorch %3<br>ITK %4<br>Device: %5</p>")
                         .arg(QCoreApplication::applicationVersion(),
                              QString::fromLatin1(qVersion()), QString::fromLatin1(torchVersion()),
                              QString::fromLatin1(itkVersion()), device));
}

void MainWindow::setLanguage(const QString& code) {
  QSettings().setValue("language", code);
  statusBar()->showMessage(tr("The language changes when pgdenoise is started again."), 8000);
}

} // namespace pgd
