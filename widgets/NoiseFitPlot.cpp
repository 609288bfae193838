#include "NoiseFitPlot.h"

#include "FitVerdictBanner.h"
#include "LabelPlacement.h"
#include "PlotLegend.h"
#include "display/LevelsText.h"
#include "display/NoisePlotCsv.h"
#include "job/Error.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

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
  QFont small = parent->font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  plot->legend->setFont(small);
  placeLegendAbove(*plot, 3);
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

// A level as the legend and the Levels field show it: 4 significant digits (raw levels run into
// the thousands, normalised ones are fractions).
QString level(double value) {
  return QString::number(value, 'g', 4);
}

// The range of the finite values of `values` (NaN: a gap, e.g. a constant frame) with a tenth to
// spare, computed from the data alone so a redraw of the same data gives the same range
// (QCustomPlot's rescale keeps the old span for a single value, which grew the axes on every
// redraw).
QCPRange paddedRange(const QVector<double>& values) {
  double lo = std::numeric_limits<double>::infinity();
  double hi = -lo;
  for (double v : values)
    if (std::isfinite(v)) {
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  if (!(lo <= hi))
    return {-1.0, 1.0};
  const double span = hi - lo;
  const double pad = span > 0.0 ? 0.1 * span : std::max(1e-12, 0.1 * std::fabs(hi));
  return {lo - pad, hi + pad};
}

// A title row above the legend while the plot is saved, so the file says which image and fit it
// shows; removed again afterwards.
class ExportTitle {
public:
  ExportTitle(QCustomPlot* plot, const QString& text) : m_plot(plot) {
    QFont font = plot->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    m_title = new QCPTextElement(plot, text, font);
    m_title->setObjectName("exportTitle");
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, m_title);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
  }
  ~ExportTitle() {
    m_plot->plotLayout()->remove(m_title);
    m_plot->plotLayout()->simplify();
    m_plot->setViewport(m_plot->rect()); // savePlot laid it out at the export size
    m_plot->replot();
  }
  ExportTitle(const ExportTitle&) = delete;
  ExportTitle& operator=(const ExportTitle&) = delete;

private:
  QCustomPlot* m_plot;
  QCPTextElement* m_title;
};

// Exports are drawn at least this large, whatever the plot's size on screen (a plot squeezed by
// the window, or never shown, would give a file too small to read), at twice the resolution.
constexpr int kMinExportWidth = 640;
constexpr int kMinExportHeight = 480;

bool savePlot(QCustomPlot* plot, const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  const int width = std::max(plot->width(), kMinExportWidth);
  const int height = std::max(plot->height(), kMinExportHeight);
  // Lay the plot out at the export size first: QCustomPlot's save functions draw with the layout
  // of the last replot, which left a plot hidden or resized since then squeezed into a corner.
  plot->setViewport(QRect(0, 0, width, height));
  plot->replot(QCustomPlot::rpImmediateRefresh);
  if (suffix == "png")
    return plot->savePng(path, width, height, 2.0);
  if (suffix == "pdf")
    return plot->savePdf(path, width, height);
  if (suffix == "svg") {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(QSize(width, height));
    svg.setViewBox(QRect(0, 0, width, height));
    QCPPainter painter;
    if (!painter.begin(&svg))
      return false;
    plot->toPainter(&painter, width, height);
    return painter.end();
  }
  return false;
}

} // namespace

