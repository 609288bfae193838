#pragma once
// FigureCanvas: composes several QCustomPlot panels (or images) with a title into one PNG.
// Panels are rendered off screen (QT_QPA_PLATFORM=offscreen) at a fixed size. GUI thread only.
#include <QImage>
#include <QString>

class QCustomPlot;

namespace pgd {

class FigureCanvas {
public:
  FigureCanvas(int columns, int rows, int panelWidth, int panelHeight, const QString& title);
  // Renders `plot` into cell (column, row).
  void addPlot(QCustomPlot& plot, int column, int row);
  // Draws `image` scaled into cell (column, row) with a caption above it.
  void addImage(const QImage& image, int column, int row, const QString& caption);
  // Text at the left edge of a row (gallery row titles).
  void addRowLabel(int row, const QString& text);
  bool save(const QString& file) const;

private:
  QImage m_image;
  int m_panelWidth;
  int m_panelHeight;
  int m_top;
};

} // namespace pgd
