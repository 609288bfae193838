#pragma once
// FitFlags: the noise-fit options shared by `denoise` and `fit-noise` (variant, pixel mask,
// residual, exact per-pixel objective, fixed a,b) and their translation into NoiseFitOptions.
// Register with add(), read with options() after parsing. Main thread only.
#include "noise/NoiseFitter.h"

#include <CLI/CLI.hpp>

#include <string>

namespace pgd {

class FitFlags {
public:
  // allowFixed: offer --variant fixed with --fixed-a/--fixed-b (denoise only).
  void add(CLI::App& app, bool allowFixed);
  NoiseFitOptions options() const;
  bool fixed() const { return m_variant == "fixed"; }
  // With --variant fixed: the a,b given by the user and whether they are raw units.
  NoiseParams fixedParams() const { return {m_fixedA, m_fixedB}; }
  bool fixedRawUnits() const { return m_rawUnits; }

private:
  std::string m_variant = "full";
  std::string m_mask = "auto";
  std::string m_residual = "auto";
  bool m_exact = false;
  double m_fixedA = -1.0;
  double m_fixedB = -1.0;
  bool m_rawUnits = false;
};

} // namespace pgd
