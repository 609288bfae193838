#include "EstimateFigure.h"

#include "FigureCanvas.h"

#include <qcustomplot.h>

#include <algorithm>
#include <limits>

namespace pgd {

namespace {

struct Series {
  const char* key;
  const char* label;
  QColor color;
  QCPScatterStyle::ScatterShape shape;
};

void panel(QCustomPlot& plot, const nlohmann::json& estimates, const char* param) {
  const Series series[] = {
      {"ours", "ours (default fit)", QColor(31, 119, 180), QCPScatterStyle::ssDisc},
      {"oursPaper", "ours (paper residual y - mu)", QColor(148, 103, 189),
       QCPScatterStyle::ssDiamond},
      {"groundTruth", "ground-truth fit", QColor(44, 160, 44), QCPScatterStyle::ssSquare},
      {"foi", "Foi et al. 2008", QColor(214, 39, 40), QCPScatterStyle::ssTriangle}};
  double lo = std::numeric_limits<double>::infinity(), hi = 0.0;
  for (const auto& s : series) {
    QVector<double> x, y;
    for (const auto& e : estimates) {
      if (!e.contains(s.key))
        continue;
      const double t = e["truth"][param].get<double>();
      const double v = e[s.key][param].get<double>();
      if (!(t > 0.0) || !(v > 0.0))
        continue;
      x.push_back(t);
      y.push_back(v);
      lo = std::min({lo, t, v});
      hi = std::max({hi, t, v});
    }
    if (x.isEmpty())
      continue;
    auto* g = plot.addGraph();
    g->setData(x, y);
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(s.shape, s.color, s.color, 7));
    g->setName(s.label);
  }
  if (!(hi > 0.0))
    return;
  lo /= 1.5;
  hi *= 1.5;
  auto* identity = plot.addGraph();
  identity->setData(QVector<double>{lo, hi}, QVector<double>{lo, hi});
  identity->setPen(QPen(Qt::gray, 1.0, Qt::DashLine));
  identity->setName("estimate = truth");
  for (auto* axis : {plot.xAxis, plot.yAxis}) {
    axis->setScaleType(QCPAxis::stLogarithmic);
    axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    axis->setRange(lo, hi);
  }
  plot.xAxis->setLabel(QString("true %1").arg(param));
  plot.yAxis->setLabel(QString("estimated %1").arg(param));
  plot.legend->setVisible(true);
  plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

} // namespace

bool EstimateFigure::render(const nlohmann::json& estimates, const QString& outDir) {
  if (estimates.empty())
    return false;
  FigureCanvas canvas(2, 1, 520, 460,
                      "Synthetic grid: estimated vs true noise parameters ([0,1] units; "
                      "a = 1/lambda, b = (sigma/255)^2)");
  QCustomPlot a, b;
  panel(a, estimates, "a");
  panel(b, estimates, "b");
  canvas.addPlot(a, 0, 0);
  canvas.addPlot(b, 1, 0);
  return canvas.save(outDir + "/ab_estimates.png");
}

} // namespace pgd
