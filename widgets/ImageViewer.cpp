#include "ImageViewer.h"

#include "FrameRenderer.h"
#include "display/ScaleBar.h"
#include "image/PixelType.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QUrl>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace pgd {
namespace {

constexpr double kMinZoom = 1.0 / 64.0;
constexpr double kMaxZoom = 64.0;
constexpr double kWheelStep = 1.25;
constexpr int kLargeFrameStep = 10;

QStringList localFiles(const QMimeData* mime) {
  QStringList files;
  if (!mime || !mime->hasUrls())
    return files;
  for (const QUrl& url : mime->urls())
    if (url.isLocalFile())
      files << url.toLocalFile();
  return files;
}

} // namespace

ImageViewer::ImageViewer(QWidget* parent)
    : QWidget(parent), m_lut(colorLut(ColorMap::Gray)),
      m_emptyText(tr("Open an image or stack (File > Open, or drop a file here)")) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setAcceptDrops(true);
  setMinimumSize(160, 120);
  setAttribute(Qt::WA_OpaquePaintEvent);
}

void ImageViewer::setEmptyText(const QString& text) {
  m_emptyText = text;
  update();
}

void ImageViewer::setInfoVisible(bool visible) {
  m_infoVisible = visible;
  update();
}

QString ImageViewer::imageInfo(const ImageStack& stack) {
  QString text = tr("%1 x %2 pixels, %n frame(s), %3", "", stack.frames())
                     .arg(stack.width())
                     .arg(stack.height())
                     .arg(QString::fromLatin1(toString(stack.metadata().sourceType)));
  const StackGeometry g = stack.geometry();
  if (isCalibrated(g))
    text += tr(", %1 %2 per pixel")
                .arg(g.spacingX, 0, 'g', 4)
                .arg(QString::fromStdString(unitSymbol(g.unit)));
  if (g.channels > 1)
    text += tr(", %n channel(s)", "", g.channels);
  return text;
}

QString ImageViewer::zoomText() const {
  return tr("%1%").arg(m_zoom * 100.0, 0, 'f', m_zoom < 0.1 ? 1 : 0);
}

QString ImageViewer::scaleBarText() const {
  if (!m_stack)
    return {};
  const auto bar = chooseScaleBar(m_stack->geometry(), m_zoom);
  return bar ? QString::fromStdString(bar->label) : QString();
}

void ImageViewer::setTool(Tool tool) {
  m_tool = tool;
  m_drawing = false;
  setCursor(tool == Tool::Pan ? Qt::ArrowCursor : Qt::CrossCursor);
}

void ImageViewer::setSelections(QRect rect, QLineF line) {
  m_rect = rect;
  m_line = line;
  update();
}

QPointF ImageViewer::toWidget(QPointF imagePos) const {
  return QPointF(width() / 2.0, height() / 2.0) + (imagePos - m_center) * m_zoom;
}

QRect ImageViewer::pixelRect(QPointF a, QPointF b) const {
  if (!m_stack)
    return {};
  const int x0 = std::clamp(int(std::floor(std::min(a.x(), b.x()))), 0, m_stack->width());
  const int y0 = std::clamp(int(std::floor(std::min(a.y(), b.y()))), 0, m_stack->height());
  const int x1 = std::clamp(int(std::ceil(std::max(a.x(), b.x()))), 0, m_stack->width());
  const int y1 = std::clamp(int(std::ceil(std::max(a.y(), b.y()))), 0, m_stack->height());
  return x1 > x0 && y1 > y0 ? QRect(x0, y0, x1 - x0, y1 - y0) : QRect();
}

void ImageViewer::setStack(StackPtr stack) {
  const bool newShape = !m_stack || !stack || stack->width() != m_stack->width() ||
                        stack->height() != m_stack->height();
  m_stack = std::move(stack);
  if (!m_stack || m_frame >= m_stack->frames())
    m_frame = 0;
  if (newShape)
    m_fitMode = true;
  if (m_fitMode && m_stack) {
    m_zoom = fitZoom();
    m_center = QPointF(m_stack->width() / 2.0, m_stack->height() / 2.0);
  }
  render();
}

void ImageViewer::setFrame(int frame) {
  if (!m_stack || frame < 0 || frame >= m_stack->frames() || frame == m_frame)
    return;
  m_frame = frame;
  render();
  if (m_hovering)
    reportHover();
}

void ImageViewer::setDisplayRange(DisplayRange range) {
  if (!range.isValid())
    return;
  m_range = range;
  render();
}

void ImageViewer::setColorMap(ColorMap map) {
  m_lut = colorLut(map);
  render();
}

void ImageViewer::setView(double zoom, QPointF center) {
  m_fitMode = false;
  m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
  m_center = center;
  update();
}