NoiseFitPlot::NoiseFitPlot(QWidget* parent) : QWidget(parent) {
  // Axis labels name their units in relabel().
  m_histograms = makePlot("plotNoiseFit", {}, tr("Density"), this);
  connect(m_histograms, &QCustomPlot::afterLayout, this, &NoiseFitPlot::placeLevelLabels);
  m_histograms->legend->setWrap(2); // its entries ("x = 0.156 (763449 px)") are the widest
  m_varianceMean = makePlot("plotVarianceMean", {}, {}, this);
  // The panel is narrow on a 1366 px screen: fewer, wider-spaced level ticks, so that four- and
  // five-digit raw levels do not run into each other.
  m_varianceMean->xAxis->ticker()->setTickCount(4);
  m_frames = makePlot("plotFrameParams", tr("Frame"), {}, this);
  m_frames->yAxis2->setVisible(true);
  m_frameLegendRow = qobject_cast<QCPLayoutGrid*>(m_frames->legend->layout());
  // A single frame's a,b read as text, not as a lone dot (drawFrames).
  auto* frameText = new QCPItemText(m_frames);
  frameText->setObjectName("textSingleFrame");
  frameText->position->setType(QCPItemPosition::ptAxisRectRatio);
  frameText->position->setCoords(0.5, 0.5);
  frameText->setPositionAlignment(Qt::AlignCenter);
  frameText->setTextAlignment(Qt::AlignCenter);
  frameText->setVisible(false);

  m_params = new QLabel(tr("Denoise an image to see its noise fit."), this);
  m_params->setObjectName("labelNoiseParams");
  m_params->setWordWrap(true);
  m_params->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_rawUnits = new QCheckBox(tr("Raw units"), this);
  m_rawUnits->setObjectName("checkRawUnits");
  m_rawUnits->setChecked(true);
  m_rawUnits->setToolTip(tr("Show the axes and type the levels in the image's raw units; "
                            "unchecked: the model's normalised units"));
  m_levelsLabel = new QLabel(this);
  m_levelsLabel->setObjectName("labelLevels");
  m_levels = new QLineEdit(this);
  m_levels->setObjectName("editLevels");
  m_levels->setPlaceholderText(tr("automatic"));
  m_levelsLabel->setBuddy(m_levels);
  m_applyLevels = new QPushButton(tr("Show levels"), this);
  m_applyLevels->setObjectName("btnApplyLevels");
  m_export = new QPushButton(tr("Export plots..."), this);
  m_export->setObjectName("btnExportPlots");

  auto* bar = new QHBoxLayout;
  bar->addWidget(m_rawUnits);
  bar->addSpacing(16);
  bar->addWidget(m_levelsLabel);
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
  connect(m_rawUnits, &QCheckBox::toggled, this, &NoiseFitPlot::onUnitsToggled);
  setData(nullptr);
}

NoiseFitPlot::~NoiseFitPlot() {
  showFrameLegend(true); // back in the layout, which owns and deletes it
}

void NoiseFitPlot::showFrameLegend(bool show) {
  // Taken out of the layout, not hidden: an empty legend is as narrow as its margins, and
  // QCustomPlot caps the whole column (the single frame's text and an export's title) at that.
  QCPLayoutGrid* layout = m_frames->plotLayout();
  const bool shown = m_frameLegendRow->layout() != nullptr;
  if (show == shown)
    return;
  if (show) {
    layout->insertRow(0);
    layout->addElement(0, 0, m_frameLegendRow);
    layout->setRowStretchFactor(0, 0.001);
  } else {
    layout->take(m_frameLegendRow);
    layout->simplify();
  }
}

PlotUnits NoiseFitPlot::units() const {
  if (!m_data)
    return {};
  return PlotUnits(m_data->normalization, showsRawUnits());
}

bool NoiseFitPlot::showsRawUnits() const {
  return m_rawUnits->isChecked() && m_data && PlotUnits::hasRawScale(m_data->normalization);
}

void NoiseFitPlot::setShowsRawUnits(bool raw) {
  m_rawUnits->setChecked(raw);
}

void NoiseFitPlot::onUnitsToggled(bool raw) {
  // Typed levels keep their meaning: rewrite them in the units now shown.
  if (m_data && PlotUnits::hasRawScale(m_data->normalization)) {
    try {
      const std::vector<double> typed = parseLevels(m_levels->text().toStdString());
      const PlotUnits before(m_data->normalization, !raw);
      const PlotUnits after(m_data->normalization, raw);
      QStringList shown;
      for (double v : typed)
        shown << level(after.value(before.toNormalised(v)));
      m_levels->setText(shown.join(", "));
    } catch (const Error&) {
      // Not numbers: left as typed; Show levels names the typo.
    }
  }
  relabel();
  drawHistograms();
  drawVarianceMean();
  drawFrames();
}

