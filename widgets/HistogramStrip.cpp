#include "HistogramStrip.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace pgd {

HistogramStrip::HistogramStrip(QWidget* parent) : QWidget(parent) {
  setMinimumSize(120, 26);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  setToolTip(tr("Histogram of the frame shown; the marks are Min and Max. Click to move the "
                "nearer one."));
}

QSize HistogramStrip::sizeHint() const {
  return {220, 26};
}

void HistogramStrip::setHistogram(ValueHistogram histogram) {
  m_histogram = std::move(histogram);
  update();
}

void HistogramStrip::setWindow(DisplayRange window) {
  m_window = window;
  update();
}

double HistogramStrip::valueAt(double x) const {
  const double span = m_histogram.high - m_histogram.low;
  return m_histogram.low + std::clamp(x / std::max(1, width()), 0.0, 1.0) * span;
}

double HistogramStrip::xOf(double value) const {
  const double span = m_histogram.high - m_histogram.low;
  return span > 0.0 ? (value - m_histogram.low) / span * width() : 0.0;
}

void HistogramStrip::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), QColor(40, 40, 40));
  const auto& counts = m_histogram.counts;
  if (counts.empty() || m_histogram.total() == 0)
    return;
  const double top = std::log1p(double(*std::max_element(counts.begin(), counts.end())));
  const double barWidth = double(width()) / double(counts.size());
  for (std::size_t b = 0; b < counts.size(); ++b) {
    if (counts[b] == 0)
      continue;
    const double h = std::log1p(double(counts[b])) / top * (height() - 2);
    p.fillRect(QRectF(b * barWidth, height() - h, std::max(1.0, barWidth), h),
               QColor(200, 200, 200));
  }
  if (m_histogram.high > m_histogram.low) {
    const double x0 = std::clamp(xOf(m_window.low), 0.0, double(width()));
    const double x1 = std::clamp(xOf(m_window.high), 0.0, double(width()));
    p.fillRect(QRectF(0, 0, x0, height()), QColor(0, 0, 0, 140));
    p.fillRect(QRectF(x1, 0, width() - x1, height()), QColor(0, 0, 0, 140));
    p.setPen(QPen(QColor(255, 200, 0), 2));
    p.drawLine(QPointF(x0, 0), QPointF(x0, height()));
    p.drawLine(QPointF(x1, 0), QPointF(x1, height()));
  }
}

void HistogramStrip::mousePressEvent(QMouseEvent* event) {
  if (m_histogram.high <= m_histogram.low || event->button() != Qt::LeftButton)
    return;
  const double v = valueAt(event->position().x());
  DisplayRange w = m_window;
  if (std::abs(v - w.low) <= std::abs(v - w.high))
    w.low = v;
  else
    w.high = v;
  if (w.isValid())
    emit windowPicked(w);
}

} // namespace pgd
