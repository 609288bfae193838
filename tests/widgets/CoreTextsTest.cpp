// CoreTexts: what core writes in English (stop reasons, data summaries, loss and network names)
// reads in the workbench's language, with plurals, and unknown texts pass through unchanged.
#include "CoreTexts.h"
#include "GuiApp.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

namespace pgd {

class CoreTextsTest : public QObject {
  Q_OBJECT
private slots:
  void englishHasPluralsAndKeepsTheWords();
  void germanTranslatesEveryKnownText();
  void unknownTextsPassThrough();

private:
  static void useLanguage(const std::string& code);
};

void CoreTextsTest::useLanguage(const std::string& code) {
  for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
    QCoreApplication::removeTranslator(t);
    delete t;
  }
  installTranslators(code);
}

void CoreTextsTest::englishHasPluralsAndKeepsTheWords() {
  useLanguage("en");
  QCOMPARE(CoreTexts::stopReason("step limit"), QString("step limit"));
  QCOMPARE(CoreTexts::stopReason("converged (no validation improvement for 1 evaluations)"),
           QString("converged (no validation improvement for 1 evaluation)"));
  QCOMPARE(CoreTexts::dataSummary("cells.tif: 1 frame 64x48 uint16; b.tif: 20 frames 8x8 uint8"),
           QString("cells.tif: 1 frame 64x48 uint16; b.tif: 20 frames 8x8 uint8"));
  QCOMPARE(CoreTexts::lossName(LossKind::Uncalibrated), QString("uncalibrated"));
}

void CoreTextsTest::germanTranslatesEveryKnownText() {
  useLanguage("de");
  for (const char* reason : {"step limit", "time budget", "cancelled",
                             "converged (no validation improvement for 5 evaluations)",
                             "diverged (loss is not finite)", "out of memory on cuda at step 12"}) {
    const QString shown = CoreTexts::stopReason(reason);
    QVERIFY2(!shown.isEmpty() && shown != QString(reason), reason);
  }
  QCOMPARE(CoreTexts::stopReason("cancelled"), QString("abgebrochen"));
  QVERIFY(CoreTexts::stopReason("out of memory on cuda at step 12").contains("12"));
  QVERIFY(CoreTexts::stopReason("converged (no validation improvement for 5 evaluations)")
              .contains("5"));
  QCOMPARE(CoreTexts::dataSummary("cells.tif: 1 frame 64x48 uint16; b.tif: 20 frames 8x8 uint8"),
           QString("cells.tif: 1 Einzelbild 64x48 uint16; b.tif: 20 Einzelbilder 8x8 uint8"));
  for (LossKind loss : {LossKind::Uncalibrated, LossKind::Regularized})
    QVERIFY(CoreTexts::lossName(loss) != QString::fromLatin1(toString(loss)));
  QCOMPARE(CoreTexts::networkName(NetworkKind::BlindSpot), QString("Blind-Spot"));
}

void CoreTextsTest::unknownTextsPassThrough() {
  useLanguage("de");
  QCOMPARE(CoreTexts::stopReason("a reason from a newer version"),
           QString("a reason from a newer version"));
  QCOMPARE(CoreTexts::dataSummary("no frames here"), QString("no frames here"));
}

} // namespace pgd

QTEST_GUILESS_MAIN(pgd::CoreTextsTest)
#include "CoreTextsTest.moc"
