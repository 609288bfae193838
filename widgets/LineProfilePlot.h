#pragma once
// LineProfilePlot: the values along the line selection of the frame shown: noisy, denoised
// (posterior mean) and the network's mean mu when a denoising run exists (Fiji's Plot Profile
// habit), against the distance along the line in pixels or, for calibrated images, in the
// image's unit. It only draws profiles core computes (core/display/LineProfile.h). GUI thread
// only.
#include "display/LineProfile.h"

#include <QString>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QLabel;

namespace pgd {

class LineProfilePlot : public QWidget {
  Q_OBJECT
public:
  explicit LineProfilePlot(QWidget* parent = nullptr);

  // The profiles to draw (empty vectors: not drawn); `unitsPerPixel` and `unit` scale the
  // distance axis (1 and empty: pixels). All empty: the hint to draw a line is shown.
  void setProfiles(const std::vector<ProfileSample>& noisy,
                   const std::vector<ProfileSample>& denoised, const std::vector<ProfileSample>& mu,
                   double unitsPerPixel, const QString& unit);
  QCustomPlot* plot() const { return m_plot; }
  // Number of graphs with data (for tests).
  int drawnCount() const;

private:
  QCustomPlot* m_plot;
  QLabel* m_hint;
};

} // namespace pgd
