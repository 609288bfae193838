#pragma once
// ScreenshotTour: scripted walk through the main flow for documentation and visual checks:
// open the sample, train a small model (width 16, few steps), denoise, then save a PNG of each view
// (image, training, compare, difference, noise fit, models) into a folder and quit. GUI thread
// only.
#include <QObject>
#include <QString>

namespace pgd {

class MainWindow;

class ScreenshotTour : public QObject {
  Q_OBJECT
public:
  ScreenshotTour(MainWindow& window, QString folder, long trainingSteps);
  void start();

private:
  void next();
  void shoot(const QString& name);

  MainWindow& m_window;
  QString m_folder;
  long m_steps;
  int m_stage = 0;
  bool m_ok = true;
};

} // namespace pgd
