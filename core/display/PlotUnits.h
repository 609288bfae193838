#pragma once
// PlotUnits: the units the noise-fit plots are drawn in. NoiseFitPlotData holds normalised values
// (the model's normalisation, raw = scale * normalised + offset); PlotUnits maps them to raw image
// units when those are shown, and maps typed levels back. A value type; safe from any thread.
#include "image/Normalization.h"
#include "noise/NoiseParams.h"

namespace pgd {

class PlotUnits {
public:
  PlotUnits() = default;
  PlotUnits(const Normalization& normalization, bool raw)
      : m_normalization(normalization), m_raw(raw) {}

  // True when the normalisation is not the identity, i.e. raw units differ from normalised ones.
  static bool hasRawScale(const Normalization& n) { return n.scale != 1.0 || n.offset != 0.0; }

  bool raw() const { return m_raw; }
  // A pixel value (level, noisy value, mean) in the shown units.
  double value(double normalised) const {
    return m_raw ? m_normalization.toRawValue(normalised) : normalised;
  }
  // A value typed in the shown units, back in normalised units (the units the worker computes in).
  double toNormalised(double shown) const {
    return m_raw ? m_normalization.toNormalised(shown) : shown;
  }
  // A probability density over pixel values: per raw unit it is the density per normalised unit
  // divided by the scale.
  double density(double normalised) const {
    return m_raw ? normalised / m_normalization.scale : normalised;
  }
  // A variance of pixel values.
  double variance(double normalised) const {
    return m_raw ? normalised * m_normalization.scale * m_normalization.scale : normalised;
  }
  NoiseParams params(NoiseParams normalised) const {
    return m_raw ? m_normalization.toRaw(normalised) : normalised;
  }

private:
  Normalization m_normalization;
  bool m_raw = false;
};

} // namespace pgd
