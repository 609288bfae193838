#pragma once
// NoiseFitPlot: the noise-model plots drawn from core's NoiseFitPlotData: paper Fig. 2 style
// histograms of noisy values at chosen clean levels with the fitted Poisson-Gaussian densities
// (pseudo-clean fit solid, ground-truth fit dashed), variance against mean with the fitted line
// a*x + b, and a,b per frame (a single frame as text), under a banner with the fits' quality
// verdict. The axes show raw image units (the default when the image has a raw scale) or the
// model's normalised units (the Raw units box; core/display/PlotUnits.h). Levels are typed in the
// units shown and requested from the worker in normalised units; plots export as PNG, SVG, PDF
// (titled with the image name and a,b) and CSV. GUI thread only.
#include "WorkerTypes.h"
#include "display/PlotUnits.h"

#include <QSizeF>
#include <QWidget>

#include <vector>

class QCheckBox;
class QCPItemLine;
class QCPItemText;
class QCPLayoutGrid;
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
  ~NoiseFitPlot() override;

  void setData(PlotDataPtr data);
  const PlotDataPtr& data() const { return m_data; }
  // The image the plots are of: exports carry it in their title (PNG, SVG, PDF) or first section
  // (CSV).
  void setImageName(const QString& name) { m_imageName = name; }
  // Raw image units on the axes and in the Levels field (true), or normalised units.
  bool showsRawUnits() const;
  void setShowsRawUnits(bool raw);
  // The exported plots' title: the image name, then the fit's a,b in raw and normalised units.
  QString exportTitle() const;
  // The residual the shown fit read as noise, in words ("local-difference residual" or
  // "residual y - mu").
  QString residualName() const;
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
  // Clean levels in normalised units, whatever the units shown (empty: automatic).
  void levelsRequested(std::vector<double> levels);
  // Typed levels that are not numbers (one line, from core's parseLevels).
  void error(const QString& text);

private:
  void drawHistograms();
  // Moves the level labels apart where they would cover each other (LabelPlacement.h), after
  // each layout of the histogram plot, when its pixel geometry is known.
  void placeLevelLabels();
  void drawVarianceMean();
  void drawFrames();
  void showExportDialog();
  void applyLevels();
  void onUnitsToggled(bool raw);
  void relabel();
  void showFrameLegend(bool show);
  PlotUnits units() const;

  // A level's label, pinned to its fitted density's peak (plot coordinates); the leader line
  // joins a label that had to move to its peak.
  struct LevelLabel {
    QCPItemText* text;
    QCPItemLine* leader;
    double peakX;
    double peakY;
  };

  PlotDataPtr m_data;
  std::vector<LevelLabel> m_levelLabels; // items owned by m_histograms
  double m_histogramUpper = 1.0;         // the density axis' top before labels raise it
  int m_labelReplots = 0; // replots asked for by placeLevelLabels since drawing or resizing
  QSizeF m_labelArea;     // the axis rect's size placeLevelLabels last saw
  static constexpr int kLabelReplots = 3;
  FitVerdictBanner* m_banner;
  QCustomPlot* m_histograms;
  QCustomPlot* m_varianceMean;
  QCustomPlot* m_frames;
  QCPLayoutGrid* m_frameLegendRow; // the per-frame plot's legend row (makePlot)
  QLabel* m_params;
  QCheckBox* m_rawUnits;
  QLabel* m_levelsLabel;
  QLineEdit* m_levels;
  QPushButton* m_applyLevels;
  QPushButton* m_export;
  QString m_imageName;
};

} // namespace pgd
