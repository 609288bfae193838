#include "NoiseFitFigure.h"

#include "FigureCanvas.h"

#include <qcustomplot.h>

namespace pgd {

namespace {

QVector<double> toVector(const nlohmann::json& values) {
  QVector<double> v;
  for (const auto& x : values)
    v.push_back(x.get<double>());
  return v;
}

void styleAxes(QCustomPlot& plot, const QString& x, const QString& y) {
  plot.xAxis->setLabel(x);
  plot.yAxis->setLabel(y);
  plot.legend->setVisible(true);
  QFont small = plot.legend->font();
  small.setPointSize(7);
  plot.legend->setFont(small);
  plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

void histogramPanel(QCustomPlot& plot, const nlohmann::json& h) {
  const QVector<double> edges = toVector(h["edges"]);
  QVector<double> density = toVector(h["density"]);
  density.push_back(density.isEmpty() ? 0.0 : density.back());
  auto* bars = plot.addGraph();
  bars->setData(edges, density, true);
  bars->setLineStyle(QCPGraph::lsStepLeft);
  bars->setPen(QPen(QColor(120, 120, 120)));
  bars->setBrush(QBrush(QColor(200, 200, 200, 150)));
  bars->setName(QString("noisy, n=%1").arg(h["count"].get<std::size_t>()));
  const QColor colors[] = {QColor(31, 119, 180), QColor(214, 39, 40)};
  int i = 0;
  for (const auto& c : h["curves"]) {
    auto* g = plot.addGraph();
    g->setData(toVector(c["x"]), toVector(c["density"]), true);
    QPen pen(colors[i % 2], 2.0);
    if (i == 1)
      pen.setStyle(Qt::DashLine);
    g->setPen(pen);
    g->setName(QString("%1 (a=%2, b=%3)")
                   .arg(QString::fromStdString(c["label"].get<std::string>()))
                   .arg(c["a"].get<double>(), 0, 'g', 3)
                   .arg(c["b"].get<double>(), 0, 'g', 3));
    ++i;
  }
  styleAxes(plot, QString("noisy value at clean level %1").arg(h["level"].get<double>(), 0, 'f', 3),
            "density");
  plot.rescaleAxes();
  plot.yAxis->setRangeLower(0.0);
  plot.yAxis->scaleRange(1.25, plot.yAxis->range().lower);
}

void varianceMeanPanel(QCustomPlot& plot, const nlohmann::json& vm) {
  auto* points = plot.addGraph();
  points->setData(toVector(vm["mean"]), toVector(vm["variance"]), true);
  points->setLineStyle(QCPGraph::lsNone);
  points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
  points->setPen(QPen(QColor(60, 60, 60)));
  points->setName("binned (y - mu)^2 vs mu");
  auto* line = plot.addGraph();
  line->setData(toVector(vm["lineX"]), toVector(vm["lineY"]), true);
  line->setPen(QPen(QColor(31, 119, 180), 2.0));
  line->setName("fitted a*x + b");
  styleAxes(plot, "mean (mu)", "variance");
  plot.rescaleAxes();
  plot.yAxis->setRangeLower(0.0);
  plot.yAxis->scaleRange(1.15, plot.yAxis->range().lower);
}

} // namespace

bool NoiseFitFigure::render(const nlohmann::json& entry, const QString& outDir) {
  const auto& histograms = entry["histograms"];
  const int panels = int(histograms.size()) + 1;
  const int columns = std::min(panels, 3);
  const int rows = (panels + columns - 1) / columns;
  // Raw image units first, then the model's normalised units (docs/NOISE_FIT.md, "Units").
  const auto ab = [&entry](const char* raw, const char* normalised) {
    return QString("a=%1, b=%2 (raw units; a=%3, b=%4 normalised)")
        .arg(entry[raw]["a"].get<double>(), 0, 'g', 4)
        .arg(entry[raw]["b"].get<double>(), 0, 'g', 4)
        .arg(entry[normalised]["a"].get<double>(), 0, 'g', 3)
        .arg(entry[normalised]["b"].get<double>(), 0, 'g', 3);
  };
  QString title = QString("%1 / %2: pseudo-clean fit %3")
                      .arg(QString::fromStdString(entry["set"].get<std::string>()))
                      .arg(QString::fromStdString(entry["image"].get<std::string>()))
                      .arg(ab("fitRaw", "fit"));
  if (entry["hasGroundTruth"].get<bool>())
    title += "; ground-truth fit " + ab("groundTruthRaw", "groundTruthFit");
  FigureCanvas canvas(columns, rows, 460, 340, title);
  int index = 0;
  for (const auto& h : histograms) {
    QCustomPlot plot;
    histogramPanel(plot, h);
    canvas.addPlot(plot, index % columns, index / columns);
    ++index;
  }
  QCustomPlot plot;
  varianceMeanPanel(plot, entry["varianceMean"]);
  canvas.addPlot(plot, index % columns, index / columns);
  return canvas.save(outDir + "/" + QString::fromStdString(entry["file"].get<std::string>()));
}

} // namespace pgd
