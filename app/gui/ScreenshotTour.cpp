#include "ScreenshotTour.h"

#include "CompareView.h"
#include "ImageListPanel.h"
#include "ImageViewer.h"
#include "MainWindow.h"
#include "TrainingPanel.h"
#include "image/StackWriter.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QListWidget>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace pgd {
namespace {

constexpr int kSettleMs = 600;

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow& window, QString folder, long trainingSteps,
                               QStringList files)
    : QObject(&window), m_window(window), m_folder(std::move(folder)), m_steps(trainingSteps),
      m_startFiles(std::move(files)) {
  connect(&m_window, &MainWindow::jobFinished, this, [this](JobKind, JobState state) {
    if (state == JobState::Failed)
      m_ok = false;
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
  });
}

void ScreenshotTour::start() {
  QDir().mkpath(m_folder);
  if (m_startFiles.isEmpty())
    m_window.openSample();
  else
    m_window.openFiles(m_startFiles);
}

void ScreenshotTour::shoot(const QString& name) {
  const QString path = QDir(m_folder).filePath(name + ".png");
  // Settle pending layout requests first (a label's new text resizes it only then), so the
  // picture is what a person would see a moment later.
  QCoreApplication::processEvents();
  const bool ok = m_window.grab().save(path);
  std::printf("%s %s\n", ok ? "saved" : "cannot write", qPrintable(path));
  m_ok = m_ok && ok;
}

void ScreenshotTour::openTwoFiles() {
  // The sample's noisy stack as a file, and a two-channel hyperstack of noisy and denoised
  // frames, so the list shows files, sizes, frames and channels.
  const ImageStack& noisy = *m_window.currentImage();
  const ImageStack& denoised = *m_window.denoisedImage();
  ImageStack twoChannels(2 * noisy.frames(), noisy.height(), noisy.width());
  for (int f = 0; f < noisy.frames(); ++f) {
    std::copy_n(noisy.frame(f), noisy.frameSize(), twoChannels.frame(2 * f));
    std::copy_n(denoised.frame(f), noisy.frameSize(), twoChannels.frame(2 * f + 1));
  }
  twoChannels.metadata().geometry.channels = 2;
  twoChannels.metadata().geometry.slices = noisy.frames();
  const QString cells = m_files.filePath("cells.tif");
  const QString channels = m_files.filePath("cells_two_channels.tif");
  writeImageStack(noisy, cells.toStdString());
  writeImageStack(twoChannels, channels.toStdString());
  m_window.openFiles({cells, channels});
}

void ScreenshotTour::next() {
  switch (m_stage++) {
  case 0: { // sample loaded
    shoot("01_image");
    TrainingConfig config = m_window.trainingPanel()->config();
    // A small network keeps the tour to about a minute on a CPU.
    config.network.width = 16;
    config.network.headWidth = 128;
    config.cropSize = 64;
    config.batchSize = 2;
    config.maxSteps = m_steps;
    config.stepsPerEpoch = std::max(1L, m_steps / 10);
    m_window.startTraining(config);
    break;
  }
  case 1: // trained
    shoot("02_training");
    m_window.startDenoise();
    break;
  case 2: { // denoised: compare, difference, uncertainty, noise fit, models
    shoot("03_compare");
    m_window.compareView()->findChild<QCheckBox*>("checkDifference")->setChecked(true);
    shoot("04_difference");
    m_window.compareView()->findChild<QCheckBox*>("checkUncertainty")->setChecked(true);
    shoot("05_uncertainty");
    m_window.tabs()->setCurrentIndex(2);
    shoot("06_noise_fit");
    {
      // A rectangle and a line as the tools draw them: the Profile tab, then both on Compare.
      ImageViewer* noisy = m_window.compareView()->noisyViewer();
      const double w = noisy->stack()->width();
      const double h = noisy->stack()->height();
      const QRect rect(int(w * 0.55), int(h * 0.1), int(w * 0.35), int(h * 0.3));
      const QLineF line(QPointF(w * 0.08, h * 0.62), QPointF(w * 0.92, h * 0.48));
      emit noisy->selectionsDrawn(rect, line);
      shoot("07_profile");
      m_window.compareView()->findChild<QCheckBox*>("checkUncertainty")->setChecked(false);
      m_window.tabs()->setCurrentWidget(m_window.compareView());
      shoot("08_selections");
      emit noisy->selectionsDrawn(QRect(), QLineF());
    }
    m_window.findChild<QDockWidget*>("dockModels")->raise();
    shoot("09_models");
    openTwoFiles();
    break;
  }
  case 3: { // the list of open images: the sample and two files, all selected
    m_window.imageList()->findChild<QListWidget*>("listImages")->selectAll();
    m_window.tabs()->setCurrentIndex(0);
    shoot("10_images");
    QApplication::exit(m_ok ? 0 : 1);
    break;
  }
  default:
    break;
  }
}

} // namespace pgd