void NoiseFitPlot::relabel() {
  const bool raw = showsRawUnits();
  const QString unit = raw ? tr("raw units") : tr("normalised");
  m_histograms->xAxis->setLabel(tr("Noisy value y (%1)").arg(unit));
  // Short labels: the plot is narrow on a 1366 px screen (the unit of the variance is the square
  // of the mean's).
  // The local residual is read at calibrated levels, the mean noisy value at each mu
  // (docs/NOISE_FIT.md, "Calibrated levels").
  m_varianceMean->xAxis->setLabel(m_data && m_data->fit.method == "local-difference"
                                      ? tr("Calibrated level (%1)").arg(unit)
                                      : tr("Pseudo-clean mean (%1)").arg(unit));
  m_varianceMean->yAxis->setLabel(tr("Variance of the fit's residual"));
  m_frames->yAxis->setLabel(tr("a (%1)").arg(unit));
  m_frames->yAxis2->setLabel(tr("b (%1)").arg(unit));
  m_levelsLabel->setText(tr("Levels (%1)").arg(unit));
  m_levels->setToolTip(
      tr("Clean levels for the histograms (%1), separated by commas or spaces").arg(unit));
}

void NoiseFitPlot::setBusy(bool busy) {
  m_applyLevels->setEnabled(!busy && m_data);
}

void NoiseFitPlot::applyLevels() {
  try {
    std::vector<double> levels = parseLevels(m_levels->text().toStdString());
    const PlotUnits shown = units();
    for (double& v : levels)
      v = shown.toNormalised(v);
    emit levelsRequested(levels);
  } catch (const Error& e) {
    emit error(QString::fromStdString(e.what()));
  }
}

void NoiseFitPlot::setData(PlotDataPtr data) {
  m_data = std::move(data);
  m_export->setEnabled(static_cast<bool>(m_data));
  m_applyLevels->setEnabled(static_cast<bool>(m_data));
  m_rawUnits->setEnabled(m_data && PlotUnits::hasRawScale(m_data->normalization));
  relabel();
  drawHistograms();
  drawVarianceMean();
  drawFrames();
  if (!m_data)
    return;
  // Raw image units first, then the model's normalised units (docs/NOISE_FIT.md, "Units").
  QString text = tr("Noise fit (%3): %1 (raw units); %2 (normalised); %n pixel(s) used", "",
                    int(m_data->fit.pixelsUsed))
                     .arg(params(m_data->fitRaw), params({m_data->fit.a, m_data->fit.b}))
                     .arg(residualName());
  if (m_data->perFrame.size() > 1)
    text += "\n" + tr("Stack: the curves use one fit over all frames; each frame's own a,b (used "
                      "for its posterior) are plotted on the right.");
  if (m_data->hasGroundTruth)
    text += "\n" + tr("Ground-truth fit: %1 (raw units); %2 (normalised)")
                       .arg(params(m_data->groundTruthRaw),
                            params({m_data->groundTruthFit.a, m_data->groundTruthFit.b}));
  if (m_data->fit.clippedLowFraction > 0.001 || m_data->fit.clippedHighFraction > 0.001)
    text += "\n" + tr("Clipped pixels: %1% low, %2% high")
                       .arg(100 * m_data->fit.clippedLowFraction, 0, 'f', 2)
                       .arg(100 * m_data->fit.clippedHighFraction, 0, 'f', 2);
  m_params->setText(text);
}

QString NoiseFitPlot::residualName() const {
  // What the fit read as noise (docs/NOISE_FIT.md, "Residual"): the local difference or y - mu.
  if (!m_data || m_data->fit.method != "local-difference")
    return tr("residual y - mu");
  // A wider stencil for noise in grains (docs/NOISE_FIT.md, "Grains: a wider stencil").
  return m_data->fit.localSpacing > 1
             ? tr("local-difference residual, pixels %1 apart").arg(m_data->fit.localSpacing)
             : tr("local-difference residual");
}

