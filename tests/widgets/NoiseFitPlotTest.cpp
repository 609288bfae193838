// The Noise fit tab's plots on generated data with known a,b (offscreen, no worker): raw units by
// default with a switch to normalised ones, the Levels field in the units shown, every pdf curve
// labelled, the per-frame a,b axes unchanged by redraws and a single frame as text, and exports
// that carry the image name and a,b.
#include "NoiseFitPlot.h"
#include "noise/NoiseFitPlotData.h"
#include "noise/PoissonGaussianNoise.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace pgd {
namespace {

const Normalization kNorm{4000.0, 100.0}; // raw = 4000 * normalised + 100

// `frames` frames of a ramp 0.1..0.9 (normalised) with a = 0.01 * (frame + 1), b = 1e-4.
PlotDataPtr makeData(int frames, const NoiseFitPlotOptions& options = {}) {
  ImageStack clean(frames, 96, 96);
  for (int f = 0; f < frames; ++f)
    for (int y = 0; y < 96; ++y)
      for (int x = 0; x < 96; ++x)
        clean.at(f, y, x) = 0.1f + 0.8f * float(x) / 95.0f;
  ImageStack noisy(frames, 96, 96);
  for (int f = 0; f < frames; ++f)
    addPoissonGaussianNoise(clean.frame(f), noisy.frame(f), clean.frameSize(),
                            {0.01 * (f + 1), 1e-4}, {std::uint64_t(20 + f), false});
  return std::make_shared<NoiseFitPlotData>(makeNoiseFitPlotData(noisy, clean, options, kNorm));
}

QString svgText(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return {};
  return QString::fromUtf8(file.readAll());
}

} // namespace

class NoiseFitPlotTest : public QObject {
  Q_OBJECT
private slots:
  void axesShowRawUnitsByDefaultAndSwitch();
  void levelsAreTypedInTheUnitsShown();
  void everyPdfCurveIsLabelledWithItsLevel();
  void levelLabelsDoNotCoverEachOther();
  void frameAxesKeepTheirRangeAcrossRedraws();
  void aSingleFrameReadsAsValues();
  void exportsCarryTheImageNameAndAb();
};

void NoiseFitPlotTest::axesShowRawUnitsByDefaultAndSwitch() {
  NoiseFitPlot plot;
  plot.resize(1000, 600);
  plot.setData(makeData(3));
  QVERIFY(plot.showsRawUnits());
  QVERIFY(plot.histogramPlot()->xAxis->label().contains("raw units"));
  QVERIFY(plot.framePlot()->yAxis->label().contains("raw units"));
  QVERIFY(plot.findChild<QLabel*>("labelLevels")->text().contains("raw units"));
  // The histogram of the first level lies at raw values (normalised 0.1..0.9 is raw 500..3700).
  QVERIFY(plot.histogramPlot()->graph(0)->data()->begin()->key > 300.0);
  // The per-frame a: raw a = 4000 * normalised a.
  const double rawA = plot.framePlot()->graph(0)->data()->begin()->value;
  QCOMPARE(rawA, 4000.0 * plot.data()->perFrame[0].a);

  plot.findChild<QCheckBox*>("checkRawUnits")->setChecked(false);
  QVERIFY(!plot.showsRawUnits());
  QVERIFY(plot.histogramPlot()->xAxis->label().contains("normalised"));
  QVERIFY(plot.findChild<QLabel*>("labelLevels")->text().contains("normalised"));
  QVERIFY(plot.histogramPlot()->graph(0)->data()->begin()->key < 1.5);
  QCOMPARE(plot.framePlot()->graph(0)->data()->begin()->value, plot.data()->perFrame[0].a);
  // An image without a raw scale (identity normalisation) has nothing to switch.
  auto identity = std::make_shared<NoiseFitPlotData>(*plot.data());
  identity->normalization = {};
  plot.findChild<QCheckBox*>("checkRawUnits")->setChecked(true);
  plot.setData(identity);
  QVERIFY(!plot.findChild<QCheckBox*>("checkRawUnits")->isEnabled());
}