void ImageViewer::zoomToFit() {
  if (!m_stack)
    return;
  m_fitMode = true;
  m_zoom = fitZoom();
  m_center = QPointF(m_stack->width() / 2.0, m_stack->height() / 2.0);
  update();
  emit viewChanged(m_zoom, m_center);
}

void ImageViewer::zoomOneToOne() {
  m_fitMode = false;
  m_zoom = 1.0;
  update();
  emit viewChanged(m_zoom, m_center);
}

void ImageViewer::zoomBy(double factor) {
  m_fitMode = false;
  m_zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
  update();
  emit viewChanged(m_zoom, m_center);
}

void ImageViewer::render() {
  if (!m_stack || m_stack->empty()) {
    m_image = QImage();
  } else {
    m_image =
        renderFrame(m_stack->frame(m_frame), m_stack->width(), m_stack->height(), m_range, m_lut);
  }
  update();
}

double ImageViewer::fitZoom() const {
  if (!m_stack || m_stack->width() == 0 || m_stack->height() == 0)
    return 1.0;
  const double z =
      std::min(double(width()) / m_stack->width(), double(height()) / m_stack->height());
  return std::clamp(z, kMinZoom, kMaxZoom);
}

QPointF ImageViewer::toImage(QPointF widgetPos) const {
  const QPointF mid(width() / 2.0, height() / 2.0);
  return m_center + (widgetPos - mid) / m_zoom;
}

void ImageViewer::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), QColor(40, 40, 40));
  if (m_image.isNull()) {
    p.setPen(QColor(200, 200, 200));
    p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    return;
  }
  const QPointF topLeft = QPointF(width() / 2.0, height() / 2.0) - m_center * m_zoom;
  const QRectF target(topLeft, QSizeF(m_image.width() * m_zoom, m_image.height() * m_zoom));
  p.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 1.0);
  p.drawImage(target, m_image);
  if (m_infoVisible && m_stack)
    drawLabel(p, imageInfo(*m_stack), QPointF(6, 6), Qt::AlignTop | Qt::AlignLeft);
  drawSelections(p);
  drawLabel(p, zoomText(), QPointF(6, height() - 6), Qt::AlignBottom | Qt::AlignLeft);
  drawScaleBar(p);
}

void ImageViewer::drawSelections(QPainter& p) const {
  const QColor yellow(255, 220, 0);
  if (!m_rect.isNull()) {
    const QRectF r(toWidget(m_rect.topLeft()),
                   toWidget(QPointF(m_rect.x() + m_rect.width(), m_rect.y() + m_rect.height())));
    p.setPen(QPen(QColor(0, 0, 0), 3));
    p.drawRect(r);
    p.setPen(QPen(yellow, 1, Qt::DashLine));
    p.drawRect(r);
  }
  if (!m_line.isNull()) {
    const QLineF l(toWidget(m_line.p1()), toWidget(m_line.p2()));
    p.setPen(QPen(QColor(0, 0, 0), 3));
    p.drawLine(l);
    p.setPen(QPen(yellow, 1.5));
    p.drawLine(l);
    p.setBrush(yellow);
    p.drawEllipse(l.p1(), 3, 3);
    p.drawEllipse(l.p2(), 3, 3);
    p.setBrush(Qt::NoBrush);
  }
}

void ImageViewer::drawLabel(QPainter& p, const QString& text, QPointF anchor,
                            Qt::Alignment corner) const {
  const QFontMetricsF fm(font());
  const QRectF box(QPointF(0, 0), QSizeF(fm.horizontalAdvance(text) + 8, fm.height() + 4));
  QRectF placed = box;
  placed.moveLeft(corner & Qt::AlignRight ? anchor.x() - box.width() : anchor.x());
  placed.moveTop(corner & Qt::AlignBottom ? anchor.y() - box.height() : anchor.y());
  p.fillRect(placed, QColor(0, 0, 0, 150));
  p.setPen(QColor(235, 235, 235));
  p.drawText(placed, Qt::AlignCenter, text);
}

void ImageViewer::drawScaleBar(QPainter& p) const {
  if (!m_stack)
    return;
  const auto bar = chooseScaleBar(m_stack->geometry(), m_zoom, std::min(120.0, width() / 3.0));
  if (!bar)
    return;
  const QFontMetricsF fm(font());
  const double right = width() - 10.0;
  const double bottom = height() - 8.0;
  const QRectF line(right - bar->screenPixels, bottom - 5.0, bar->screenPixels, 5.0);
  p.fillRect(line.adjusted(-1, -1, 1, 1), QColor(0, 0, 0, 180));
  p.fillRect(line, QColor(255, 255, 255));
  drawLabel(p, QString::fromStdString(bar->label),
            QPointF(line.center().x() +
                        (fm.horizontalAdvance(QString::fromStdString(bar->label)) + 8) / 2.0,
                    line.top() - 3.0),
            Qt::AlignBottom | Qt::AlignRight);
}

