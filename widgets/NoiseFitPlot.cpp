#include "NoiseFitPlot.h"

#include "FitVerdictBanner.h"
#include "display/LevelsText.h"
#include "display/NoisePlotCsv.h"
#include "job/Error.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include <cmath>

namespace pgd {
namespace {

const QColor kLevelColors[] = {QColor(31, 119, 180), QColor(255, 127, 14),  QColor(44, 160, 44),
                               QColor(214, 39, 40),  QColor(148, 103, 189), QColor(140, 86, 75)};

QColor levelColor(std::size_t i) {
  return kLevelColors[i % (sizeof(kLevelColors) / sizeof(kLevelColors[0]))];
}

QCustomPlot* makePlot(const QString& name, const QString& x, const QString& y, QWidget* parent) {
  auto* plot = new QCustomPlot(parent);
  plot->setObjectName(name);
  plot->setMinimumSize(280, 190); // two rows of plots must fit a 768 px high screen
  plot->xAxis->setLabel(x);
  plot->yAxis->setLabel(y);
  plot->legend->setVisible(true);
  QFont small = parent->font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  plot->legend->setFont(small);
  // The legend in a row of its own above the axes, wrapped into columns, so it never hides data
  // (inside the axes it covered the histograms' peaks and the per-frame a,b).
  auto* legendRow = new QCPLayoutGrid;
  plot->plotLayout()->insertRow(0);
  plot->plotLayout()->addElement(0, 0, legendRow);
  legendRow->addElement(0, 0, plot->legend);
  plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
  plot->legend->setWrap(3);
  plot->legend->setBorderPen(Qt::NoPen);
  plot->plotLayout()->setRowStretchFactor(0, 0.001);
  return plot;
}

// rescaleAxes() fits the data exactly, which draws the extreme points half outside the frame:
// widen the value axis by a small margin (at the top only when the axis starts at zero).
void padValueAxis(QCPAxis* axis, bool keepLower) {
  const QCPRange r = axis->range();
  const double pad = std::max(1e-12, 0.06 * (r.upper - r.lower));
  axis->setRange(keepLower ? r.lower : r.lower - pad, r.upper + pad);
}

QString params(const NoiseParams& p) {
  return QStringLiteral("a = %1, b = %2").arg(p.a, 0, 'g', 4).arg(p.b, 0, 'g', 4);
}

bool savePlot(QCustomPlot* plot, const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == "png")
    return plot->savePng(path, 0, 0, 2.0);
  if (suffix == "pdf")
    return plot->savePdf(path);
  if (suffix == "svg") {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(plot->size());
    svg.setViewBox(plot->rect());
    QCPPainter painter;
    if (!painter.begin(&svg))
      return false;
    plot->toPainter(&painter, plot->width(), plot->height());
    return painter.end();
  }
  return false;
}

} // namespace

NoiseFitPlot::NoiseFitPlot(QWidget* parent) : QWidget(parent) {
  m_histograms = makePlot("plotNoiseFit", tr("Noisy value y (normalised)"), tr("Density"), this);
  m_histograms->legend->setWrap(2); // its entries ("x = 0.156 (763449 px)") are the widest
  m_varianceMean = makePlot("plotVarianceMean", tr("Mean of the pseudo-clean value (normalised)"),
                            tr("Variance of y - mean"), this);
  m_frames = makePlot("plotFrameParams", tr("Frame"), tr("a (normalised)"), this);
  m_frames->yAxis2->setVisible(true);
  m_frames->yAxis2->setLabel(tr("b (normalised)"));

  m_params = new QLabel(tr("Denoise an image to see its noise fit."), this);
  m_params->setObjectName("labelNoiseParams");
  m_params->setWordWrap(true);
  m_params->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_levels = new QLineEdit(this);
  m_levels->setObjectName("editLevels");
  m_levels->setPlaceholderText(tr("automatic"));
  m_levels->setToolTip(
      tr("Clean levels for the histograms, normalised units, separated by commas or spaces"));
  m_applyLevels = new QPushButton(tr("Show levels"), this);
  m_applyLevels->setObjectName("btnApplyLevels");
  m_export = new QPushButton(tr("Export plots..."), this);
  m_export->setObjectName("btnExportPlots");

  auto* bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Levels"), this));
  bar->addWidget(m_levels, 1);
  bar->addWidget(m_applyLevels);
  bar->addSpacing(16);
  bar->addWidget(m_export);

  m_banner = new FitVerdictBanner(this);

  auto* layout = new QGridLayout(this);
  layout->addWidget(m_banner, 0, 0, 1, 2);
  layout->addWidget(m_histograms, 1, 0, 2, 1);
  layout->addWidget(m_varianceMean, 1, 1);
  layout->addWidget(m_frames, 2, 1);
  layout->addWidget(m_params, 3, 0, 1, 2);
  layout->addLayout(bar, 4, 0, 1, 2);
  layout->setRowStretch(1, 1);
  layout->setRowStretch(2, 1);
  layout->setColumnStretch(0, 3);
  layout->setColumnStretch(1, 2);

  connect(m_applyLevels, &QPushButton::clicked, this, &NoiseFitPlot::applyLevels);
  connect(m_levels, &QLineEdit::returnPressed, this, &NoiseFitPlot::applyLevels);
  connect(m_export, &QPushButton::clicked, this, &NoiseFitPlot::showExportDialog);
  setData(nullptr);
}

