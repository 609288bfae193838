#pragma once
// MainWindow: the workbench. Owns the JobWorker thread, the shared display state (frame,
// contrast, colour map) and the pages: image viewer, compare view, noise-fit plots; docks for the
// training panel and the model browser. Job state (JobState) drives which actions are enabled.
// GUI thread only.
#include "ImageViewer.h"
#include "WorkerTypes.h"
#include "train/TrainingConfig.h"

#include <QLineF>
#include <QMainWindow>
#include <QPointer>
#include <QRect>
#include <QStringList>
#include <QThread>

#include <array>
#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QMessageBox;
class QProgressBar;
class QTabWidget;

namespace pgd {

class CompareView;
class DisplayControls;
class ImageListPanel;
class JobWorker;
class ModelBrowser;
class NoiseFitPlot;
class LineProfilePlot;
class TrainingPanel;

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  // `modelRoot`: the model store folder (empty: ModelStore::defaultRoot()).
  explicit MainWindow(const QString& modelRoot = {}, QWidget* parent = nullptr);
  ~MainWindow() override;

  // Starts loading `path` (an image file, or a folder: all its images) on the worker, as
  // openFiles({path}); the result arrives asynchronously (imageShown()). A file that cannot be
  // read leaves the image on screen and shows an error.
  void openFile(const QString& path);
  // Opens every file of `paths` (folders: all their images) into the list of open images; the
  // last one opened is shown. `pgdenoise gui A B ...`, File > Open and drag-and-drop come here.
  void openFiles(const QStringList& paths);
  // Reads training settings from the JSON file `path` and selects them in the training panel
  // (what "Load training settings" does after its file dialog); settings that cannot be read or
  // that no run could use show an error and leave the panel's settings as they were.
  void loadTrainingSettingsFrom(const QString& path);
  void openSample();
  // Starts training / denoising / exporting the denoised stack (no-ops while a job runs).
  void startTraining(const TrainingConfig& config);
  void startDenoise();
  // Denoises the image files `inputs` (folders: their images) with the current model into
  // `outputDir` (empty: next to each input), as `pgdenoise denoise` names and writes outputs; one
  // progress bar over all files, Cancel stops between tiles, a summary box at the end.
  void batchDenoise(const QStringList& inputs, const QString& outputDir);
  // The file paths of the selected open images (the generated sample has none).
  QStringList selectedImagePaths() const;
  // The worker object (it lives on the worker thread; tests queue work on it).
  JobWorker* worker() const { return m_worker; }
  // What a denoising run gives that can be exported: the posterior mean, the network's mean mu
  // (the pseudo-clean image the noise fit uses) and the posterior standard deviation.
  enum class ExportKind { Denoised, Mu, Uncertainty };
  void exportDenoised(const QString& path, bool sourceType);
  // Writes that part of the last denoising run to `path` (never over the input image).
  void exportResult(ExportKind kind, const QString& path, bool sourceType);
  void useModel(const QString& name);

  // The noisy image on screen (null before the first load) and the current job state.
  const StackPtr& currentImage() const { return m_image.stack; }
  JobState jobState() const { return m_state; }
  const StackPtr& denoisedImage() const { return m_denoised.posterior; }
  // The name of the model the worker holds (empty: none).
  const QString& modelName() const { return m_modelName; }
  TrainingPanel* trainingPanel() const { return m_training; }
  ImageListPanel* imageList() const { return m_imageList; }
  ModelBrowser* modelBrowser() const { return m_models; }
  NoiseFitPlot* noiseFitPlot() const { return m_noisePlot; }
  CompareView* compareView() const { return m_compare; }
  QTabWidget* tabs() const { return m_tabs; }

signals:
  // A new image is on screen.
  void imageShown();
  // A job ended (Completed, Cancelled or Failed).
  void jobFinished(pgd::JobKind kind, pgd::JobState state);

protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

private:
  void createActions();
  void createMenus();
  void createStatusBar();
  void connectWorker();
  void restoreSettings();
  void saveSettings() const;

