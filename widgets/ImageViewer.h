#pragma once
// ImageViewer: draws one frame of an ImageStack with zoom (wheel about the cursor, fit, 1:1,
// +/- keys), pan (drag), a display range and a colour map; reports the pixel under the cursor,
// again when the frame changes under a still cursor. Over the image it draws the zoom, a scale
// bar when the file is calibrated (core/display/ScaleBar.h) and, when asked, a line of image
// information. With the rectangle or line tool, a left drag draws a selection (a rectangle of
// pixels, or a line for the profile; Esc clears it) that MainWindow shares between the viewers.
// It only draws: ranges come from DisplayRange helpers, pixels from the shared, immutable stack.
// GUI thread only.
#include "display/ColorMap.h"
#include "display/DisplayRange.h"
#include "image/ImageStack.h"

#include <QImage>
#include <QLineF>
#include <QPoint>
#include <QPointF>
#include <QRect>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace pgd {

using StackPtr = std::shared_ptr<const ImageStack>;

class ImageViewer : public QWidget {
  Q_OBJECT
public:
  // What a left drag does: pan the view, or draw the rectangle or the line selection (the middle
  // button always pans).
  enum class Tool { Pan, Rectangle, Line };

  explicit ImageViewer(QWidget* parent = nullptr);

  // Shows `stack` (may be null: empty view). Keeps the frame index when still valid.
  void setStack(StackPtr stack);
  const StackPtr& stack() const { return m_stack; }
  int frame() const { return m_frame; }
  DisplayRange displayRange() const { return m_range; }
  double zoom() const { return m_zoom; }
  // Image coordinate shown at the centre of the widget.
  QPointF center() const { return m_center; }
  // The rendered frame (for tests and export of the view).
  const QImage& renderedImage() const { return m_image; }
  // Text drawn when there is no image.
  void setEmptyText(const QString& text);
  // Draw imageInfo() at the top left (the Image tab does; the Compare panels have titles).
  void setInfoVisible(bool visible);
  // "W x H pixels, N frames, TYPE, S UNIT per pixel" (the pixel size only when calibrated).
  static QString imageInfo(const ImageStack& stack);
  // The zoom as drawn at the bottom left ("150%").
  QString zoomText() const;
  // The scale bar's label as drawn at the bottom right (empty: none drawn).
  QString scaleBarText() const;
  Tool tool() const { return m_tool; }
  // The rectangle selection in pixels (null: none) and the line selection in image coordinates
  // (pixel (i, j) spans [i, i + 1) x [j, j + 1); null: none).
  QRect rectSelection() const { return m_rect; }
  QLineF lineSelection() const { return m_line; }

public slots:
  void setFrame(int frame);
  void setDisplayRange(pgd::DisplayRange range);
  void setColorMap(pgd::ColorMap map);
  void setView(double zoom, QPointF center);
  void zoomToFit();
  void zoomOneToOne();
  void zoomBy(double factor);
  void setTool(pgd::ImageViewer::Tool tool);
  // Show these selections (from another viewer); emits nothing.
  void setSelections(QRect rect, QLineF line);

signals:
  // The user zoomed or panned (not emitted for setView()).
  void viewChanged(double zoom, QPointF center);
  // Pixel under the cursor; inside == false when the cursor left the image.
  void pixelHovered(int x, int y, float value, bool inside);
  // Keyboard frame stepping (Left/Right, PageUp/PageDown by 1; Home/End by 10).
  void frameStepRequested(int delta);
  // Files dropped on the viewer.
  void filesDropped(QStringList paths);
  // The user drew or cleared (Esc) a selection; both are given, the other one unchanged.
  void selectionsDrawn(QRect rect, QLineF line);

protected:
  void paintEvent(QPaintEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void leaveEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

private:
  void render();
  // Emits pixelHovered for the pixel under the cursor in the frame shown now (not inside when the
  // cursor is off the image or outside the widget).
  void reportHover();
  QPointF toImage(QPointF widgetPos) const;
  double fitZoom() const;
  // Text in a dark box with its corner at `anchor` (alignment: which corner).
  void drawLabel(QPainter& p, const QString& text, QPointF anchor, Qt::Alignment corner) const;
  void drawScaleBar(QPainter& p) const;
  void drawSelections(QPainter& p) const;
  QPointF toWidget(QPointF imagePos) const;
  // The pixels a rectangle dragged from `a` to `b` (image coordinates) covers, inside the image.
  QRect pixelRect(QPointF a, QPointF b) const;

  StackPtr m_stack;
  int m_frame = 0;
  DisplayRange m_range;
  ColorLut m_lut;
  QImage m_image;
  QString m_emptyText;
  bool m_infoVisible = false;
  double m_zoom = 1.0;
  QPointF m_center;
  bool m_fitMode = true;
  bool m_dragging = false;
  // The pixel under the cursor (image coordinates) while the cursor is over the widget: a frame
  // change reports the new frame's value there without a mouse move.
  bool m_hovering = false;
  QPoint m_hover;
  QPointF m_dragStart;
  QPointF m_dragCenter;
  Tool m_tool = Tool::Pan;
  bool m_drawing = false;
  QPointF m_drawStart; // image coordinates
  QRect m_rect;
  QLineF m_line;
};

} // namespace pgd
