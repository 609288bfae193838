#pragma once
// ScreenshotTour: scripted walk through the main flow for documentation and visual checks:
// open the sample (or the files given), train a small model (width 16, few steps), denoise, then
// save a PNG of each view (image, training, compare, difference, noise fit, models), then open two
// generated files (one a two-channel hyperstack) and save the list of open images, into a folder
// and quit. GUI thread only.
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pgd {

class MainWindow;

class ScreenshotTour : public QObject {
  Q_OBJECT
public:
  // files: opened instead of the sample when not empty (e.g. real data to look at).
  ScreenshotTour(MainWindow& window, QString folder, long trainingSteps, QStringList files = {});
  void start();

private:
  void next();
  void shoot(const QString& name);
  void openTwoFiles();

  MainWindow& m_window;
  QString m_folder;
  QTemporaryDir m_files; // the generated files the tour opens
  long m_steps;
  QStringList m_startFiles;
  int m_stage = 0;
  bool m_ok = true;
};

} // namespace pgd