QString NoiseFitPlot::exportTitle() const {
  if (!m_data)
    return {};
  const QString name = m_imageName.isEmpty() ? tr("image") : m_imageName;
  // One line each, so the title fits the width of a plot.
  QString title = name + "\n" +
                  tr("noise fit (%2) %1 (raw units)").arg(params(m_data->fitRaw), residualName()) +
                  "\n" + tr("%1 (normalised)").arg(params({m_data->fit.a, m_data->fit.b}));
  if (m_data->hasGroundTruth)
    title += "\n" + tr("ground-truth fit %1 (raw units)").arg(params(m_data->groundTruthRaw));
  return title;
}

void NoiseFitPlot::drawHistograms() {
  QCustomPlot* p = m_histograms;
  p->clearGraphs();
  p->clearPlottables();
  p->clearItems();
  m_levelLabels.clear();
  if (m_data) {
    const PlotUnits u = units();
    for (std::size_t i = 0; i < m_data->histograms.size(); ++i) {
      const LevelHistogram& h = m_data->histograms[i];
      const QColor color = levelColor(i);
      QVector<double> x;
      QVector<double> y;
      for (std::size_t k = 0; k + 1 < h.edges.size() && k < h.density.size(); ++k) {
        x << u.value(0.5 * (h.edges[k] + h.edges[k + 1]));
        y << u.density(h.density[k]);
      }
      QCPGraph* bars = p->addGraph();
      bars->setData(x, y, true);
      bars->setLineStyle(QCPGraph::lsStepCenter);
      QColor fill = color;
      fill.setAlpha(60);
      bars->setBrush(fill);
      bars->setPen(QPen(color.lighter(130), 1));
      bars->setName(tr("x = %1 (%2 px)").arg(level(u.value(h.level))).arg(h.count));
      double peakX = u.value(h.level);
      double peakY = 0.0;
      for (std::size_t c = 0; c < h.curves.size(); ++c) {
        const PdfCurve& curve = h.curves[c];
        QVector<double> cx;
        QVector<double> cy;
        for (std::size_t k = 0; k < curve.x.size() && k < curve.density.size(); ++k) {
          cx << u.value(curve.x[k]);
          cy << u.density(curve.density[k]);
          if (c == 0 && cy.back() > peakY) {
            peakX = cx.back();
            peakY = cy.back();
          }
        }
        QCPGraph* g = p->addGraph();
        g->setData(cx, cy, true);
        g->setPen(QPen(color.darker(140), 2, c == 0 ? Qt::SolidLine : Qt::DashLine));
        if (i == 0)
          g->setName(c == 0 ? tr("noise fit") : tr("ground-truth fit"));
        else
          g->removeFromLegend();
      }
      // Every level's curves are labelled with their level at the fitted density's peak.
      auto* label = new QCPItemText(p);
      label->position->setCoords(peakX, peakY);
      label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
      label->setText(level(u.value(h.level)));
      label->setColor(color.darker(140));
      // A light box keeps the label readable where it crosses the other levels' curves.
      label->setBrush(QColor(255, 255, 255, 210));
      label->setPadding(QMargins(2, 0, 2, 0));
      label->setClipToAxisRect(false);
      auto* leader = new QCPItemLine(p);
      leader->setPen(QPen(color.darker(140), 1));
      leader->setVisible(false);
      m_levelLabels.push_back({label, leader, peakX, peakY});
    }
  }
  p->rescaleAxes();
  // Room above the highest peak for its label.
  const QCPRange r = p->yAxis->range();
  m_histogramUpper = r.upper + std::max(1e-12, 0.12 * (r.upper - 0.0));
  m_labelReplots = 0;
  p->yAxis->setRange(0.0, m_histogramUpper);
  p->replot();
}

