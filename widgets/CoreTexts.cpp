#include "CoreTexts.h"

#include <QRegularExpression>

namespace pgd {

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
