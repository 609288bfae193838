#include "CoreTexts.h"

#include <QRegularExpression>

namespace pgd {

namespace {

// A phrase of core's error lines (a regular expression with captures) and its wording with %1,
// %2, ... for the captures, translated in the "CoreTexts" context. Rules apply in order, each to
// every match in the line, so a line made of several phrases ("FILE: training config: FIELD:
// expected ...") is translated phrase by phrase.
struct ErrorPhrase {
  const char* pattern;
  const char* wording;
};

const ErrorPhrase kErrorPhrases[] = {
    {"^device (\\S+): expected (.+) or (\\S+)$",
     QT_TRANSLATE_NOOP("CoreTexts", "device %1: expected %2 or %3")},
    {": no such file or folder$", QT_TRANSLATE_NOOP("CoreTexts", ": no such file or folder")},
    {": not a regular file$", QT_TRANSLATE_NOOP("CoreTexts", ": not a regular file")},
    {": cannot be opened \\(permission denied\\?\\)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": cannot be opened (permission denied?)")},
    {": file is empty$", QT_TRANSLATE_NOOP("CoreTexts", ": file is empty")},
    {": folder holds no \\.tif, \\.tiff or \\.png images$",
     QT_TRANSLATE_NOOP("CoreTexts", ": folder holds no .tif, .tiff or .png images")},
    {": cannot list folder \\((.*)\\)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": cannot list folder (%1)")},
    {": unsupported pixel type \\((.*)\\)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": unsupported pixel type (%1)")},
    {": unsupported number of channels: (\\d+)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": unsupported number of channels: %1")},
    {": frame (\\d+) contains (\\d+) NaN or infinite pixel values$",
     QT_TRANSLATE_NOOP("CoreTexts", ": frame %1 contains %2 NaN or infinite pixel values")},
    {": contains (\\d+) NaN or infinite pixel values$",
     QT_TRANSLATE_NOOP("CoreTexts", ": contains %1 NaN or infinite pixel values")},
    {": corrupt TIFF header \\((.*)\\)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": corrupt TIFF header (%1)")},
    {": corrupt or truncated PNG \\(chunk (\\S+) claims (\\d+) bytes, (\\d+) are left in the "
     "file\\)$",
     QT_TRANSLATE_NOOP(
         "CoreTexts",
         ": corrupt or truncated PNG (chunk %1 claims %2 bytes, %3 are left in the file)")},
    {": corrupt or truncated PNG \\((.*)\\)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": corrupt or truncated PNG (%1)")},
    {": truncated TIFF \\(page (\\d+)'s directory would start at byte (\\d+), the file has (\\d+) "
     "bytes\\)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": truncated TIFF (page %1's directory would start at byte %2, "
                                    "the file has %3 bytes)")},
    {": truncated TIFF \\(page (\\d+) needs (\\d+) bytes, file has (\\d+)\\)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": truncated TIFF (page %1 needs %2 bytes, file has %3)")},
    {": page (\\d+) differs in size or type from page 1$",
     QT_TRANSLATE_NOOP("CoreTexts", ": page %1 differs in size or type from page 1")},
    {": not a readable TIFF or PNG image \\(unknown format or corrupt header\\)$",
     QT_TRANSLATE_NOOP("CoreTexts",
                       ": not a readable TIFF or PNG image (unknown format or corrupt header)")},
    {": cannot read the training config$",
     QT_TRANSLATE_NOOP("CoreTexts", ": cannot read the training config")},
    {"training config: batch, steps, epoch length, crop and learning rate must be positive, weight "
     "averaging in \\[0, 1\\)$",
     QT_TRANSLATE_NOOP("CoreTexts",
                       "training config: batch, steps, epoch length, crop and learning "
                       "rate must be positive, weight averaging in [0, 1)")},
    {"training config: network inChannels (\\d+): pgdenoise trains on one channel \\(expected "
     "1\\)$",
     QT_TRANSLATE_NOOP("CoreTexts",
                       "training config: network inChannels %1: pgdenoise trains on one channel "
                       "(expected 1)")},
    {"training config: the n2v loss needs the unet network and the other losses the blind-spot "
     "network$",
     QT_TRANSLATE_NOOP("CoreTexts", "training config: the n2v loss needs the unet network and the "
                                    "other losses the blind-spot network")},
    {"training config: ", QT_TRANSLATE_NOOP("CoreTexts", "training config: ")},
    {"(^|/|: )loss (\\S+): unknown \\(expected (.+) or (\\S+)\\)$",
     QT_TRANSLATE_NOOP("CoreTexts", "%1loss %2: unknown (expected %3 or %4)")},
    {"(^|/|: )architecture (\\S+): unknown \\(expected (.+) or (\\S+)\\)$",
     QT_TRANSLATE_NOOP("CoreTexts", "%1architecture %2: unknown (expected %3 or %4)")},
    {": expected a whole number from (\\S+) to (\\S+), not (.+)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": expected a whole number from %1 to %2, not %3")},
    {": expected a whole number, not (.+)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": expected a whole number, not %1")},
    {": not valid JSON$", QT_TRANSLATE_NOOP("CoreTexts", ": not valid JSON")},
    {": format version (\\d+) is newer than this pgdenoise understands \\((\\d+)\\); update "
     "pgdenoise$",
     QT_TRANSLATE_NOOP("CoreTexts",
                       ": format version %1 is newer than this pgdenoise understands (%2); update "
                       "pgdenoise")},
    {": missing \\(not a model folder\\)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": missing (not a model folder)")},
    {": missing or invalid field \\((.*)\\)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": missing or invalid field (%1)")},
    {": normalization scale must be positive$",
     QT_TRANSLATE_NOOP("CoreTexts", ": normalization scale must be positive")},
    {": weight (\\S+) is missing \\(architecture mismatch\\)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": weight %1 is missing (architecture mismatch)")},
    {": weight (\\S+) has shape (\\S+) but the architecture needs (\\S+)$",
     QT_TRANSLATE_NOOP("CoreTexts", ": weight %1 has shape %2 but the architecture needs %3")},
    {": weights are truncated or corrupt$",
     QT_TRANSLATE_NOOP("CoreTexts", ": weights are truncated or corrupt")},
    {": missing$", QT_TRANSLATE_NOOP("CoreTexts", ": missing")},
    {": output folder does not exist$",
     QT_TRANSLATE_NOOP("CoreTexts", ": output folder does not exist")},
    {"training data: images must be at least (\\d+)x(\\d+) pixels \\(smallest side is (\\d+)\\)$",
     QT_TRANSLATE_NOOP("CoreTexts", "training data: images must be at least %1x%2 pixels "
                                    "(smallest side is %3)")},
    {"training data: images of (\\d+)x(\\d+) pixels are too small to hold out validation blocks "
     "beside a (\\d+)x(\\d+) crop$",
     QT_TRANSLATE_NOOP("CoreTexts", "training data: images of %1x%2 pixels are too small to hold "
                                    "out validation blocks beside a %3x%4 crop")},
    {": frame (\\d+) is constant \\((.*)\\), nothing to learn$",
     QT_TRANSLATE_NOOP("CoreTexts", ": frame %1 is constant (%2), nothing to learn")},
    {": image is empty$", QT_TRANSLATE_NOOP("CoreTexts", ": image is empty")},
    {": the image is constant \\((.*)\\), nothing to denoise$",
     QT_TRANSLATE_NOOP("CoreTexts", ": the image is constant (%1), nothing to denoise")},
    // The noise-fit verdict line (core/noise/NoiseFitter.h, flaggedFitsLine), phrase by phrase.
    {"noise fit flagged on frames ([0-9, ]+) of (\\d+): ",
     QT_TRANSLATE_NOOP("CoreTexts", "noise fit flagged on frames %1 of %2: ")},
    {"noise fit flagged on frame (\\d+) of (\\d+): ",
     QT_TRANSLATE_NOOP("CoreTexts", "noise fit flagged on frame %1 of %2: ")},
    {"noise fit flagged: ", QT_TRANSLATE_NOOP("CoreTexts", "noise fit flagged: ")},
    {"a constraint is active: a = 0 \\(no signal-dependent noise resolved\\)",
     QT_TRANSLATE_NOOP("CoreTexts",
                       "a constraint is active: a = 0 (no signal-dependent noise resolved)")},
    {"a constraint is active: the variance a\\*mu \\+ b reaches its floor at the lowest level "
     "used \\(mu = ([^)]+)\\)",
     QT_TRANSLATE_NOOP("CoreTexts", "a constraint is active: the variance a*mu + b reaches its "
                                    "floor at the lowest level used (mu = %1)")},
    {"frame is constant \\(([^)]*)\\): nothing to denoise, written unchanged",
     QT_TRANSLATE_NOOP("CoreTexts",
                       "frame is constant (%1): nothing to denoise, written unchanged")},
    {"only (\\d+) pixels entered the fit \\(fewer than (\\d+)\\)",
     QT_TRANSLATE_NOOP("CoreTexts", "only %1 pixels entered the fit (fewer than %2)")},
    {"Nelder-Mead did not converge in (\\d+) iterations",
     QT_TRANSLATE_NOOP("CoreTexts", "Nelder-Mead did not converge in %1 iterations")},
    {"([0-9.]+)% of the pixels are clipped \\(from ([0-9.]+)% on\\)",
     QT_TRANSLATE_NOOP("CoreTexts", "%1% of the pixels are clipped (from %2% on)")},
    {"model undertrained: trained only (\\d+) steps \\(fewer than (\\d+)\\)",
     QT_TRANSLATE_NOOP("CoreTexts", "model undertrained: trained only %1 steps (fewer than %2)")},
    {"model undertrained: its training stopped early \\(([^)]*)\\)",
     QT_TRANSLATE_NOOP("CoreTexts", "model undertrained: its training stopped early (%1)")},
    {"model undertrained: stopped by its step limit while the validation loss was still falling "
     "\\(([^)]*) over the last quarter\\)",
     QT_TRANSLATE_NOOP("CoreTexts",
                       "model undertrained: stopped by its step limit while the "
                       "validation loss was still falling (%1 over the last quarter)")},
    {"model undertrained: stopped by its time budget while the validation loss was still falling "
     "\\(([^)]*) over the last quarter\\)",
     QT_TRANSLATE_NOOP("CoreTexts",
                       "model undertrained: stopped by its time budget while the "
                       "validation loss was still falling (%1 over the last quarter)")},
    {"image unlike the model's training data: ",
     QT_TRANSLATE_NOOP("CoreTexts", "image unlike the model's training data: ")},
    {"pixel type (\\S+), the model was trained on ([^;]+)",
     QT_TRANSLATE_NOOP("CoreTexts", "pixel type %1, the model was trained on %2")},
    {"raw range (\\S+)\\.\\.(\\S+), the model was trained on (\\S+)\\.\\.([^;]+)",
     QT_TRANSLATE_NOOP("CoreTexts", "raw range %1..%2, the model was trained on %3..%4")},
    {"noise level (\\S+) \\((\\S+)x higher\\), the model was trained at ([^;]+)",
     QT_TRANSLATE_NOOP("CoreTexts", "noise level %1 (%2x higher), the model was trained at %3")},
    {"noise level (\\S+) \\((\\S+)x lower\\), the model was trained at ([^;]+)",
     QT_TRANSLATE_NOOP("CoreTexts", "noise level %1 (%2x lower), the model was trained at %3")},
    {"the selection does not cover any pixel of the image$",
     QT_TRANSLATE_NOOP("CoreTexts", "the selection does not cover any pixel of the image")},
};

} // namespace

QString CoreTexts::errorDetail(const QString& message) {
  static const auto rules = [] {
    std::vector<std::pair<QRegularExpression, const char*>> r;
    for (const ErrorPhrase& p : kErrorPhrases)
      r.emplace_back(QRegularExpression(QString::fromUtf8(p.pattern)), p.wording);
    return r;
  }();
  QString text = message;
  for (const auto& [pattern, wording] : rules) {
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
      continue;
    QString replacement = QCoreApplication::translate("CoreTexts", wording);
    for (int i = 1; i <= pattern.captureCount(); ++i)
      replacement = replacement.arg(m.captured(i));
    text.replace(m.capturedStart(), m.capturedLength(), replacement);
  }
  return text;
}

QString CoreTexts::stopReason(const std::string& reason) {
  const QString text = QString::fromStdString(reason);
  if (text == "step limit")
    return tr("step limit");
  if (text == "time budget")
    return tr("time budget");
  if (text == "cancelled")
    return tr("cancelled");
  static const QRegularExpression converged(
      "^converged \\(no validation improvement for (\\d+) evaluations\\)$");
  if (const auto m = converged.match(text); m.hasMatch())
    return tr("converged (no validation improvement for %n evaluation(s))", nullptr,
              m.captured(1).toInt());
  static const QRegularExpression diverged("^diverged \\((.*)\\)$");
  if (const auto m = diverged.match(text); m.hasMatch())
    return m.captured(1) == "loss is not finite" ? tr("diverged (the loss is not finite)")
                                                 : tr("diverged (%1)").arg(m.captured(1));
  static const QRegularExpression memory("^out of memory on (\\S+) at step (\\d+)$");
  if (const auto m = memory.match(text); m.hasMatch())
    return tr("out of memory on %1 at step %2").arg(m.captured(1), m.captured(2));
  return text;
}

QString CoreTexts::trainingNote(const std::string& note) {
  const QString text = QString::fromStdString(note);
  // "about N steps" when the run timed its steps, "N steps" when the step limit alone decided.
  const auto steps = [](const QString& about, const QString& count) {
    return about.isEmpty() ? tr("%n step(s)", nullptr, count.toInt())
                           : tr("about %n step(s)", nullptr, count.toInt());
  };
  static const QRegularExpression shrunk(
      "^training starts from the base model's weights scaled by ([0-9.]+), as this run can "
      "afford (about )?(\\d+) steps?: the validation loss rises at first and falls from there$");
  if (const auto m = shrunk.match(text); m.hasMatch())
    return tr("Training starts from the base model's weights scaled by %1, as this run can afford "
              "%2: the validation loss rises at first and falls from there.")
        .arg(m.captured(1), steps(m.captured(2), m.captured(3)));
  static const QRegularExpression asItIs(
      "^training starts from the base model as it is: this run can afford (about )?(\\d+) "
      "steps?, and scaling its weights by ([0-9.]+) helps only from (\\d+) steps$");
  if (const auto m = asItIs.match(text); m.hasMatch())
    return tr("Training starts from the base model as it is: this run can afford %1, and scaling "
              "its weights by %2 helps only from %3 steps.")
        .arg(steps(m.captured(1), m.captured(2)), m.captured(3), m.captured(4));
  static const QRegularExpression leftOut(
      "^left out (\\d+) constant frames? with nothing to learn: (.*)$");
  if (const auto m = leftOut.match(text); m.hasMatch())
    return tr("Left out %n constant frame(s) with nothing to learn: %1.", nullptr,
              m.captured(1).toInt())
        .arg(m.captured(2));
  QString sentence = text;
  if (!sentence.isEmpty())
    sentence[0] = sentence[0].toUpper();
  return sentence;
}

QString CoreTexts::dataSummary(const std::string& summary) {
  static const QRegularExpression frames("(\\d+) frames? (\\d+)x(\\d+)");
  QString text = QString::fromStdString(summary);
  QString out;
  qsizetype from = 0;
  for (auto it = frames.globalMatch(text); it.hasNext();) {
    const QRegularExpressionMatch m = it.next();
    out += text.mid(from, m.capturedStart() - from);
    out +=
        tr("%n frame(s) %1x%2", nullptr, m.captured(1).toInt()).arg(m.captured(2), m.captured(3));
    from = m.capturedEnd();
  }
  return out + text.mid(from);
}

QString CoreTexts::lossName(LossKind loss) {
  switch (loss) {
  case LossKind::Uncalibrated:
    return tr("uncalibrated");
  case LossKind::Regularized:
    return tr("regularized");
  case LossKind::N2V:
    return tr("Noise2Void");
  }
  return QString::fromLatin1(toString(loss));
}

QString CoreTexts::networkName(NetworkKind kind) {
  return kind == NetworkKind::BlindSpot ? tr("blind-spot") : tr("U-Net");
}

} // namespace pgd