void NoiseFitPlotTest::levelsAreTypedInTheUnitsShown() {
  NoiseFitPlot plot;
  plot.setData(makeData(1));
  QSignalSpy requested(&plot, &NoiseFitPlot::levelsRequested);
  auto* levels = plot.findChild<QLineEdit*>("editLevels");
  levels->setText("2100, 3300");
  QTest::mouseClick(plot.findChild<QPushButton*>("btnApplyLevels"), Qt::LeftButton);
  QCOMPARE(requested.count(), 1);
  const auto raw = requested.takeFirst().at(0).value<std::vector<double>>();
  QCOMPARE(raw.size(), std::size_t(2));
  QCOMPARE(raw[0], 0.5); // (2100 - 100) / 4000
  QCOMPARE(raw[1], 0.8);
  // Switching units rewrites the typed levels, which keep their meaning.
  plot.findChild<QCheckBox*>("checkRawUnits")->setChecked(false);
  QCOMPARE(levels->text(), QString("0.5, 0.8"));
  QTest::mouseClick(plot.findChild<QPushButton*>("btnApplyLevels"), Qt::LeftButton);
  QCOMPARE(requested.takeFirst().at(0).value<std::vector<double>>(), raw);
}

void NoiseFitPlotTest::everyPdfCurveIsLabelledWithItsLevel() {
  NoiseFitPlot plot;
  plot.setData(makeData(1));
  const auto& histograms = plot.data()->histograms;
  const QList<QCPItemText*> labels = plot.histogramPlot()->findChildren<QCPItemText*>();
  QCOMPARE(labels.size(), qsizetype(histograms.size()));
  for (std::size_t i = 0; i < histograms.size(); ++i)
    QCOMPARE(labels[qsizetype(i)]->text(),
             QString::number(kNorm.toRawValue(histograms[i].level), 'g', 4));
}

void NoiseFitPlotTest::levelLabelsDoNotCoverEachOther() {
  // Four levels close together: their densities peak a few pixels apart, where the labels once
  // sat on top of each other (FMD widefield G's automatic levels).
  NoiseFitPlotOptions close;
  close.levels = {0.50, 0.51, 0.52, 0.53};
  NoiseFitPlot plot;
  plot.resize(900, 500);
  plot.show();
  QVERIFY(QTest::qWaitForWindowExposed(&plot));
  plot.setData(makeData(1, close));
  QCustomPlot* p = plot.histogramPlot();
  p->replot(QCustomPlot::rpImmediateRefresh);
  const QList<QCPItemText*> labels = p->findChildren<QCPItemText*>();
  QCOMPARE(labels.size(), 4);
  std::vector<QRectF> rects;
  for (QCPItemText* label : labels) {
    const QPointF bottomCentre = label->position->pixelPosition();
    const QRectF text = QFontMetricsF(label->font()).boundingRect(label->text());
    const QMargins pad = label->padding();
    const double w = text.width() + pad.left() + pad.right();
    const double h = text.height() + pad.top() + pad.bottom();
    rects.emplace_back(bottomCentre.x() - 0.5 * w, bottomCentre.y() - h, w, h);
    // Inside the plot.
    QVERIFY(p->axisRect()->rect().contains(rects.back().toAlignedRect()));
  }
  for (std::size_t i = 0; i < rects.size(); ++i)
    for (std::size_t j = i + 1; j < rects.size(); ++j)
      QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(QString("labels %1, %2").arg(i).arg(j)));
  // A label that moved is joined to its peak by a leader line; one did have to move.
  const QList<QCPItemLine*> leaders = p->findChildren<QCPItemLine*>();
  QCOMPARE(leaders.size(), 4);
  QVERIFY(std::any_of(leaders.begin(), leaders.end(), [](QCPItemLine* l) { return l->visible(); }));
  // The density axis grows just enough for the stack, and a plot made smaller and back gets the
  // same axis again (it once kept growing).
  double peak = 0.0;
  for (int g = 0; g < p->graphCount(); ++g)
    for (const QCPGraphData& d : *p->graph(g)->data())
      peak = std::max(peak, d.value);
  const double top = p->yAxis->range().upper;
  QVERIFY(top > peak);
  QVERIFY(top < 2.0 * peak);
  plot.resize(500, 300);
  QApplication::processEvents();
  p->replot(QCustomPlot::rpImmediateRefresh);
  plot.resize(900, 500);
  QApplication::processEvents();
  p->replot(QCustomPlot::rpImmediateRefresh);
  QApplication::processEvents();
  QVERIFY(std::abs(p->yAxis->range().upper - top) < 1e-6 * top);
}