void NoiseFitPlot::setBusy(bool busy) {
  m_applyLevels->setEnabled(!busy && m_data);
}

void NoiseFitPlot::applyLevels() {
  try {
    emit levelsRequested(parseLevels(m_levels->text().toStdString()));
  } catch (const Error& e) {
    emit error(QString::fromStdString(e.what()));
  }
}

void NoiseFitPlot::setData(PlotDataPtr data) {
  m_data = std::move(data);
  m_export->setEnabled(static_cast<bool>(m_data));
  m_applyLevels->setEnabled(static_cast<bool>(m_data));
  drawHistograms();
  drawVarianceMean();
  drawFrames();
  if (!m_data)
    return;
  QString text = tr("Pseudo-clean fit: %1 (normalised); %2 (raw units); %n pixel(s) used", "",
                    int(m_data->fit.pixelsUsed))
                     .arg(params({m_data->fit.a, m_data->fit.b}), params(m_data->fitRaw));
  if (m_data->perFrame.size() > 1)
    text += "\n" + tr("Stack: the curves use one fit over all frames; each frame's own a,b (used "
                      "for its posterior) are plotted on the right.");
  if (m_data->hasGroundTruth)
    text += "\n" + tr("Ground-truth fit: %1 (normalised); %2 (raw units)")
                       .arg(params({m_data->groundTruthFit.a, m_data->groundTruthFit.b}),
                            params(m_data->groundTruthRaw));
  if (m_data->fit.clippedLowFraction > 0.001 || m_data->fit.clippedHighFraction > 0.001)
    text += "\n" + tr("Clipped pixels: %1% low, %2% high")
                       .arg(100 * m_data->fit.clippedLowFraction, 0, 'f', 2)
                       .arg(100 * m_data->fit.clippedHighFraction, 0, 'f', 2);
  m_params->setText(text);
}

void NoiseFitPlot::drawHistograms() {
  QCustomPlot* p = m_histograms;
  p->clearGraphs();
  p->clearPlottables();
  if (m_data) {
    for (std::size_t i = 0; i < m_data->histograms.size(); ++i) {
      const LevelHistogram& h = m_data->histograms[i];
      const QColor color = levelColor(i);
      QVector<double> x;
      QVector<double> y;
      for (std::size_t k = 0; k + 1 < h.edges.size() && k < h.density.size(); ++k) {
        x << 0.5 * (h.edges[k] + h.edges[k + 1]);
        y << h.density[k];
      }
      QCPGraph* bars = p->addGraph();
      bars->setData(x, y, true);
      bars->setLineStyle(QCPGraph::lsStepCenter);
      QColor fill = color;
      fill.setAlpha(60);
      bars->setBrush(fill);
      bars->setPen(QPen(color.lighter(130), 1));
      bars->setName(tr("x = %1 (%2 px)").arg(h.level, 0, 'f', 3).arg(h.count));
      for (std::size_t c = 0; c < h.curves.size(); ++c) {
        const PdfCurve& curve = h.curves[c];
        QCPGraph* g = p->addGraph();
        g->setData(QVector<double>(curve.x.begin(), curve.x.end()),
                   QVector<double>(curve.density.begin(), curve.density.end()), true);
        g->setPen(QPen(color.darker(140), 2, c == 0 ? Qt::SolidLine : Qt::DashLine));
        if (i == 0)
          g->setName(c == 0 ? tr("pseudo-clean fit") : tr("ground-truth fit"));
        else
          g->removeFromLegend();
      }
    }
  }
  p->rescaleAxes();
  padValueAxis(p->yAxis, true);
  p->replot();
}

