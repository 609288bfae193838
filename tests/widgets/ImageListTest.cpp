// The workbench with many images, driven through its real widgets offscreen: `pgdenoise gui A B`
// opens both into the list of open images, the channel picker shows one channel's frames of a
// generated two-channel hyperstack, training takes the selected images (one channel of the
// hyperstack), batch denoise writes every selected file's outputs exactly as a single-image
// denoise computes them, and a cancel in the middle of a batch leaves no partial file. Any Qt
// warning fails the test.
#include "GuiApp.h"
#include "ImageListPanel.h"
#include "ImageViewer.h"
#include "JobWorker.h"
#include "MainWindow.h"
#include "WorkbenchChecks.h"
#include "WorkbenchFixtures.h"
#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "store/ModelStore.h"
#include "workflow/DenoisingJob.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace pgd {
namespace {

constexpr int kJobMs = 300000;

// Two channels x two slices, channel fastest; channel 0 near 300, channel 1 near 3000.
ImageStack makeTwoChannelStack() {
  ImageStack s(4, 64, 64);
  for (int f = 0; f < s.frames(); ++f)
    for (int y = 0; y < s.height(); ++y)
      for (int x = 0; x < s.width(); ++x)
        s.at(f, y, x) = float((f % 2 == 0 ? 300 : 3000) + f * 10 + (x + y) % 7);
  s.metadata().sourceType = PixelType::UInt16;
  s.metadata().geometry.channels = 2;
  s.metadata().geometry.slices = 2;
  return s;
}

// A larger stack, so that denoising it takes several progress reports.
ImageStack makeLargeStack() {
  const ImageStack small = makeStack();
  ImageStack s(12, 256, 256);
  for (int f = 0; f < s.frames(); ++f)
    for (int y = 0; y < s.height(); ++y)
      for (int x = 0; x < s.width(); ++x)
        s.at(f, y, x) = small.at(f % small.frames(), y % small.height(), x % small.width());
  s.metadata().sourceType = PixelType::UInt16;
  return s;
}

} // namespace

class ImageListTest : public QObject {
  Q_OBJECT
private slots:
  void initTestCase();
  void cleanup();
  void guiOpensEveryFileItIsGiven();
  void channelPickerSwitchesFrames();
  void trainsOnTheSelectedImagesAndOneChannel();
  void batchDenoisesEverySelectedImageAsSingleDenoiseDoes();
  void cancelMidBatchLeavesNoPartialFile();
  void closingAnEntryShowsTheNext();
  void cleanupTestCase();

private:
  QString write(const QString& name, const ImageStack& stack);
  void selectRows(const QList<int>& rows);

  QTemporaryDir m_dir;
  QString m_a, m_b, m_hyper;
  MainWindow* m_window = nullptr;
  QListWidget* m_list = nullptr;
  QComboBox* m_channel = nullptr;
};

QString ImageListTest::write(const QString& name, const ImageStack& stack) {
  const QString path = m_dir.filePath(name);
  writeImageStack(stack, path.toStdString());
  return path;
}

void ImageListTest::selectRows(const QList<int>& rows) {
  m_list->clearSelection();
  for (int row : rows)
    m_list->item(row)->setSelected(true);
}

void ImageListTest::initTestCase() {
  startRecordingQtWarnings();
  QVERIFY(m_dir.isValid());
  m_a = write("a.tif", makeStack());
  ImageStack b = makeStack();
  for (int f = 0; f < b.frames(); ++f)
    for (std::size_t i = 0; i < b.frameSize(); ++i)
      b.frame(f)[i] += 50.0f;
  m_b = write("b.tif", b);
  m_hyper = write("hyper.tif", makeTwoChannelStack());
  m_window = new MainWindow(m_dir.filePath("models"));
  m_window->resize(1300, 850);
  m_window->show();
  QVERIFY(QTest::qWaitForWindowExposed(m_window));
  m_list = m_window->findChild<QListWidget*>("listImages");
  m_channel = m_window->findChild<QComboBox*>("comboChannel");
  QVERIFY(m_list && m_channel);
}

void ImageListTest::cleanup() {
  const QString error = takeErrorBox(m_window);
  QVERIFY2(error.isEmpty(), qPrintable("unexpected error box: " + error));
  for (auto* box : m_window->findChildren<QMessageBox*>("dialogBatchSummary"))
    box->close();
  const QStringList messages = takeQtWarnings();
  QVERIFY2(messages.isEmpty(), qPrintable("unexpected Qt messages: " + messages.join(" | ")));
}

