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
  void errorLinesAreTranslatedPhraseByPhrase();
  void unknownTextsPassThrough();
  void trainingNotesReadAsSentences();

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

void CoreTextsTest::errorLinesAreTranslatedPhraseByPhrase() {
  useLanguage("de");
  QCOMPARE(CoreTexts::errorDetail("/data/a b.tif: truncated TIFF (page 2 needs 8200 bytes, file "
                                  "has 234)"),
           QString::fromUtf8("/data/a b.tif: abgeschnittenes TIFF (Seite 2 braucht 8200 Bytes, die "
                             "Datei hat 234)"));
  QCOMPARE(CoreTexts::errorDetail("/d/config.json: training config: cropSize: expected a whole "
                                  "number, not \"large\""),
           QString::fromUtf8("/d/config.json: Trainingseinstellungen: cropSize: erwartet eine "
                             "ganze Zahl, nicht \"large\""));
  QCOMPARE(CoreTexts::errorDetail("/d/model/loss l1: unknown (expected uncalibrated, regularized "
                                  "or n2v)"),
           QString::fromUtf8("/d/model/Verlust l1: unbekannt (erwartet uncalibrated, regularized "
                             "oder n2v)"));
  QCOMPARE(CoreTexts::errorDetail("/d/flat.tif: the image is constant (500), nothing to denoise"),
           QString::fromUtf8("/d/flat.tif: das Bild ist konstant (500), nichts zu entrauschen"));
  QCOMPARE(CoreTexts::errorDetail("noise fit flagged on frame 1 of 3: frame is constant (0): "
                                  "nothing to denoise, written unchanged"),
           QString::fromUtf8("Rauschanpassung markiert auf Einzelbild 1 von 3: Einzelbild ist "
                             "konstant (0): nichts zu entrauschen, unverändert geschrieben"));
  // A library's words in parentheses stay as they are.
  QCOMPARE(CoreTexts::errorDetail("x.png: corrupt or truncated PNG (IDAT: invalid code lengths "
                                  "set)"),
           QString::fromUtf8("x.png: beschädigtes oder abgeschnittenes PNG (IDAT: invalid code "
                             "lengths set)"));
  // Training on a selection too small for its crops.
  QCOMPARE(CoreTexts::errorDetail("training data: images of 40x40 pixels are too small to hold out "
                                  "validation blocks beside a 32x32 crop"),
           QString::fromUtf8("Trainingsdaten: Bilder von 40x40 Pixeln sind zu klein, um neben "
                             "einem Ausschnitt von 32x32 Validierungsblöcke zurückzuhalten"));
  // The noise-fit verdict line of the banner's tooltip, several phrases in one line.
  const QString verdict = CoreTexts::errorDetail(
      "noise fit flagged on frames 0, 1 of 2: model undertrained: trained only 30 steps (fewer "
      "than 500); image unlike the model's training data: pixel type uint16, the model was "
      "trained on uint8; noise level 41.2 (6.3x higher), the model was trained at 6.5");
  QCOMPARE(verdict,
           QString::fromUtf8("Rauschanpassung markiert auf den Einzelbildern 0, 1 von 2: Modell "
                             "zu kurz trainiert: nur 30 Schritte (weniger als 500); Bild anders "
                             "als die Trainingsdaten des Modells: Pixeltyp uint16, das Modell "
                             "wurde mit uint8 trainiert; Rauschniveau 41.2 (6.3x höher), das "
                             "Modell wurde bei 6.5 trainiert"));
  useLanguage("en");
  const QString line = "/d/x.tif: no such file or folder";
  QCOMPARE(CoreTexts::errorDetail(line), line);
}

void CoreTextsTest::unknownTextsPassThrough() {
  useLanguage("de");
  QCOMPARE(CoreTexts::stopReason("a reason from a newer version"),
           QString("a reason from a newer version"));
  QCOMPARE(CoreTexts::dataSummary("no frames here"), QString("no frames here"));
  QCOMPARE(CoreTexts::errorDetail("something new went wrong"), QString("something new went wrong"));
}

void CoreTextsTest::trainingNotesReadAsSentences() {
  // The two notes of a warm start's shrink decision (core/train/TrainingRun.cpp, chooseShrink).
  const std::string shrunk = "training starts from the base model's weights scaled by 0.7, as "
                             "this run can afford about 9353 steps: the validation loss rises at "
                             "first and falls from there";
  const std::string asItIs = "training starts from the base model as it is: this run can afford 1 "
                             "step, and scaling its weights by 0.7 helps only from 5000 steps";
  useLanguage("en");
  QCOMPARE(CoreTexts::trainingNote(shrunk),
           QString("Training starts from the base model's weights scaled by 0.7, as this run can "
                   "afford about 9353 steps: the validation loss rises at first and falls from "
                   "there."));
  QCOMPARE(CoreTexts::trainingNote(asItIs),
           QString("Training starts from the base model as it is: this run can afford 1 step, "
                   "and scaling its weights by 0.7 helps only from 5000 steps."));
  QCOMPARE(CoreTexts::trainingNote("left out 1 constant frame with nothing to learn: image 1 "
                                   "frame 2"),
           QString("Left out 1 constant frame with nothing to learn: image 1 frame 2."));
  QCOMPARE(CoreTexts::trainingNote("a note from a newer core"),
           QString("A note from a newer core"));
  useLanguage("de");
  const QString de = CoreTexts::trainingNote(shrunk);
  QVERIFY2(de.contains("0.7") && de.contains("9353") && !de.contains("validation loss"),
           qPrintable(de));
  const QString de2 = CoreTexts::trainingNote(asItIs);
  QVERIFY2(de2.contains("5000") && !de2.contains("as it is"), qPrintable(de2));
  const std::string leftOut = "left out 2 constant frames with nothing to learn: a.tif frame 3, "
                              "a.tif frame 4";
  QCOMPARE(CoreTexts::trainingNote(leftOut),
           QString::fromUtf8("2 konstante Einzelbilder ausgelassen, daraus ist nichts zu lernen: "
                             "a.tif frame 3, a.tif frame 4."));
  useLanguage("en");
}

} // namespace pgd

QTEST_GUILESS_MAIN(pgd::CoreTextsTest)
#include "CoreTextsTest.moc"
