// placeLabelsApart (widgets/LabelPlacement.h): labels that would cover each other move up, else
// down, never sideways, and labels clear of the others stay where they are.
#include "LabelPlacement.h"

#include <QTest>

namespace pgd {

class LabelPlacementTest : public QObject {
  Q_OBJECT
private slots:
  void labelsClearOfEachOtherStay() {
    const std::vector<QRectF> wanted = {QRectF(10, 50, 30, 12), QRectF(60, 52, 30, 12)};
    QCOMPARE(placeLabelsApart(wanted, QRectF(0, 0, 200, 100), 2.0), wanted);
  }

  void aCoveredLabelMovesAboveTheHigherOne() {
    // The second label sits 4 px lower and 10 px to the right of the first.
    const std::vector<QRectF> wanted = {QRectF(10, 50, 30, 12), QRectF(20, 54, 30, 12)};
    const auto placed = placeLabelsApart(wanted, QRectF(0, 0, 200, 100), 2.0);
    QCOMPARE(placed[0], wanted[0]);
    QCOMPARE(placed[1].left(), wanted[1].left());
    QCOMPARE(placed[1].size(), wanted[1].size());
    // Up, to the nearest position that keeps the 2 px gap: its bottom 2 px above the first's top.
    QCOMPARE(placed[1].bottom(), wanted[0].top() - 2.0);
  }

  void withNoRoomAboveALabelMovesDown() {
    const std::vector<QRectF> wanted = {QRectF(10, 2, 30, 12), QRectF(20, 4, 30, 12)};
    const auto placed = placeLabelsApart(wanted, QRectF(0, 0, 200, 100), 2.0);
    QCOMPARE(placed[0], wanted[0]);
    QCOMPARE(placed[1].left(), wanted[1].left());
    QCOMPARE(placed[1].top(), placed[0].bottom() + 2.0);
  }

  void withNoRoomAtAllALabelStays() {
    const std::vector<QRectF> wanted = {QRectF(10, 2, 30, 12), QRectF(20, 4, 30, 12)};
    QCOMPARE(placeLabelsApart(wanted, QRectF(0, 0, 200, 16), 2.0), wanted);
  }
};

} // namespace pgd

QTEST_GUILESS_MAIN(pgd::LabelPlacementTest)
#include "LabelPlacementTest.moc"