void NoiseFitPlot::placeLevelLabels() {
  if (m_levelLabels.empty())
    return;
  QCustomPlot* p = m_histograms;
  const QRectF area(p->axisRect()->rect());
  if (area.height() < 1.0)
    return;
  // Each label's size (its text and padding), then its rectangle at its peak for the axis range
  // of the moment (bottom centre there, as its position alignment says).
  std::vector<QSizeF> sizes;
  for (const LevelLabel& l : m_levelLabels) {
    const QRectF text =
        QFontMetricsF(l.text->font())
            .boundingRect(QRectF(), Qt::TextDontClip | l.text->textAlignment(), l.text->text());
    const QMargins pad = l.text->padding();
    sizes.emplace_back(text.width() + pad.left() + pad.right(),
                       text.height() + pad.top() + pad.bottom());
  }
  const auto wantedRects = [&] {
    std::vector<QRectF> wanted;
    for (std::size_t i = 0; i < m_levelLabels.size(); ++i) {
      const QSizeF& size = sizes[i];
      const QPointF topLeft(p->xAxis->coordToPixel(m_levelLabels[i].peakX) - 0.5 * size.width(),
                            p->yAxis->coordToPixel(m_levelLabels[i].peakY) - size.height());
      wanted.emplace_back(topLeft, size);
    }
    return wanted;
  };
  // Labels stack upwards, above the curves, and the density axis grows to show the stack: with
  // the axis from 0 to U a peak of density v lies H (1 - v / U) pixels below the top, so a label
  // whose top is `above` pixels over its peak fits when U >= v / (1 - above / H). Raising U moves
  // the peaks closer together, so the stack is placed again until it fits (a few passes, each
  // raising U or stopping, so they cannot swing back and forth). The axis' ticks were laid out
  // for the old range: a changed range asks for one more replot, whose layout then finds the same
  // U (at most kLabelReplots of them per drawing and plot size).
  QRectF room = area;
  room.setTop(area.top() - area.height());
  const double h = area.height();
  const double laidOut = p->yAxis->range().upper;
  if (area.size() != m_labelArea) {
    m_labelArea = area.size();
    m_labelReplots = 0;
  }
  // From the drawn top each time, so that one geometry always gives one U.
  p->yAxis->setRange(0.0, m_histogramUpper);
  for (int pass = 0; pass < 4; ++pass) {
    const std::vector<QRectF> wanted = wantedRects();
    const std::vector<QRectF> stacked = placeLabelsApart(wanted, room, 2.0);
    const double current = p->yAxis->range().upper;
    double upper = current;
    for (std::size_t i = 0; i < stacked.size(); ++i) {
      const double above = wanted[i].bottom() - stacked[i].top();
      if (above < 0.8 * h)
        upper = std::max(upper, m_levelLabels[i].peakY / (1.0 - above / h));
    }
    p->yAxis->setRange(0.0, upper);
    if (upper - current <= 1e-3 * current)
      break;
  }
  if (std::abs(p->yAxis->range().upper - laidOut) > 1e-3 * laidOut &&
      m_labelReplots < kLabelReplots) {
    ++m_labelReplots;
    p->replot(QCustomPlot::rpQueuedReplot);
  }
  const std::vector<QRectF> wanted = wantedRects();
  const std::vector<QRectF> placed = placeLabelsApart(wanted, area, 2.0);
  for (std::size_t i = 0; i < m_levelLabels.size(); ++i) {
    const LevelLabel& l = m_levelLabels[i];
    const QRectF& r = placed[i];
    l.text->position->setCoords(p->xAxis->pixelToCoord(r.center().x()),
                                p->yAxis->pixelToCoord(r.bottom()));
    const bool moved = std::abs(r.bottom() - wanted[i].bottom()) > 0.5;
    l.leader->setVisible(moved);
    if (moved) {
      // From the label's edge nearest the peak (its bottom when moved up, its top when down).
      const double edge = r.bottom() < wanted[i].bottom() ? r.bottom() : r.top();
      l.leader->start->setCoords(l.peakX, p->yAxis->pixelToCoord(edge));
      l.leader->end->setCoords(l.peakX, l.peakY);
    }
  }
}

