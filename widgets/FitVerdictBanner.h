#pragma once
// FitVerdictBanner: the quality verdict of the last denoising run's noise fits, shown above the
// noise-fit plots (docs/NOISE_FIT.md, "Quality verdict"). Hidden while every frame is ok;
// otherwise one translated line naming the reasons and the frames, the core's detail lines as
// the tooltip, and, when the image is unlike the model's training data, a button that offers to
// train a model on this image instead. GUI thread only.
#include "WorkerTypes.h"

#include <QFrame>
#include <QStringList>

#include <vector>

class QLabel;
class QPushButton;

namespace pgd {

class FitVerdictBanner : public QFrame {
  Q_OBJECT
public:
  explicit FitVerdictBanner(QWidget* parent = nullptr);

  // The fits of one denoising run (empty: hide the banner).
  void setFits(const std::vector<FrameFit>& fits);
  // The banner's line ("" while every frame is ok): also what the status bar shows.
  const QString& text() const { return m_text; }
  bool offersTraining() const;
  QPushButton* trainButton() const { return m_train; }

  // The translated short text of one flag of noiseFitFlags() (the flag itself when unknown).
  static QString reasonText(const QString& flag);
  // The translated reasons of a set of fits, in the order of noiseFitFlags(), without repeats.
  static QStringList reasonsOf(const std::vector<FrameFit>& fits);

signals:
  // "Train on this image" was clicked.
  void trainRequested();

private:
  QLabel* m_label;
  QPushButton* m_train;
  QString m_text;
};

} // namespace pgd
