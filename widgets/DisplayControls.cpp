#include "DisplayControls.h"

#include "HistogramStrip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pgd {
namespace {

QString colorMapLabel(ColorMap map) {
  switch (map) {
  case ColorMap::Gray:
    return DisplayControls::tr("Gray");
  case ColorMap::Fire:
    return DisplayControls::tr("Fire");
  case ColorMap::Green:
    return DisplayControls::tr("Green");
  case ColorMap::Magenta:
    return DisplayControls::tr("Magenta");
  case ColorMap::Viridis:
    return DisplayControls::tr("Viridis");
  case ColorMap::Inverted:
    return DisplayControls::tr("Inverted gray");
  }
  return {};
}

QDoubleSpinBox* makeRangeBox(const QString& name, const QString& tip, QWidget* parent) {
  auto* box = new QDoubleSpinBox(parent);
  box->setObjectName(name);
  box->setRange(-1e9, 1e9);
  box->setDecimals(3);
  box->setKeyboardTracking(false);
  box->setToolTip(tip);
  box->setMinimumWidth(90);
  return box;
}

} // namespace

DisplayControls::DisplayControls(QWidget* parent) : QWidget(parent) {
  // Two rows (frame and zoom; contrast and colours) keep the window narrow enough for a 1366 px
  // laptop screen.
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 2, 4, 2);
  layout->setSpacing(2);
  auto* frameRow = new QHBoxLayout;
  auto* contrastRow = new QHBoxLayout;
  layout->addLayout(frameRow);
  layout->addLayout(contrastRow);

  m_slider = new QSlider(Qt::Horizontal, this);
  m_slider->setObjectName("sliderFrame");
  m_slider->setRange(0, 0);
  m_slider->setMinimumWidth(160);
  m_slider->setToolTip(tr("Frame (Left/Right arrow keys step through the stack)"));
  m_frameLabel = new QLabel(this);
  m_frameLabel->setObjectName("labelFrame");
  m_frameLabel->setMinimumWidth(60);

  m_autoCheck = new QCheckBox(tr("Auto contrast"), this);
  m_autoCheck->setObjectName("checkAutoContrast");
  m_autoCheck->setChecked(true);
  m_autoCheck->setToolTip(tr("Recompute the contrast for every frame"));
  m_autoButton = new QToolButton(this);
  m_autoButton->setObjectName("btnAutoContrast");
  m_autoButton->setText(tr("Auto"));
  m_autoButton->setToolTip(tr("Set the contrast from the 0.35% and 99.65% percentiles now"));
  m_low = makeRangeBox("spinContrastLow", tr("Raw value shown as black"), this);
  m_high = makeRangeBox("spinContrastHigh", tr("Raw value shown as white"), this);

  m_histogram = new HistogramStrip(this);
  m_histogram->setObjectName("histogramStrip");

  m_colorMap = new QComboBox(this);
  m_colorMap->setObjectName("comboColorMap");
  for (ColorMap map : allColorMaps())
    m_colorMap->addItem(colorMapLabel(map), QString::fromLatin1(colorMapId(map)));

  auto* fit = new QToolButton(this);
  fit->setObjectName("btnZoomFit");
  fit->setText(tr("Fit"));
  fit->setToolTip(tr("Zoom to fit the window"));
  auto* one = new QToolButton(this);
  one->setObjectName("btnZoomOneToOne");
  one->setText(tr("1:1"));
  one->setToolTip(tr("One image pixel per screen pixel"));

  frameRow->addWidget(new QLabel(tr("Frame"), this));
  frameRow->addWidget(m_slider, 1);
  frameRow->addWidget(m_frameLabel);
  frameRow->addSpacing(12);
  frameRow->addWidget(fit);
  frameRow->addWidget(one);
  contrastRow->addWidget(m_autoCheck);
  contrastRow->addWidget(m_autoButton);
  contrastRow->addWidget(new QLabel(tr("Min"), this));
  contrastRow->addWidget(m_low);
  contrastRow->addWidget(new QLabel(tr("Max"), this));
  contrastRow->addWidget(m_high);
  contrastRow->addWidget(m_histogram, 1);
  contrastRow->addSpacing(12);
  contrastRow->addWidget(new QLabel(tr("Colours"), this));
  contrastRow->addWidget(m_colorMap);

  connect(m_slider, &QSlider::valueChanged, this, [this](int f) {
    updateFrameLabel();
    emit frameChanged(f);
  });
  connect(m_autoCheck, &QCheckBox::toggled, this, [this](bool on) {
    if (on)
      emit autoContrastRequested();
  });
  connect(m_autoButton, &QToolButton::clicked, this, &DisplayControls::autoContrastRequested);
  connect(m_low, &QDoubleSpinBox::valueChanged, this, &DisplayControls::onManualRange);
  connect(m_high, &QDoubleSpinBox::valueChanged, this, &DisplayControls::onManualRange);
  connect(m_colorMap, &QComboBox::currentIndexChanged, this,
          [this](int) { emit colorMapChanged(colorMap()); });
  connect(m_histogram, &HistogramStrip::windowPicked, this, [this](DisplayRange range) {
    m_updating = true;
    m_low->setValue(range.low);
    m_high->setValue(range.high);
    m_updating = false;
    applyManualRange(range);
  });
  connect(fit, &QToolButton::clicked, this, &DisplayControls::zoomFitRequested);
  connect(one, &QToolButton::clicked, this, &DisplayControls::zoomOneToOneRequested);
  setFrameCount(1);
}