void ImageListTest::cleanupTestCase() {
  delete m_window;
}

void ImageListTest::guiOpensEveryFileItIsGiven() {
  // The path `pgdenoise gui a.tif b.tif` takes (GuiApp's runGuiApp calls it with its files).
  openStartupFiles(*m_window, {m_a.toStdString(), m_b.toStdString()});
  QVERIFY(waitForJob(m_window, JobKind::Load, JobState::Completed, kJobMs));
  QCOMPARE(m_window->imageList()->count(), 2);
  QCOMPARE(m_list->item(0)->toolTip(), QFileInfo(m_a).absoluteFilePath());
  QCOMPARE(m_list->item(1)->toolTip(), QFileInfo(m_b).absoluteFilePath());
  QVERIFY(m_list->item(0)->text().contains("128 x 128, 3 frame"));
  QVERIFY(!m_list->item(0)->icon().isNull());
  // The last one opened is on screen; choosing the first shows it in the viewer.
  QCOMPARE(m_window->currentImage()->frame(0)[0], readImageStack(m_b.toStdString()).frame(0)[0]);
  m_list->setCurrentRow(0);
  QCOMPARE(m_window->currentImage()->frame(0)[0], readImageStack(m_a.toStdString()).frame(0)[0]);
  auto* viewer = m_window->findChild<ImageViewer*>("viewerImage");
  QCOMPARE(viewer->stack(), m_window->currentImage());
  // Opening a file again replaces its entry instead of adding a second one.
  m_window->openFiles({m_a});
  QVERIFY(waitForJob(m_window, JobKind::Load, JobState::Completed, kJobMs));
  QCOMPARE(m_window->imageList()->count(), 2);
}

void ImageListTest::channelPickerSwitchesFrames() {
  m_window->openFiles({m_hyper});
  QVERIFY(waitForJob(m_window, JobKind::Load, JobState::Completed, kJobMs));
  QCOMPARE(m_window->imageList()->count(), 3);
  QVERIFY(m_channel->isEnabled());
  QCOMPARE(m_channel->count(), 3); // all channels, channel 1, channel 2
  QCOMPARE(m_window->currentImage()->frames(), 4);
  auto* viewer = m_window->findChild<ImageViewer*>("viewerImage");

  m_channel->setCurrentIndex(m_channel->findData(1));
  QCOMPARE(m_window->currentImage()->frames(), 2);
  QCOMPARE(viewer->stack(), m_window->currentImage());
  for (int f = 0; f < 2; ++f)
    QVERIFY(m_window->currentImage()->frame(f)[0] >= 3000.0f);

  m_channel->setCurrentIndex(m_channel->findData(0));
  QCOMPARE(m_window->currentImage()->frames(), 2);
  for (int f = 0; f < 2; ++f)
    QVERIFY(m_window->currentImage()->frame(f)[0] < 1000.0f);

  // A one-channel image has nothing to pick: the picker goes back to all frames.
  m_list->setCurrentRow(0);
  QVERIFY(!m_channel->isEnabled());
  QCOMPARE(m_window->currentImage()->frames(), 3);
  m_list->setCurrentRow(2);
  QCOMPARE(m_window->imageList()->channel(), -1);
  QCOMPARE(m_window->currentImage()->frames(), 4);
}

void ImageListTest::trainsOnTheSelectedImagesAndOneChannel() {
  // Train on a.tif and the hyperstack's second channel only: the model's data summary lists
  // both stacks, the hyperstack with its 2 frames of that channel.
  m_list->setCurrentRow(2);
  m_channel->setCurrentIndex(m_channel->findData(1));
  selectRows({0, 2});
  m_window->startTraining(tinyConfig(4));
  QVERIFY(waitForJob(m_window, JobKind::Train, JobState::Completed, kJobMs));
  QVERIFY(!m_window->modelName().isEmpty());
  const std::string summary =
      ModelStore::readInfo(
          QDir(m_dir.filePath("models")).filePath(m_window->modelName()).toStdString())
          .dataSummary;
  QVERIFY2(summary.find("3 frames 128x128") != std::string::npos, summary.c_str());
  QVERIFY2(summary.find("2 frames 64x64") != std::string::npos, summary.c_str());
  QVERIFY2(summary.find("4 frames") == std::string::npos, summary.c_str());
  m_channel->setCurrentIndex(m_channel->findData(-1));
}