void NoiseFitPlotTest::frameAxesKeepTheirRangeAcrossRedraws() {
  // Frames that vary, and frames that share one a,b (a learned or fixed a,b: every frame the
  // same, where QCustomPlot's rescale kept the old span and the padding grew it on each redraw).
  const PlotDataPtr varying = makeData(3);
  auto shared = std::make_shared<NoiseFitPlotData>(*varying);
  for (std::size_t f = 0; f < shared->perFrame.size(); ++f) {
    shared->perFrame[f] = shared->perFrame.front();
    shared->perFrameRaw[f] = shared->perFrameRaw.front();
  }
  for (const PlotDataPtr& data : {varying, PlotDataPtr(shared)}) {
    NoiseFitPlot plot;
    plot.setData(data);
    const QCPRange a = plot.framePlot()->yAxis->range();
    const QCPRange b = plot.framePlot()->yAxis2->range();
    for (int redraw = 0; redraw < 2; ++redraw) // as after two clicks of Show levels
      plot.setData(data);
    QCOMPARE(plot.framePlot()->yAxis->range().lower, a.lower);
    QCOMPARE(plot.framePlot()->yAxis->range().upper, a.upper);
    QCOMPARE(plot.framePlot()->yAxis2->range().lower, b.lower);
    QCOMPARE(plot.framePlot()->yAxis2->range().upper, b.upper);
    // Every frame's a lies inside the range, which is not much wider than the values need.
    double lo = 1e300;
    double hi = -1e300;
    for (const NoiseFitResult& f : data->perFrame) {
      QVERIFY(a.contains(4000.0 * f.a));
      lo = std::min(lo, 4000.0 * f.a);
      hi = std::max(hi, 4000.0 * f.a);
    }
    QVERIFY(a.size() <= 1.2 * (hi - lo) + 0.2 * hi + 1e-9);
  }
}

void NoiseFitPlotTest::aSingleFrameReadsAsValues() {
  NoiseFitPlot plot;
  plot.resize(1000, 600);
  plot.show();
  QVERIFY(QTest::qWaitForWindowExposed(&plot));
  plot.setData(makeData(1));
  QCustomPlot* p = plot.framePlot();
  // Centred in the plot (an empty legend once squeezed the text into the left corner).
  p->replot(QCustomPlot::rpImmediateRefresh);
  QCOMPARE(p->graphCount(), 0);
  auto* text = p->findChild<QCPItemText*>("textSingleFrame");
  QVERIFY(text && text->visible());
  const NoiseParams raw = plot.data()->perFrameRaw.front();
  QVERIFY2(text->text().contains(QString("a = %1").arg(raw.a, 0, 'g', 4)),
           qPrintable(text->text()));
  QVERIFY(text->text().contains("raw units"));
  QVERIFY(std::abs(text->position->pixelPosition().x() - 0.5 * p->width()) < 0.1 * p->width());
  // A stack draws its frames again, and the text goes.
  plot.setData(makeData(3));
  QCOMPARE(p->graphCount(), 2);
  QVERIFY(!text->visible());
}

void NoiseFitPlotTest::exportsCarryTheImageNameAndAb() {
  QTemporaryDir dir;
  NoiseFitPlot plot;
  plot.resize(1000, 600);
  plot.show();
  QVERIFY(QTest::qWaitForWindowExposed(&plot));
  plot.setData(makeData(1));
  plot.setImageName("cells-day2.tif");
  const QString title = plot.exportTitle();
  const NoiseParams raw = plot.data()->fitRaw;
  QVERIFY(title.contains("cells-day2.tif"));
  QVERIFY(title.contains(QString("a = %1, b = %2").arg(raw.a, 0, 'g', 4).arg(raw.b, 0, 'g', 4)));
  for (const char* suffix : {"png", "pdf", "svg", "csv"})
    QVERIFY(plot.exportTo(dir.filePath(QString("fit.") + suffix)));
  for (const char* name : {"fit_histograms.svg", "fit_variance.svg", "fit_frames.svg"}) {
    const QString svg = svgText(dir.filePath(name));
    QVERIFY2(svg.contains("cells-day2.tif"), name);
    QVERIFY2(svg.contains(QString("a = %1").arg(raw.a, 0, 'g', 4)), name);
  }
  QVERIFY(QFileInfo(dir.filePath("fit_histograms.png")).size() > 0);
  QVERIFY(QFileInfo(dir.filePath("fit_frames.pdf")).size() > 0);
  const QString csv = svgText(dir.filePath("fit.csv"));
  QVERIFY(csv.startsWith("# image\nname\ncells-day2.tif\n"));
  QVERIFY(csv.contains("method,a_raw,b_raw,a_norm,b_norm"));
  // The title is only in the files: the plots on screen keep their layout.
  QCOMPARE(plot.histogramPlot()->plotLayout()->rowCount(), 2);
}

} // namespace pgd

QTEST_MAIN(pgd::NoiseFitPlotTest)
#include "NoiseFitPlotTest.moc"