void DisplayControls::updateFrameLabel() {
  m_frameLabel->setText(tr("%1 / %2").arg(m_slider->value() + 1).arg(m_slider->maximum() + 1));
}

void DisplayControls::setFrameCount(int frames) {
  m_slider->setRange(0, std::max(0, frames - 1));
  m_slider->setEnabled(frames > 1);
  updateFrameLabel();
}

int DisplayControls::frame() const {
  return m_slider->value();
}

DisplayRange DisplayControls::displayRange() const {
  return {m_low->value(), m_high->value()};
}

ColorMap DisplayControls::colorMap() const {
  return colorMapFromId(m_colorMap->currentData().toString().toLatin1().constData());
}

bool DisplayControls::autoContrastEnabled() const {
  return m_autoCheck->isChecked();
}

void DisplayControls::setFrame(int frame) {
  m_slider->setValue(frame);
}

void DisplayControls::stepFrame(int delta) {
  m_slider->setValue(m_slider->value() + delta);
}

void DisplayControls::setDisplayRange(DisplayRange range) {
  // Enough decimals for normalised (0..1) as well as 16-bit data.
  const double span = std::max(1e-12, range.high - range.low);
  const int decimals = std::clamp(3 - static_cast<int>(std::floor(std::log10(span))), 0, 6);
  m_updating = true;
  m_low->setDecimals(decimals);
  m_high->setDecimals(decimals);
  m_low->setSingleStep(span / 100.0);
  m_high->setSingleStep(span / 100.0);
  m_low->setValue(range.low);
  m_high->setValue(range.high);
  m_updating = false;
  m_histogram->setWindow(range);
  emit displayRangeChanged(range);
}

void DisplayControls::setHistogram(ValueHistogram histogram) {
  m_histogram->setHistogram(std::move(histogram));
}

void DisplayControls::setColorMap(ColorMap map) {
  const int index = m_colorMap->findData(QString::fromLatin1(colorMapId(map)));
  if (index >= 0)
    m_colorMap->setCurrentIndex(index);
}

void DisplayControls::setAutoContrastEnabled(bool enabled) {
  m_autoCheck->setChecked(enabled);
}

void DisplayControls::onManualRange() {
  if (m_updating)
    return;
  const DisplayRange range = displayRange();
  if (range.isValid())
    applyManualRange(range);
}

void DisplayControls::applyManualRange(DisplayRange range) {
  m_autoCheck->blockSignals(true);
  m_autoCheck->setChecked(false);
  m_autoCheck->blockSignals(false);
  m_histogram->setWindow(range);
  emit displayRangeChanged(range);
}

} // namespace pgd