void NoiseFitPlot::drawVarianceMean() {
  QCustomPlot* p = m_varianceMean;
  p->clearGraphs();
  if (m_data) {
    const PlotUnits u = units();
    const VarianceMeanCurve& v = m_data->varianceMean;
    QVector<double> mean;
    QVector<double> variance;
    for (std::size_t k = 0; k < v.mean.size() && k < v.variance.size(); ++k) {
      mean << u.value(v.mean[k]);
      variance << u.variance(v.variance[k]);
    }
    QCPGraph* points = p->addGraph();
    points->setData(mean, variance, true);
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(31, 119, 180), 6));
    points->setName(tr("binned variance"));
    QVector<double> lineX;
    QVector<double> lineY;
    for (std::size_t k = 0; k < v.lineX.size() && k < v.lineY.size(); ++k) {
      lineX << u.value(v.lineX[k]);
      lineY << u.variance(v.lineY[k]);
    }
    QCPGraph* line = p->addGraph();
    line->setData(lineX, lineY, true);
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
  auto* text = qobject_cast<QCPItemText*>(p->item(0));
  const std::size_t frames = m_data ? m_data->perFrame.size() : 0;
  text->setVisible(frames == 1);
  for (QCPAxis* axis : {p->xAxis, p->yAxis, p->yAxis2})
    axis->setVisible(frames != 1);
  showFrameLegend(frames != 1);
  if (frames == 1) {
    // One frame: its a,b as text; a lone dot in a made-up range says nothing.
    const NoiseParams raw =
        m_data->perFrameRaw.empty()
            ? m_data->normalization.toRaw({m_data->perFrame.front().a, m_data->perFrame.front().b})
            : m_data->perFrameRaw.front();
    text->setText(
        tr("Frame 1\n%1 (raw units)\n%2 (normalised)")
            .arg(params(raw), params({m_data->perFrame.front().a, m_data->perFrame.front().b})));
  } else if (frames > 1) {
    const PlotUnits u = units();
    QVector<double> frame;
    QVector<double> a;
    QVector<double> b;
    for (std::size_t f = 0; f < frames; ++f) {
      const NoiseParams shown = u.params({m_data->perFrame[f].a, m_data->perFrame[f].b});
      // A constant frame had no noise to fit: a gap in the lines, not a point at 0.
      const double none = std::numeric_limits<double>::quiet_NaN();
      const bool fitted = !m_data->perFrame[f].constantFrame;
      frame << double(f + 1);
      a << (fitted ? shown.a : none);
      b << (fitted ? shown.b : none);
    }
    const QString unit = u.raw() ? tr("raw units") : tr("normalised");
    QCPGraph* ga = p->addGraph(p->xAxis, p->yAxis);
    ga->setData(frame, a, true);
    ga->setPen(QPen(QColor(31, 119, 180), 2));
    ga->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    ga->setName(tr("a (%1)").arg(unit));
    QCPGraph* gb = p->addGraph(p->xAxis, p->yAxis2);
    gb->setData(frame, b, true);
    gb->setPen(QPen(QColor(255, 127, 14), 2));
    gb->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 6));
    gb->setName(tr("b (%1)").arg(unit));
    // Ranges from the data alone, so they stay put however often the plots are redrawn.
    p->xAxis->setRange(0.5, double(frames) + 0.5);
    p->yAxis->setRange(paddedRange(a));
    p->yAxis2->setRange(paddedRange(b));
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
    const std::string csv = noisePlotCsv(*m_data, m_imageName.toStdString());
    return file.write(csv.data(), qint64(csv.size())) == qint64(csv.size());
  }
  const QString base = info.path() + "/" + info.completeBaseName();
  const QString title = exportTitle();
  for (const auto& [plot, name] :
       {std::pair{m_histograms, "_histograms."}, std::pair{m_varianceMean, "_variance."},
        std::pair{m_frames, "_frames."}}) {
    const ExportTitle titled(plot, title);
    if (!savePlot(plot, base + name + suffix))
      return false;
  }
  return true;
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