void ImageViewer::wheelEvent(QWheelEvent* event) {
  if (!m_stack)
    return;
  const double steps = event->angleDelta().y() / 120.0;
  if (steps == 0.0)
    return;
  const QPointF pos = event->position();
  const QPointF before = toImage(pos);
  m_fitMode = false;
  m_zoom = std::clamp(m_zoom * std::pow(kWheelStep, steps), kMinZoom, kMaxZoom);
  // Keep the image point under the cursor fixed.
  m_center += before - toImage(pos);
  update();
  emit viewChanged(m_zoom, m_center);
  event->accept();
}

void ImageViewer::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton && m_tool != Tool::Pan && m_stack) {
    m_drawing = true;
    m_drawStart = toImage(event->position());
    return;
  }
  if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
    m_dragging = true;
    m_dragStart = event->position();
    m_dragCenter = m_center;
    setCursor(Qt::ClosedHandCursor);
  }
}

void ImageViewer::mouseMoveEvent(QMouseEvent* event) {
  if (m_drawing) {
    const QPointF end = toImage(event->position());
    if (m_tool == Tool::Rectangle)
      m_rect = pixelRect(m_drawStart, end);
    else
      m_line = QLineF(m_drawStart, end);
    update();
  }
  if (m_dragging) {
    m_fitMode = false;
    m_center = m_dragCenter - (event->position() - m_dragStart) / m_zoom;
    update();
    emit viewChanged(m_zoom, m_center);
  }
  if (!m_stack)
    return;
  const QPointF ip = toImage(event->position());
  m_hovering = true;
  m_hover = QPoint(static_cast<int>(std::floor(ip.x())), static_cast<int>(std::floor(ip.y())));
  reportHover();
}

void ImageViewer::reportHover() {
  const int x = m_hover.x();
  const int y = m_hover.y();
  const bool inside =
      m_hovering && m_stack && x >= 0 && y >= 0 && x < m_stack->width() && y < m_stack->height();
  emit pixelHovered(x, y, inside ? m_stack->at(m_frame, y, x) : 0.0f, inside);
}

void ImageViewer::mouseReleaseEvent(QMouseEvent* event) {
  if (m_drawing) {
    m_drawing = false;
    const QPointF end = toImage(event->position());
    // A click without a drag clears the selection of the tool.
    if (m_tool == Tool::Rectangle)
      m_rect = end == m_drawStart ? QRect() : pixelRect(m_drawStart, end);
    else
      m_line = end == m_drawStart ? QLineF() : QLineF(m_drawStart, end);
    update();
    emit selectionsDrawn(m_rect, m_line);
    return;
  }
  m_dragging = false;
  setCursor(m_tool == Tool::Pan ? Qt::ArrowCursor : Qt::CrossCursor);
}

void ImageViewer::mouseDoubleClickEvent(QMouseEvent*) {
  zoomToFit();
}

void ImageViewer::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
  case Qt::Key_Right:
  case Qt::Key_PageDown:
    emit frameStepRequested(1);
    break;
  case Qt::Key_Left:
  case Qt::Key_PageUp:
    emit frameStepRequested(-1);
    break;
  case Qt::Key_End:
    emit frameStepRequested(kLargeFrameStep);
    break;
  case Qt::Key_Home:
    emit frameStepRequested(-kLargeFrameStep);
    break;
  case Qt::Key_Plus:
  case Qt::Key_Equal:
    zoomBy(kWheelStep);
    break;
  case Qt::Key_Minus:
    zoomBy(1.0 / kWheelStep);
    break;
  case Qt::Key_Escape:
    if (m_rect.isNull() && m_line.isNull()) {
      QWidget::keyPressEvent(event);
      break;
    }
    m_rect = QRect();
    m_line = QLineF();
    update();
    emit selectionsDrawn(m_rect, m_line);
    break;
  default:
    QWidget::keyPressEvent(event);
  }
}

void ImageViewer::leaveEvent(QEvent*) {
  m_hovering = false;
  emit pixelHovered(-1, -1, 0.0f, false);
}

void ImageViewer::resizeEvent(QResizeEvent*) {
  // Refit, and announce it: a linked viewer (CompareView's other side) copied the zoom computed
  // for the old size, e.g. while its tab was hidden and not laid out yet; without the
  // announcement it stays tiny beside this one.
  if (m_fitMode)
    zoomToFit();
}

void ImageViewer::dragEnterEvent(QDragEnterEvent* event) {
  if (!localFiles(event->mimeData()).isEmpty())
    event->acceptProposedAction();
}

void ImageViewer::dropEvent(QDropEvent* event) {
  const QStringList files = localFiles(event->mimeData());
  if (files.isEmpty())
    return;
  event->acceptProposedAction();
  emit filesDropped(files);
}

} // namespace pgd
