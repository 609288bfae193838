// DisplayControls' histogram: it shows the counts it is given with the window marked, follows the
// Min/Max boxes, and a click moves the nearer end of the window (auto contrast off).
#include "DisplayControls.h"
#include "HistogramStrip.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTest>

#include <vector>

namespace pgd {

class DisplayControlsTest : public QObject {
  Q_OBJECT
private slots:
  void histogramFollowsTheWindowAndClicksMoveIt();
};

void DisplayControlsTest::histogramFollowsTheWindowAndClicksMoveIt() {
  DisplayControls controls;
  controls.resize(1000, 60);
  controls.show();
  QVERIFY(QTest::qWaitForWindowExposed(&controls));
  HistogramStrip* strip = controls.histogramStrip();
  QVERIFY(strip && strip->isVisible());
  std::vector<float> values;
  for (int i = 0; i <= 1000; ++i)
    values.push_back(float(i));
  controls.setHistogram(valueHistogram(values.data(), values.size(), 100));
  QCOMPARE(strip->histogram().total(), std::uint64_t(1001));

  controls.setDisplayRange({100.0, 900.0});
  QCOMPARE(strip->window().low, 100.0);
  QCOMPARE(strip->window().high, 900.0);
  // Typing a Max moves the mark too.
  auto* high = controls.findChild<QDoubleSpinBox*>("spinContrastHigh");
  high->setValue(800.0);
  QCOMPARE(strip->window().high, 800.0);

  // A click near the left end sets Min to the value there and turns auto contrast off.
  controls.setAutoContrastEnabled(true);
  QSignalSpy changed(&controls, &DisplayControls::displayRangeChanged);
  const int x = int(strip->width() * 0.2);
  QTest::mouseClick(strip, Qt::LeftButton, Qt::NoModifier, QPoint(x, strip->height() / 2));
  QCOMPARE(changed.count(), 1);
  const double expected = strip->valueAt(x);
  QVERIFY(std::abs(expected - 200.0) < 10.0);
  QCOMPARE(controls.displayRange().low,
           controls.findChild<QDoubleSpinBox*>("spinContrastLow")->value());
  QVERIFY(std::abs(controls.displayRange().low - expected) < 1.0);
  QCOMPARE(controls.displayRange().high, 800.0);
  QVERIFY(!controls.autoContrastEnabled());
  // The shaded part left of Min is darker than the bars inside the window.
  const QImage img = strip->grab().toImage();
  const int inside = qGray(img.pixel(strip->width() / 2, img.height() - 2));
  const int outside = qGray(img.pixel(2, img.height() - 2));
  QVERIFY2(outside < inside, qPrintable(QString("%1 vs %2").arg(outside).arg(inside)));
}

} // namespace pgd

QTEST_MAIN(pgd::DisplayControlsTest)
#include "DisplayControlsTest.moc"