void NoiseFitPlot::drawVarianceMean() {
  QCustomPlot* p = m_varianceMean;
  p->clearGraphs();
  if (m_data) {
    const VarianceMeanCurve& v = m_data->varianceMean;
    QCPGraph* points = p->addGraph();
    points->setData(QVector<double>(v.mean.begin(), v.mean.end()),
                    QVector<double>(v.variance.begin(), v.variance.end()), true);
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(31, 119, 180), 6));
    points->setName(tr("binned variance"));
    QCPGraph* line = p->addGraph();
    line->setData(QVector<double>(v.lineX.begin(), v.lineX.end()),
                  QVector<double>(v.lineY.begin(), v.lineY.end()), true);
    line->setPen(QPen(QColor(214, 39, 40), 2));
    line->setName(tr("fit a*x + b"));
  }
  p->rescaleAxes();
  padValueAxis(p->yAxis, false);
  p->replot();
}

void NoiseFitPlot::drawFrames() {
  QCustomPlot* p = m_frames;
  p->clearGraphs();
  if (m_data) {
    QVector<double> frame;
    QVector<double> a;
    QVector<double> b;
    for (std::size_t f = 0; f < m_data->perFrame.size(); ++f) {
      frame << double(f + 1);
      a << m_data->perFrame[f].a;
      b << m_data->perFrame[f].b;
    }
    QCPGraph* ga = p->addGraph(p->xAxis, p->yAxis);
    ga->setData(frame, a, true);
    ga->setPen(QPen(QColor(31, 119, 180), 2));
    ga->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    ga->setName(tr("a (normalised)"));
    QCPGraph* gb = p->addGraph(p->xAxis, p->yAxis2);
    gb->setData(frame, b, true);
    gb->setPen(QPen(QColor(255, 127, 14), 2));
    gb->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 6));
    gb->setName(tr("b (normalised)"));
    p->rescaleAxes();
    // Single frames still get a visible range.
    p->xAxis->setRange(0.5, std::max(1.5, frame.size() + 0.5));
    for (QCPAxis* axis : {p->yAxis, p->yAxis2}) {
      const QCPRange r = axis->range();
      const double pad =
          std::max(1e-9, 0.1 * std::fabs(r.upper - r.lower) + 0.05 * std::fabs(r.upper));
      axis->setRange(r.lower - pad, r.upper + pad);
    }
  }
  p->replot();
}

bool NoiseFitPlot::exportTo(const QString& path) const {
  if (!m_data)
    return false;
  const QFileInfo info(path);
  const QString suffix = info.suffix().toLower();
  if (suffix == "csv") {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
      return false;
    const std::string csv = noisePlotCsv(*m_data);
    return file.write(csv.data(), qint64(csv.size())) == qint64(csv.size());
  }
  const QString base = info.path() + "/" + info.completeBaseName();
  return savePlot(m_histograms, base + "_histograms." + suffix) &&
         savePlot(m_varianceMean, base + "_variance." + suffix) &&
         savePlot(m_frames, base + "_frames." + suffix);
}

void NoiseFitPlot::showExportDialog() {
  QSettings settings;
  const QString folder = settings.value("folders/plots", QDir::homePath()).toString();
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export noise-fit plots"), folder + "/noise_fit.png",
      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)"));
  if (path.isEmpty())
    return;
  settings.setValue("folders/plots", QFileInfo(path).absolutePath());
  if (!exportTo(path))
    m_params->setText(tr("Could not write %1").arg(path));
}

} // namespace pgd
