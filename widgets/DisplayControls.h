#pragma once
// DisplayControls: the bar under the image views: frame slider, auto/manual contrast (low/high
// spin boxes and the frame's histogram with the window marked), colour map and zoom buttons. It
// holds the shared display state that MainWindow applies to every view, which keeps the views
// synchronised. GUI thread only.
#include "display/ColorMap.h"
#include "display/DisplayRange.h"
#include "display/ValueHistogram.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;

namespace pgd {

class HistogramStrip;

class DisplayControls : public QWidget {
  Q_OBJECT
public:
  explicit DisplayControls(QWidget* parent = nullptr);

  void setFrameCount(int frames);
  int frame() const;
  DisplayRange displayRange() const;
  ColorMap colorMap() const;
  bool autoContrastEnabled() const;
  HistogramStrip* histogramStrip() const { return m_histogram; }

public slots:
  void setFrame(int frame);
  void stepFrame(int delta);
  // Shows `range` in the spin boxes (e.g. a fresh auto range) and emits displayRangeChanged.
  void setDisplayRange(pgd::DisplayRange range);
  void setColorMap(pgd::ColorMap map);
  void setAutoContrastEnabled(bool enabled);
  // The histogram of the frame shown (MainWindow computes it when the frame or image changes).
  void setHistogram(pgd::ValueHistogram histogram);

signals:
  void frameChanged(int frame);
  void displayRangeChanged(pgd::DisplayRange range);
  void colorMapChanged(pgd::ColorMap map);
  // The user asked for a fresh auto range now (button) or switched auto contrast on.
  void autoContrastRequested();
  void zoomFitRequested();
  void zoomOneToOneRequested();

private:
  void onManualRange();
  // A manual window: auto contrast off (without a fresh auto range), then announced.
  void applyManualRange(DisplayRange range);
  void updateFrameLabel();

  QSlider* m_slider;
  QLabel* m_frameLabel;
  QCheckBox* m_autoCheck;
  QToolButton* m_autoButton;
  QDoubleSpinBox* m_low;
  QDoubleSpinBox* m_high;
  QComboBox* m_colorMap;
  HistogramStrip* m_histogram;
  bool m_updating = false;
};

} // namespace pgd
