#include "FigureCanvas.h"

#include <QPainter>

#include <algorithm>
#include <qcustomplot.h>

namespace pgd {

namespace {
constexpr int kTitleHeight = 34;
constexpr int kCaptionHeight = 20;
} // namespace

FigureCanvas::FigureCanvas(int columns, int rows, int panelWidth, int panelHeight,
                           const QString& title)
    : m_panelWidth(panelWidth), m_panelHeight(panelHeight), m_top(kTitleHeight) {
  m_image = QImage(columns * panelWidth, kTitleHeight + rows * panelHeight, QImage::Format_RGB32);
  m_image.fill(Qt::white);
  QPainter p(&m_image);
  QFont font = p.font();
  font.setPointSize(11);
  font.setBold(true);
  p.setFont(font);
  p.drawText(QRect(8, 0, m_image.width() - 16, kTitleHeight), Qt::AlignVCenter | Qt::AlignLeft,
             title);
}

void FigureCanvas::addPlot(QCustomPlot& plot, int column, int row) {
  const QPixmap pixmap = plot.toPixmap(m_panelWidth, m_panelHeight);
  QPainter p(&m_image);
  p.drawPixmap(column * m_panelWidth, m_top + row * m_panelHeight, pixmap);
}

void FigureCanvas::addImage(const QImage& image, int column, int row, const QString& caption) {
  QPainter p(&m_image);
  const int x = column * m_panelWidth;
  const int y = m_top + row * m_panelHeight;
  p.drawText(QRect(x, y, m_panelWidth, kCaptionHeight), Qt::AlignCenter, caption);
  const int side = std::min(m_panelWidth - 8, m_panelHeight - kCaptionHeight - 8);
  p.drawImage(QRect(x + (m_panelWidth - side) / 2, y + kCaptionHeight + 4, side, side), image);
}

void FigureCanvas::addRowLabel(int row, const QString& text) {
  QPainter p(&m_image);
  p.drawText(QRect(4, m_top + row * m_panelHeight, m_panelWidth - 8, m_panelHeight),
             Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, text);
}

bool FigureCanvas::save(const QString& file) const {
  return m_image.save(file, "PNG");
}

} // namespace pgd
