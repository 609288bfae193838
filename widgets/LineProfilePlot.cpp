#include "LineProfilePlot.h"

#include "PlotLegend.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace pgd {

LineProfilePlot::LineProfilePlot(QWidget* parent) : QWidget(parent) {
  m_hint = new QLabel(tr("Choose the line tool (toolbar or View menu) and drag across the image "
                         "to plot the values along the line."),
                      this);
  m_hint->setObjectName("labelProfileHint");
  m_hint->setWordWrap(true);
  m_plot = new QCustomPlot(this);
  m_plot->setObjectName("plotProfile");
  const QColor colours[] = {QColor(120, 120, 120), QColor(31, 119, 180), QColor(214, 39, 40)};
  const QString names[] = {tr("noisy"), tr("denoised (posterior mean)"), tr("network mean mu")};
  for (int g = 0; g < 3; ++g) {
    m_plot->addGraph();
    m_plot->graph(g)->setName(names[g]);
    m_plot->graph(g)->setPen(QPen(colours[g], g == 0 ? 1.0 : 2.0));
  }
  m_plot->yAxis->setLabel(tr("Raw value"));
  m_plot->legend->setFont(font());
  placeLegendAbove(*m_plot);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_hint);
  layout->addWidget(m_plot, 1);
  setProfiles({}, {}, {}, 1.0, QString());
}

int LineProfilePlot::drawnCount() const {
  int n = 0;
  for (int g = 0; g < m_plot->graphCount(); ++g)
    n += m_plot->graph(g)->dataCount() > 0;
  return n;
}

void LineProfilePlot::setProfiles(const std::vector<ProfileSample>& noisy,
                                  const std::vector<ProfileSample>& denoised,
                                  const std::vector<ProfileSample>& mu, double unitsPerPixel,
                                  const QString& unit) {
  const std::vector<ProfileSample>* profiles[] = {&noisy, &denoised, &mu};
  bool any = false;
  for (int g = 0; g < 3; ++g) {
    QVector<double> x;
    QVector<double> y;
    for (const ProfileSample& s : *profiles[g]) {
      x << s.distance * unitsPerPixel;
      y << (std::isfinite(s.value) ? s.value : qQNaN());
    }
    m_plot->graph(g)->setData(x, y, true);
    m_plot->graph(g)->setVisible(!x.isEmpty());
    m_plot->graph(g)->removeFromLegend();
    if (!x.isEmpty())
      m_plot->graph(g)->addToLegend();
    any = any || !x.isEmpty();
  }
  m_hint->setVisible(!any);
  m_plot->xAxis->setLabel(unit.isEmpty() ? tr("Distance along the line (pixels)")
                                         : tr("Distance along the line (%1)").arg(unit));
  if (any) {
    m_plot->rescaleAxes(true);
    const QCPRange r = m_plot->yAxis->range();
    m_plot->yAxis->setRange(r.lower - 0.05 * r.size(), r.upper + 0.05 * r.size());
  }
  m_plot->replot();
}

} // namespace pgd
