#pragma once
// NoiseFitPlot: the noise-model plots drawn from core's NoiseFitPlotData: paper Fig. 2 style
// histograms of noisy values at chosen clean levels with the fitted Poisson-Gaussian densities
// (pseudo-clean fit solid, ground-truth fit dashed), variance against mean with the fitted line
// a*x + b, and a,b per frame, under a banner with the fits' quality verdict; a,b in normalised and
// raw units. Levels are typed in normalised units (the plots' axes) and requested from the worker;
// plots export as PNG, SVG, PDF and CSV. GUI thread only.
#include "WorkerTypes.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pgd {

class FitVerdictBanner;

class NoiseFitPlot : public QWidget {
  Q_OBJECT
public:
  explicit NoiseFitPlot(QWidget* parent = nullptr);

  void setData(PlotDataPtr data);
  const PlotDataPtr& data() const { return m_data; }
  QCustomPlot* histogramPlot() const { return m_histograms; }
  QCustomPlot* varianceMeanPlot() const { return m_varianceMean; }
  QCustomPlot* framePlot() const { return m_frames; }
  // The quality verdict of the fits above the plots (set by MainWindow after each denoising run).
  FitVerdictBanner* verdictBanner() const { return m_banner; }
  // Writes the plots to `path`: .png, .svg or .pdf give one file per plot (suffixes _histograms,
  // _variance, _frames); .csv gives one file with every table. Returns false on failure.
  bool exportTo(const QString& path) const;
  void setBusy(bool busy);

signals:
  // Clean levels in normalised units (empty: automatic).
  void levelsRequested(std::vector<double> levels);
  // Typed levels that are not numbers (one line, from core's parseLevels).
  void error(const QString& text);

private:
  void drawHistograms();
  void drawVarianceMean();
  void drawFrames();
  void showExportDialog();
  void applyLevels();

  PlotDataPtr m_data;
  FitVerdictBanner* m_banner;
  QCustomPlot* m_histograms;
  QCustomPlot* m_varianceMean;
  QCustomPlot* m_frames;
  QLabel* m_params;
  QLineEdit* m_levels;
  QPushButton* m_applyLevels;
  QPushButton* m_export;
};

} // namespace pgd
