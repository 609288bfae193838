#pragma once
// HistogramStrip: a small histogram of the frame shown (log counts) beside the contrast
// controls, with the display window [min, max] marked and the values outside it shaded, as in
// Fiji's Brightness/Contrast. Clicking sets the nearer end of the window (emits windowPicked).
// It only draws the histogram core computes (core/display/ValueHistogram.h). GUI thread only.
#include "display/DisplayRange.h"
#include "display/ValueHistogram.h"

#include <QWidget>

namespace pgd {

class HistogramStrip : public QWidget {
  Q_OBJECT
public:
  explicit HistogramStrip(QWidget* parent = nullptr);

  void setHistogram(ValueHistogram histogram);
  void setWindow(DisplayRange window);
  const ValueHistogram& histogram() const { return m_histogram; }
  DisplayRange window() const { return m_window; }
  // The value at widget x (the histogram's range spread over the width).
  double valueAt(double x) const;
  QSize sizeHint() const override;

signals:
  // The user clicked: the window with its nearer end moved to the value clicked.
  void windowPicked(pgd::DisplayRange window);

protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;

private:
  double xOf(double value) const;

  ValueHistogram m_histogram;
  DisplayRange m_window;
};

} // namespace pgd
