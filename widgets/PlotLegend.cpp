#include "PlotLegend.h"

#include <qcustomplot.h>

namespace pgd {

void placeLegendAbove(QCustomPlot& plot, int wrap) {
  plot.legend->setVisible(true);
  auto* legendRow = new QCPLayoutGrid;
  plot.plotLayout()->insertRow(0);
  plot.plotLayout()->addElement(0, 0, legendRow);
  legendRow->addElement(0, 0, plot.legend);
  plot.legend->setFillOrder(QCPLegend::foColumnsFirst);
  if (wrap > 0)
    plot.legend->setWrap(wrap);
  plot.legend->setBorderPen(Qt::NoPen);
  // As little height as the legend needs; the axes take the rest.
  plot.plotLayout()->setRowStretchFactor(0, 0.001);
}

} // namespace pgd
