#include "CompareView.h"

#include "display/StackMath.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace pgd {

CompareView::CompareView(QWidget* parent) : QWidget(parent) {
  m_left = new ImageViewer(this);
  m_left->setObjectName("viewerNoisy");
  m_right = new ImageViewer(this);
  m_right->setObjectName("viewerDenoised");
  m_right->setEmptyText(tr("Train a model (or choose one in the model browser), then click "
                           "Denoise"));
  m_difference = new QCheckBox(tr("Difference (noisy - denoised)"), this);
  m_difference->setObjectName("checkDifference");
  m_uncertainty = new QCheckBox(tr("Uncertainty (posterior std)"), this);
  m_uncertainty->setObjectName("checkUncertainty");
  auto* leftTitle = new QLabel(tr("<b>Noisy</b>"), this);
  m_rightTitle = new QLabel(this);
  m_rightTitle->setObjectName("labelCompareRight");

  auto* toggles = new QHBoxLayout;
  toggles->addStretch(1);
  toggles->addWidget(m_difference);
  toggles->addWidget(m_uncertainty);

  auto* layout = new QGridLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(leftTitle, 0, 0);
  layout->addWidget(m_rightTitle, 0, 1);
  layout->addWidget(m_left, 1, 0);
  layout->addWidget(m_right, 1, 1);
  layout->addLayout(toggles, 2, 0, 1, 2);
  layout->setRowStretch(1, 1);

  connect(m_left, &ImageViewer::viewChanged, m_right, &ImageViewer::setView);
  connect(m_right, &ImageViewer::viewChanged, m_left, &ImageViewer::setView);
  for (ImageViewer* v : {m_left, m_right}) {
    connect(v, &ImageViewer::pixelHovered, this,
            [this](int x, int y, float, bool inside) { readBoth(x, y, inside); });
    connect(v, &ImageViewer::frameStepRequested, this, &CompareView::frameStepRequested);
  }
  connect(m_difference, &QCheckBox::toggled, this, [this](bool on) {
    setRightMode(on ? RightMode::Difference
                    : (m_uncertainty->isChecked() ? RightMode::Uncertainty : RightMode::Denoised));
  });
  connect(m_uncertainty, &QCheckBox::toggled, this, [this](bool on) {
    setRightMode(on ? RightMode::Uncertainty
                    : (m_difference->isChecked() ? RightMode::Difference : RightMode::Denoised));
  });
  setDenoised(nullptr, nullptr);
}

QString CompareView::rightValueName() const {
  switch (effectiveMode()) {
  case RightMode::Difference:
    return tr("difference");
  case RightMode::Uncertainty:
    return tr("uncertainty");
  default:
    return tr("denoised");
  }
}

void CompareView::readBoth(int x, int y, bool inside) {
  const auto valueAt = [&](const StackPtr& stack, float& value) {
    if (!stack || x < 0 || y < 0 || x >= stack->width() || y >= stack->height())
      return false;
    value = stack->at(std::min(m_frame, stack->frames() - 1), y, x);
    return true;
  };
  float noisy = 0.0f;
  float right = 0.0f;
  inside = inside && valueAt(m_noisy, noisy);
  const bool hasRight = inside && valueAt(m_right->stack(), right);
  emit pixelsHovered(x, y, noisy, right, hasRight, inside);
}

void CompareView::setNoisy(StackPtr noisy) {
  m_noisy = std::move(noisy);
  m_left->setStack(m_noisy);
  setDenoised(nullptr, nullptr);
}

void CompareView::setDenoised(StackPtr posterior, StackPtr uncertainty) {
  m_posterior = std::move(posterior);
  m_uncertaintyStack = uncertainty && !uncertainty->empty() ? std::move(uncertainty) : nullptr;
  m_differenceStack = nullptr;
  if (m_noisy && m_posterior)
    m_differenceStack = std::make_shared<ImageStack>(differenceStack(*m_noisy, *m_posterior));
  m_difference->setEnabled(static_cast<bool>(m_differenceStack));
  m_uncertainty->setEnabled(static_cast<bool>(m_uncertaintyStack));
  updateRight();
}

void CompareView::setRightMode(RightMode mode) {
  m_mode = mode;
  // The two toggles are exclusive; uncheck the other one without re-entering.
  m_difference->blockSignals(true);
  m_uncertainty->blockSignals(true);
  m_difference->setChecked(mode == RightMode::Difference);
  m_uncertainty->setChecked(mode == RightMode::Uncertainty);
  m_difference->blockSignals(false);
  m_uncertainty->blockSignals(false);
  updateRight();
}

CompareView::RightMode CompareView::effectiveMode() const {
  if ((m_mode == RightMode::Difference && !m_differenceStack) ||
      (m_mode == RightMode::Uncertainty && !m_uncertaintyStack))
    return RightMode::Denoised;
  return m_mode;
}

void CompareView::updateRight() {
  const RightMode mode = effectiveMode();
  StackPtr shown = m_posterior;
  QString title = tr("<b>Denoised</b> (posterior mean)");
  if (mode == RightMode::Difference) {
    shown = m_differenceStack;
    title = tr("<b>Difference</b> noisy - denoised");
  } else if (mode == RightMode::Uncertainty) {
    shown = m_uncertaintyStack;
    title = tr("<b>Uncertainty</b> (posterior standard deviation)");
  }
  m_rightTitle->setText(title);
  m_right->setStack(shown);
  m_right->setFrame(m_frame);
  if (!shown)
    return;
  const int f = std::min(m_frame, shown->frames() - 1);
  if (mode == RightMode::Difference)
    m_right->setDisplayRange(symmetricContrast(shown->frame(f), shown->frameSize()));
  else if (mode == RightMode::Uncertainty)
    m_right->setDisplayRange(magnitudeContrast(shown->frame(f), shown->frameSize()));
  else
    m_right->setDisplayRange(m_range);
  m_right->setView(m_left->zoom(), m_left->center());
}

void CompareView::setFrame(int frame) {
  m_frame = frame;
  m_left->setFrame(frame);
  updateRight();
}

void CompareView::setDisplayRange(DisplayRange range) {
  m_range = range;
  m_left->setDisplayRange(range);
  if (effectiveMode() == RightMode::Denoised)
    m_right->setDisplayRange(range);
}

void CompareView::setColorMap(ColorMap map) {
  m_left->setColorMap(map);
  m_right->setColorMap(map);
}

void CompareView::zoomToFit() {
  m_left->zoomToFit();
}

void CompareView::zoomOneToOne() {
  m_left->zoomOneToOne();
}

} // namespace pgd