  void showOpenDialog();
  void addRecentFile(const QString& path);
  void rebuildRecentMenu();
  void onImageLoaded(const LoadedImage& image);
  // Shows `image` (as the channel picker chooses) in the viewers; a null stack clears them.
  void showImage(const LoadedImage& image);
  void onBatchFinished(const BatchOutcome& outcome);
  // Asks where a batch writes (next to the inputs or a chosen folder); false when cancelled.
  bool askBatchOutputFolder(QString& outputDir);
  void showBatchSelectionDialog();
  void showBatchFolderDialog();
  void onJobState(JobKind kind, JobState state);
  // Queues `call` on the worker thread as job `kind` unless a job is queued or running: the state
  // turns Scheduled at once, so a fast second click queues nothing.
  void queueJob(JobKind kind, std::function<void(JobWorker*)> call);
  void onProgress(JobKind kind, const ProgressUpdate& update);
  void onFailed(JobKind kind, const ErrorInfo& error);
  // Shows an error in the status bar and in a window-modal message box ("dialogError") that does
  // not block the caller (QMessageBox::open()): `headline` (translated: what failed) as the text,
  // `detail` (the core's one line, as the command line prints it) as the informative text. A
  // second error replaces the first's text.
  void showError(const QString& headline, const QString& detail = {});
  // What failed, for the error box of a failed job (translated).
  static QString failureHeadline(JobKind kind);
  // Asks what to do with a training job that is queued or running when the window closes
  // ("dialogCloseWhileTraining"); true when the window may close now.
  bool confirmCloseWhileTraining();
  // After a close that waits for training to stop: closes once the job ended (and the discarded
  // model is gone).
  void closeIfStopped();
  // Deletes the model a discarded run saved (on the worker thread) and forgets its name.
  void discardRun(const QString& name);
  void onPixelHovered(int x, int y, float value, bool inside);
  void onComparePixelsHovered(int x, int y, float noisy, float right, bool hasRight, bool inside);
  void applyAutoContrast();
  // A viewer's selections become everyone's: the other viewers, the profile and training.
  void onSelectionsDrawn(QRect rect, QLineF line);
  // The line profile of the frame shown from the line selection (empty without one).
  void updateProfile();
  void setViewerTool(ImageViewer::Tool tool);
  // Every viewer that shows the image: the Image tab's and the Compare tab's two.
  std::array<ImageViewer*, 3> viewers() const;
  // The contrast histogram of the frame shown.
  void updateHistogram();
  void updateActions();
  void updateMemory();
  void onTrainingFinished(const TrainingOutcome& outcome);
  void onModelLoaded(const ModelInfo& info, const QString& name);
  void onDenoised(const DenoiseOutcome& outcome);
  // The fits' quality verdict in the noise-fit tab's banner and the status bar (empty: none).
  void showFitVerdict(const std::vector<FrameFit>& fits);
  // The banner's offer: trains a model on the image on screen with the panel's settings.
  void trainOnCurrentImage();
  void showExportDialog(ExportKind kind);
  // The stack of the last denoising run that `kind` exports (null when there is none).
  StackPtr exportedStack(ExportKind kind) const;
  void loadTrainingSettings();
  void showHowTo();
  void showAbout();
  void setLanguage(const QString& code);

  QThread m_thread;
  JobWorker* m_worker = nullptr;
  LoadedImage m_image; // the image on screen, its stack as the channel picker shows it
  DenoiseOutcome m_denoised;
  StackPtr m_denoiseSource; // the stack the last denoise was started on
  QString m_modelName;
  // A close chosen during training: wait for the run to stop, keep or discard its model, close.
  enum class CloseAfterTraining { No, Keep, Discard };
  CloseAfterTraining m_closeAfter = CloseAfterTraining::No;
  bool m_discardPending = false; // discardModel() queued, modelDiscarded not yet back
  QString m_lastRunModel;        // the model the last training run saved
  bool m_quietModelLoad = false; // the start-up load of the last model: no error box
  JobState m_state = JobState::Idle;
  JobKind m_kind = JobKind::Load;

  QTabWidget* m_tabs = nullptr;
  ImageViewer* m_viewer = nullptr;
  DisplayControls* m_controls = nullptr;
  CompareView* m_compare = nullptr;
  NoiseFitPlot* m_noisePlot = nullptr;
  LineProfilePlot* m_profilePlot = nullptr;
  // The selections drawn in any viewer, shown in all of them (ImageViewer).
  QRect m_rectSelection;
  QLineF m_lineSelection;
  TrainingPanel* m_training = nullptr;
  ModelBrowser* m_models = nullptr;
  ImageListPanel* m_imageList = nullptr;
  QDockWidget* m_imagesDock = nullptr;
  QDockWidget* m_trainingDock = nullptr;
  QDockWidget* m_modelDock = nullptr;

  QAction* m_openAction = nullptr;
  QAction* m_sampleAction = nullptr;
  QAction* m_cancelAction = nullptr;
  QAction* m_denoiseAction = nullptr;
  QAction* m_exportAction = nullptr;
  QAction* m_batchSelectionAction = nullptr;
  QAction* m_batchFolderAction = nullptr;
  QAction* m_exportMuAction = nullptr;
  QAction* m_exportUncertaintyAction = nullptr;
  QAction* m_trainSettingsAction = nullptr;
  QAction* m_quitAction = nullptr;
  QMenu* m_recentMenu = nullptr;
  QStringList m_recentFiles;

  QLabel* m_pixelLabel = nullptr;
  QLabel* m_deviceLabel = nullptr;
  QLabel* m_precisionLabel = nullptr; // what the network computes in (nn/Precision.h)
  QLabel* m_memoryLabel = nullptr;
  QLabel* m_verdictLabel = nullptr; // the last denoising run's fit verdict, while not ok
  QProgressBar* m_progress = nullptr;
  QPointer<QMessageBox> m_errorBox; // the open error box, if any
  QPointer<QMessageBox> m_batchBox; // the open batch summary, if any
};

} // namespace pgd
