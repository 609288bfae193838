#pragma once
// CompareView: noisy and denoised side by side. Zoom and pan are synchronised between the two
// viewers; frame, contrast and colour map come from MainWindow's shared display state. Toggles
// replace the denoised image by the difference (noisy - denoised, symmetric window) or by the
// posterior standard deviation (uncertainty map, its own auto window). GUI thread only.
#include "ImageViewer.h"
#include "display/ColorMap.h"
#include "display/DisplayRange.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace pgd {

class CompareView : public QWidget {
  Q_OBJECT
public:
  enum class RightMode { Denoised, Difference, Uncertainty };

  explicit CompareView(QWidget* parent = nullptr);

  void setNoisy(StackPtr noisy);
  // posterior: denoised stack (raw units); uncertainty may be null.
  void setDenoised(StackPtr posterior, StackPtr uncertainty);
  bool hasDenoised() const { return static_cast<bool>(m_posterior); }
  RightMode rightMode() const { return m_mode; }
  ImageViewer* noisyViewer() const { return m_left; }
  ImageViewer* rightViewer() const { return m_right; }
  // What the right panel shows, as the pixel readout names it ("denoised", "difference",
  // "uncertainty"; translated).
  QString rightValueName() const;

public slots:
  void setFrame(int frame);
  void setDisplayRange(pgd::DisplayRange range);
  void setColorMap(pgd::ColorMap map);
  void zoomToFit();
  void zoomOneToOne();

signals:
  // The pixel under the cursor in either panel, read from both: its noisy value and, when
  // hasRight, the right panel's value at the same place (see rightValueName()).
  void pixelsHovered(int x, int y, float noisy, float right, bool hasRight, bool inside);
  void frameStepRequested(int delta);

private:
  void setRightMode(RightMode mode);
  void updateRight();
  // m_mode, or Denoised when the chosen map is not available.
  RightMode effectiveMode() const;
  // Reads both panels at (x, y) of the frame shown and emits pixelsHovered.
  void readBoth(int x, int y, bool inside);

  ImageViewer* m_left;
  ImageViewer* m_right;
  QLabel* m_rightTitle;
  QCheckBox* m_difference;
  QCheckBox* m_uncertainty;
  StackPtr m_noisy;
  StackPtr m_posterior;
  StackPtr m_uncertaintyStack;
  StackPtr m_differenceStack;
  DisplayRange m_range;
  int m_frame = 0;
  RightMode m_mode = RightMode::Denoised;
};

} // namespace pgd
