#include "MainWindow.h"

#include "DisplayControls.h"
#include "ImageViewer.h"
#include "JobWorker.h"
#include "LibraryVersions.h"
#include "StackMath.h"
#include "nn/TorchRuntime.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
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

} // namespace

MainWindow::MainWindow(const QString& modelRoot, QWidget* parent) : QMainWindow(parent) {
  setObjectName("mainWindow");
  setWindowTitle(tr("pgdenoise"));
  setAcceptDrops(true);
  registerWorkerTypes();

  m_viewer = new ImageViewer(this);
  m_viewer->setObjectName("viewerImage");
  m_controls = new DisplayControls(this);
  m_controls->setObjectName("displayControls");

  m_tabs = new QTabWidget(this);
  m_tabs->setObjectName("tabsMain");
  m_tabs->addTab(m_viewer, tr("Image"));

  auto* central = new QWidget(this);
  auto* centralLayout = new QVBoxLayout(central);
  centralLayout->setContentsMargins(2, 2, 2, 2);
  centralLayout->addWidget(m_tabs, 1);
  centralLayout->addWidget(m_controls);
  setCentralWidget(central);

  connect(m_controls, &DisplayControls::frameChanged, m_viewer, &ImageViewer::setFrame);
  connect(m_controls, &DisplayControls::frameChanged, this, [this] {
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
  file->addSeparator();
  file->addAction(m_cancelAction);
  file->addSeparator();
  file->addAction(m_quitAction);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->setObjectName("menuView");
  QAction* fit = view->addAction(tr("Zoom to &fit"));
  fit->setObjectName("actionZoomFit");
  fit->setShortcut(Qt::CTRL | Qt::Key_0);
  connect(fit, &QAction::triggered, m_viewer, &ImageViewer::zoomToFit);
  QAction* one = view->addAction(tr("Zoom &1:1"));
  one->setObjectName("actionZoomOneToOne");
  one->setShortcut(Qt::CTRL | Qt::Key_1);
  connect(one, &QAction::triggered, m_viewer, &ImageViewer::zoomOneToOne);

  QMenu* settings = menuBar()->addMenu(tr("&Settings"));
  settings->setObjectName("menuSettings");
  QMenu* language = settings->addMenu(tr("&Language"));
  language->setObjectName("menuLanguage");
  auto* group = new QActionGroup(this);
  const QString current = QSettings().value("language", "en").toString();
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

  QToolBar* tools = addToolBar(tr("Main"));
  tools->setObjectName("toolBarMain");
  tools->addAction(m_openAction);
  tools->addAction(m_sampleAction);
  tools->addAction(m_cancelAction);
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
  m_memoryLabel = new QLabel(this);
  m_memoryLabel->setObjectName("labelMemory");
  statusBar()->addWidget(m_pixelLabel, 1);
  statusBar()->addPermanentWidget(m_progress);
  statusBar()->addPermanentWidget(m_deviceLabel);
  statusBar()->addPermanentWidget(m_memoryLabel);

  m_deviceLabel->setText(TorchRuntime::cudaAvailable() ? tr("Device: GPU (CUDA)")
                                                       : tr("Device: CPU"));
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
}

void MainWindow::restoreSettings() {
  QSettings settings;
  restoreGeometry(settings.value("window/geometry").toByteArray());
  restoreState(settings.value("window/state").toByteArray());
  m_recentFiles = settings.value("recentFiles").toStringList();
  m_controls->setColorMap(
      colorMapFromId(settings.value("view/colorMap", "gray").toString().toLatin1().constData()));
  rebuildRecentMenu();
}

void MainWindow::saveSettings() const {
  QSettings settings;
  settings.setValue("window/geometry", saveGeometry());
  settings.setValue("window/state", saveState());
  settings.setValue("recentFiles", m_recentFiles);
  settings.setValue("view/colorMap", QString::fromLatin1(colorMapId(m_controls->colorMap())));
}

void MainWindow::closeEvent(QCloseEvent* event) {
  saveSettings();
  m_worker->requestCancel();
  event->accept();
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
  QSettings settings;
  const QString folder = settings.value("folders/open", QDir::homePath()).toString();
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open image or stack"), folder, tr("Images (*.tif *.tiff *.png);;All files (*)"));
  if (path.isEmpty())
    return;
  settings.setValue("folders/open", QFileInfo(path).absolutePath());
  openFile(path);
}

void MainWindow::openFiles(const QStringList& paths) {
  if (paths.isEmpty())
    return;
  openFile(paths.front());
  if (paths.size() > 1)
    statusBar()->showMessage(tr("Opened the first of %n files", "", int(paths.size())), 5000);
}

void MainWindow::openFile(const QString& path) {
  if (isBusy(m_state))
    return;
  const QString absolute = QFileInfo(path).absoluteFilePath();
  QMetaObject::invokeMethod(m_worker, [w = m_worker, absolute] { w->loadImage(absolute); });
}

void MainWindow::openSample() {
  if (isBusy(m_state))
    return;
  QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->loadSample(); });
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
  m_image = image;
  const ImageStack& s = *image.stack;
  m_viewer->setStack(image.stack);
  m_controls->setFrameCount(s.frames());
  m_controls->setFrame(0);
  applyAutoContrast();
  setWindowTitle(tr("%1 - pgdenoise").arg(image.label));
  if (!image.path.isEmpty())
    addRecentFile(image.path);
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

void MainWindow::applyAutoContrast() {
  const StackPtr& stack = m_viewer->stack();
  if (!stack)
    return;
  const int f = std::min(m_controls->frame(), stack->frames() - 1);
  m_controls->setDisplayRange(autoContrast(stack->frame(f), stack->frameSize()));
}

void MainWindow::onJobState(JobKind kind, JobState state) {
  m_kind = kind;
  m_state = state;
  m_progress->setVisible(isBusy(state));
  if (state == JobState::Running)
    m_progress->setValue(0);
  if (state == JobState::Cancelled)
    statusBar()->showMessage(tr("Cancelled"), 5000);
  updateActions();
  if (!isBusy(state))
    emit jobFinished(kind, state);
}

void MainWindow::onProgress(JobKind, const ProgressUpdate& update) {
  m_progress->setValue(static_cast<int>(update.fraction * 1000));
  m_progress->setFormat(QString::fromStdString(update.stage) + " %p%");
}

void MainWindow::onFailed(JobKind, const ErrorInfo& error) {
  statusBar()->showMessage(tr("Error: %1").arg(QString::fromStdString(error.message)));
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

void MainWindow::updateActions() {
  const bool busy = isBusy(m_state);
  m_openAction->setEnabled(!busy);
  m_sampleAction->setEnabled(!busy);
  m_recentMenu->setEnabled(!busy && !m_recentFiles.isEmpty());
  m_cancelAction->setEnabled(m_state == JobState::Running);
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
                 "<li><b>Open</b> a noisy image or stack (File &gt; Open, drag and drop, or "
                 "File &gt; Open sample).</li>"
                 "<li>Click <b>Train</b>. The default preset needs no tuning; watch the loss "
                 "curves. Training uses only the noisy data.</li>"
                 "<li>Click <b>Denoise</b>. The noise model a&middot;x + b is fitted per frame "
                 "and the posterior mean is computed.</li>"
                 "<li>Compare noisy and denoised side by side, check the noise-fit plots, then "
                 "<b>Export</b> the result (32-bit float TIFF keeps everything).</li>"
                 "</ol>"
                 "<p>Mouse wheel zooms, dragging pans, Left/Right step through frames.</p>"));
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
                              QString::fromLatin1(qVersion()),
                              QString::fromStdString(torchVersion()),
                              QString::fromStdString(itkVersion()), device));
}

void MainWindow::setLanguage(const QString& code) {
  QSettings().setValue("language", code);
  statusBar()->showMessage(tr("The language changes when pgdenoise is started again."), 8000);
}

} // namespace pgd
