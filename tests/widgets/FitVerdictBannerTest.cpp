// The noise fit's quality verdict in the workbench (offscreen, real widgets): a tiny model
// trained on a generated 8-bit image denoises a 16-bit image with another noise level; the Noise
// fit tab's banner and the status bar name the reasons, the banner offers to train on the new
// image, and its button trains a model that no longer finds the image unlike its training
// data. The reasons read in German with the German translation. Any Qt warning fails the test.
#include "FitVerdictBanner.h"
#include "GuiApp.h"
#include "MainWindow.h"
#include "NoiseFitPlot.h"
#include "TrainingPanel.h"
#include "WorkbenchChecks.h"
#include "WorkbenchFixtures.h"
#include "image/StackWriter.h"
#include "noise/NoiseFitter.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <cmath>
#include <random>

namespace pgd {
namespace {

// One 128x128 8-bit frame of smooth shapes with Gaussian noise of std 5.
ImageStack makeEightBitImage() {
  ImageStack s(1, 128, 128);
  std::mt19937 rng(11);
  std::normal_distribution<double> noise(0.0, 5.0);
  for (int y = 0; y < s.height(); ++y)
    for (int x = 0; x < s.width(); ++x) {
      const double clean =
          60.0 + 80.0 * std::exp(-((x - 50.0) * (x - 50.0) + (y - 70.0) * (y - 70.0)) / 400.0);
      s.at(0, y, x) = float(std::clamp(std::round(clean + noise(rng)), 0.0, 255.0));
    }
  s.metadata().sourceType = PixelType::UInt8;
  return s;
}

} // namespace

class FitVerdictBannerTest : public QObject {
  Q_OBJECT
private slots:
  void initTestCase();
  void cleanup();
  void bannerNamesReasonsAndOffersTrainingOnTheImage();
  void reasonsAreTranslatedToGerman();
  void cleanupTestCase();

private:
  bool openAndWait(const QString& path);

  QTemporaryDir m_dir;
  MainWindow* m_window = nullptr;
};

void FitVerdictBannerTest::initTestCase() {
  startRecordingQtWarnings();
  QVERIFY(m_dir.isValid());
  WriteOptions inType; // uint8 and uint16 on disk: the pixel types the check compares
  inType.pixelType = OutputPixelType::Source;
  writeImageStack(makeEightBitImage(), m_dir.filePath("eight.tif").toStdString(), inType);
  writeImageStack(makeStack(), m_dir.filePath("sixteen.tif").toStdString(), inType);
  m_window = new MainWindow(m_dir.filePath("models"));
  m_window->resize(1300, 850);
  m_window->show();
  QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void FitVerdictBannerTest::cleanup() {
  const QString error = takeErrorBox(m_window);
  QVERIFY2(error.isEmpty(), qPrintable("unexpected error box: " + error));
  const QStringList messages = takeQtWarnings();
  QVERIFY2(messages.isEmpty(), qPrintable("unexpected Qt messages: " + messages.join(" | ")));
}

void FitVerdictBannerTest::cleanupTestCase() {
  delete m_window;
}

bool FitVerdictBannerTest::openAndWait(const QString& path) {
  m_window->openFile(path);
  return waitForJob(m_window, JobKind::Load, JobState::Completed, 20000);
}

void FitVerdictBannerTest::bannerNamesReasonsAndOffersTrainingOnTheImage() {
  FitVerdictBanner* banner = m_window->noiseFitPlot()->verdictBanner();
  auto* status = m_window->findChild<QLabel*>("labelStatusFitVerdict");
  auto* train = m_window->findChild<QPushButton*>("buttonTrainOnImage");
  QVERIFY(banner && status && train);
  QVERIFY(banner->isHidden());

  QVERIFY(openAndWait(m_dir.filePath("eight.tif")));
  m_window->trainingPanel()->setCustomConfig(tinyConfig(4));
  QTest::mouseClick(m_window->findChild<QPushButton*>("btnTrain"), Qt::LeftButton);
  QVERIFY(waitForJob(m_window, JobKind::Train, JobState::Completed, 120000));

  QVERIFY(openAndWait(m_dir.filePath("sixteen.tif")));
  m_window->startDenoise();
  QVERIFY(waitForJob(m_window, JobKind::Denoise, JobState::Completed, 120000));
  m_window->tabs()->setCurrentWidget(m_window->noiseFitPlot());
  QVERIFY(banner->isVisible());
  QVERIFY2(banner->text().contains("image unlike the training data"), qPrintable(banner->text()));
  QVERIFY2(banner->text().contains("model undertrained"), qPrintable(banner->text()));
  QVERIFY2(banner->text().contains("3 of 3 frame"), qPrintable(banner->text()));
  QVERIFY(banner->toolTip().contains("pixel type uint16, the model was trained on uint8"));
  QVERIFY(status->isVisible());
  QCOMPARE(status->text(), banner->text());
  QVERIFY(train->isVisible());
  QVERIFY(banner->offersTraining());

  // The offer trains on the 16-bit image on screen; denoised with that model, the image is like
  // its training data (the 4 steps still leave it undertrained): no offer any more.
  QTest::mouseClick(train, Qt::LeftButton);
  QVERIFY(waitForJob(m_window, JobKind::Train, JobState::Completed, 120000));
  m_window->startDenoise();
  QVERIFY(waitForJob(m_window, JobKind::Denoise, JobState::Completed, 120000));
  m_window->tabs()->setCurrentWidget(m_window->noiseFitPlot());
  QVERIFY(banner->isVisible());
  QVERIFY2(!banner->text().contains("unlike"), qPrintable(banner->text()));
  QVERIFY(banner->text().contains("model undertrained"));
  QVERIFY(!train->isVisible());

  // Another image clears the verdict of the last run.
  QVERIFY(openAndWait(m_dir.filePath("eight.tif")));
  QVERIFY(banner->isHidden());
  QVERIFY(status->isHidden());
}

void FitVerdictBannerTest::reasonsAreTranslatedToGerman() {
  // Every flag the core can raise has a reason text of its own, in English and in German.
  QStringList flags;
  for (const std::string& name : noiseFitFlagNames())
    flags << QString::fromStdString(name);
  QVERIFY(flags.contains("correlated-noise"));
  QStringList english;
  for (const QString& flag : flags) {
    english << FitVerdictBanner::reasonText(flag);
    QVERIFY2(english.back() != flag, qPrintable("no reason text for " + flag));
  }
  installTranslators("de");
  for (int i = 0; i < flags.size(); ++i) {
    const QString german = FitVerdictBanner::reasonText(flags[i]);
    QVERIFY2(!german.isEmpty() && german != english[i], qPrintable(flags[i] + ": " + german));
  }
  FitVerdictBanner banner;
  QVERIFY(banner.trainButton()->text() != "Train on this image");
  for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
    QCoreApplication::removeTranslator(t);
    delete t;
  }
}

} // namespace pgd

int main(int argc, char** argv) {
  return pgd::runWorkbenchTest<pgd::FitVerdictBannerTest>(argc, argv);
}

#include "FitVerdictBannerTest.moc"
