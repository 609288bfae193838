#include "FitVerdictBanner.h"

#include "CoreTexts.h"

#include "noise/NoiseFitter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pgd {

FitVerdictBanner::FitVerdictBanner(QWidget* parent) : QFrame(parent) {
  setObjectName("bannerFitVerdict");
  setFrameShape(QFrame::StyledPanel);
  // A warning colour that reads on light and dark themes alike.
  setStyleSheet("#bannerFitVerdict { background: #fff3cd; color: #664d03; }");
  m_label = new QLabel(this);
  m_label->setObjectName("labelFitVerdict");
  m_label->setWordWrap(true);
  m_train = new QPushButton(tr("Train on this image"), this);
  m_train->setObjectName("buttonTrainOnImage");
  m_train->setToolTip(tr("Train a new model on the image on screen with the training panel's "
                         "settings; denoise again once it is trained."));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(6, 4, 6, 4);
  layout->addWidget(m_label, 1);
  layout->addWidget(m_train);
  connect(m_train, &QPushButton::clicked, this, &FitVerdictBanner::trainRequested);
  setVisible(false);
}

QString FitVerdictBanner::reasonText(const QString& flag) {
  if (flag == "at-bound")
    return tr("fit at a bound");
  if (flag == "few-pixels")
    return tr("few pixels");
  if (flag == "not-converged")
    return tr("fit not converged");
  if (flag == "heavy-clipping")
    return tr("heavy clipping");
  if (flag == "correlated-noise")
    return tr("noise correlated between pixels");
  if (flag == "undertrained")
    return tr("model undertrained");
  if (flag == "unlike-training")
    return tr("image unlike the training data");
  if (flag == "constant-frame")
    return tr("constant frame");
  return flag;
}

QStringList FitVerdictBanner::reasonsOf(const std::vector<FrameFit>& fits) {
  QStringList flags;
  for (const FrameFit& f : fits) {
    const std::string joined = noiseFitFlags(f.normalised);
    if (joined == "ok")
      continue;
    for (const QString& flag : QString::fromStdString(joined).split(';'))
      if (!flags.contains(flag))
        flags.push_back(flag);
  }
  // noiseFitFlags' order, whatever order the frames brought them in.
  QStringList order;
  for (const std::string& name : noiseFitFlagNames())
    order.push_back(QString::fromStdString(name));
  QStringList reasons;
  for (const QString& flag : order)
    if (flags.contains(flag))
      reasons.push_back(reasonText(flag));
  for (const QString& flag : flags)
    if (!order.contains(flag))
      reasons.push_back(flag);
  return reasons;
}

bool FitVerdictBanner::offersTraining() const {
  return !m_train->isHidden();
}

void FitVerdictBanner::setFits(const std::vector<FrameFit>& fits) {
  std::vector<NoiseFitResult> results;
  int flagged = 0;
  bool unlike = false;
  for (const FrameFit& f : fits) {
    results.push_back(f.normalised);
    flagged += noiseFitFlags(f.normalised) == "ok" ? 0 : 1;
    unlike = unlike || f.normalised.unlikeTraining;
  }
  const QStringList reasons = reasonsOf(fits);
  if (reasons.isEmpty()) {
    m_text.clear();
    m_label->clear();
    setToolTip({});
    setVisible(false);
    return;
  }
  m_text = tr("Noise fit flagged on %1 of %n frame(s): %2", "", int(fits.size()))
               .arg(flagged)
               .arg(reasons.join(QStringLiteral(", ")));
  m_label->setText(m_text);
  // The details as the command line prints them (English, from the core).
  setToolTip(CoreTexts::errorDetail(QString::fromStdString(flaggedFitsLine(results))));
  m_train->setVisible(unlike);
  setVisible(true);
}

} // namespace pgd