void ImageListTest::batchDenoisesEverySelectedImageAsSingleDenoiseDoes() {
  QVERIFY(!m_window->modelName().isEmpty());
  selectRows({0, 1, 2});
  const QStringList inputs = m_window->selectedImagePaths();
  QCOMPARE(inputs.size(), 3);
  QTemporaryDir out;
  QSignalSpy progress(m_window->worker(), &JobWorker::progress);
  m_window->batchDenoise(inputs, out.path());
  QVERIFY(waitForJob(m_window, JobKind::BatchDenoise, JobState::Completed, kJobMs));
  QVERIFY(!progress.isEmpty());
  QVERIFY(m_window->findChild<QMessageBox*>("dialogBatchSummary"));

  const Model model = DenoisingJob::loadModel(m_window->modelName().toStdString(), "auto", "auto",
                                              m_dir.filePath("models").toStdString());
  const DenoisingJob single(model, DenoiseOptions{});
  for (const QString& input : inputs) {
    const QString stem = QFileInfo(input).completeBaseName();
    const QString denoised = QDir(out.path()).filePath(stem + "_denoised.tif");
    QVERIFY2(QFileInfo::exists(denoised), qPrintable(denoised));
    QVERIFY(QFileInfo::exists(QDir(out.path()).filePath(stem + "_noise.csv")));
    NullProgress none;
    const ImageStack expected = single.run(readImageStack(input.toStdString()), none).posterior;
    const ImageStack written = readImageStack(denoised.toStdString());
    QCOMPARE(written.frames(), expected.frames());
    QCOMPARE(written.size(), expected.size());
    for (int f = 0; f < expected.frames(); ++f)
      for (std::size_t i = 0; i < expected.frameSize(); ++i)
        QCOMPARE(written.frame(f)[i], expected.frame(f)[i]);
  }
  // The inputs are untouched and a second batch into the same folder replaces nothing.
  QSignalSpy finished(m_window->worker(), &JobWorker::batchFinished);
  m_window->batchDenoise({inputs.front()}, out.path());
  QVERIFY(waitForJob(m_window, JobKind::BatchDenoise, JobState::Completed, kJobMs));
  QCOMPARE(finished.size(), 1);
  const BatchOutcome outcome = finished.at(0).at(0).value<BatchOutcome>();
  QCOMPARE(outcome.failed.size(), 1);
  QVERIFY2(outcome.failed.front().contains("exists"), qPrintable(outcome.failed.front()));
  QCOMPARE(outcome.finishedInputs, 0);
}

void ImageListTest::cancelMidBatchLeavesNoPartialFile() {
  QVERIFY(!m_window->modelName().isEmpty());
  const QString large = write("large.tif", makeLargeStack());
  QTemporaryDir out;
  // Cancel once the second file reports progress: the first is written, the second not at all.
  bool cancelled = false;
  const auto connection = connect(m_window->worker(), &JobWorker::progress, this,
                                  [&](JobKind kind, const ProgressUpdate& update) {
                                    if (kind == JobKind::BatchDenoise && !cancelled &&
                                        QString::fromStdString(update.stage).startsWith("2/2")) {
                                      cancelled = true;
                                      m_window->findChild<QAction*>("actionCancel")->trigger();
                                    }
                                  });
  QSignalSpy finished(m_window->worker(), &JobWorker::batchFinished);
  m_window->batchDenoise({m_a, large}, out.path());
  QVERIFY(waitForJob(m_window, JobKind::BatchDenoise, JobState::Cancelled, kJobMs));
  disconnect(connection);
  QVERIFY(cancelled);
  QCOMPARE(finished.size(), 1);
  QVERIFY(finished.at(0).at(0).value<BatchOutcome>().cancelled);
  const QStringList files =
      QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
  QVERIFY2(files == QStringList({"a_denoised.tif", "a_noise.csv"}), qPrintable(files.join(" ")));
}

void ImageListTest::closingAnEntryShowsTheNext() {
  const int before = m_window->imageList()->count();
  m_list->setCurrentRow(0);
  const ImageStack second = readImageStack(m_b.toStdString());
  m_window->findChild<QPushButton*>("btnCloseImage")->click();
  QCOMPARE(m_window->imageList()->count(), before - 1);
  QCOMPARE(m_window->currentImage()->frame(0)[0], second.frame(0)[0]);
  while (m_window->imageList()->count() > 0)
    m_window->findChild<QPushButton*>("btnCloseImage")->click();
  QVERIFY(!m_window->currentImage());
}

} // namespace pgd

int main(int argc, char** argv) {
  return pgd::runWorkbenchTest<pgd::ImageListTest>(argc, argv);
}

#include "ImageListTest.moc"
