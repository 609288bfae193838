// ImageViewer's overlays: the zoom as a percentage that follows the +/- keys, a scale bar for
// calibrated images only (drawn white at the bottom right), and the image information line.
#include "GuiApp.h"
#include "ImageViewer.h"

#include <QApplication>
#include <QTest>

namespace pgd {

class ImageViewerTest : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { installTranslators("en"); } // English plural forms
  void zoomTextFollowsTheKeys();
  void scaleBarOnlyForCalibratedImages();
  void infoLineNamesSizeFramesTypeAndPixelSize();

private:
  static StackPtr stack(bool calibrated);
};

StackPtr ImageViewerTest::stack(bool calibrated) {
  auto s = std::make_shared<ImageStack>(3, 200, 300, 10.0f);
  s->metadata().sourceType = PixelType::UInt16;
  if (calibrated) {
    s->metadata().geometry.spacingX = s->metadata().geometry.spacingY = 0.1625;
    s->metadata().geometry.unit = "micron";
  }
  return s;
}

void ImageViewerTest::zoomTextFollowsTheKeys() {
  ImageViewer viewer;
  viewer.resize(600, 400);
  viewer.setStack(stack(false));
  viewer.zoomToFit();
  QCOMPARE(viewer.zoomText(), QString("200%"));
  QTest::keyClick(&viewer, Qt::Key_Plus);
  QCOMPARE(viewer.zoomText(), QString("250%"));
  QTest::keyClick(&viewer, Qt::Key_Minus);
  QTest::keyClick(&viewer, Qt::Key_Minus);
  QCOMPARE(viewer.zoomText(), QString("160%"));
}

void ImageViewerTest::scaleBarOnlyForCalibratedImages() {
  ImageViewer viewer;
  viewer.resize(600, 400);
  viewer.setStack(stack(false));
  viewer.setDisplayRange({0.0, 20.0}); // the image is mid grey
  viewer.zoomToFit();
  QVERIFY(viewer.scaleBarText().isEmpty());
  const QImage plain = viewer.grab().toImage();

  viewer.setStack(stack(true));
  viewer.zoomOneToOne();
  // 120 screen pixels at 0.1625 µm per pixel are 19.5 µm: a 10 µm bar, 61.5 pixels long.
  QCOMPARE(viewer.scaleBarText(), QString::fromUtf8("10 \u00b5m"));
  const QImage shown = viewer.grab().toImage();
  // The bar: white pixels in the bottom right corner, where the uncalibrated view has none.
  const auto whiteIn = [](const QImage& img) {
    int white = 0;
    for (int y = img.height() - 16; y < img.height(); ++y)
      for (int x = img.width() - 80; x < img.width(); ++x)
        white += img.pixelColor(x, y) == QColor(255, 255, 255);
    return white;
  };
  QVERIFY2(whiteIn(shown) >= 50 * 4, qPrintable(QString::number(whiteIn(shown))));
  QCOMPARE(whiteIn(plain), 0);
  viewer.zoomBy(4.0);
  QCOMPARE(viewer.scaleBarText(), QString::fromUtf8("2 \u00b5m"));
}

void ImageViewerTest::infoLineNamesSizeFramesTypeAndPixelSize() {
  QCOMPARE(ImageViewer::imageInfo(*stack(false)), QString("300 x 200 pixels, 3 frames, uint16"));
  QCOMPARE(ImageViewer::imageInfo(*stack(true)),
           QString::fromUtf8("300 x 200 pixels, 3 frames, uint16, 0.1625 \u00b5m per pixel"));
}

} // namespace pgd

QTEST_MAIN(pgd::ImageViewerTest)
#include "ImageViewerTest.moc"
