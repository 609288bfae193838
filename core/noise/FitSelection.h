#pragma once
// Which pixels enter the noise fit's objective (a percentile cut on y or mu), and which of them
// count as clipped (censored). Plain data, read by the exact and the binned objective's passes.
#include "image/Normalization.h"

#include <cmath>
#include <cstddef>
#include <limits>

namespace pgd::noisefit {

// Which pixels enter the objective, and which of them count as clipped (censored).
struct Selection {
  const float* maskValues = nullptr; // y or mu, or nullptr for no percentile cut
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();
  ClipLevels censor; // default (no clip levels): nothing is censored

  bool keep(const float* y, const float* mu, std::size_t i) const {
    if (!std::isfinite(y[i]) || !std::isfinite(mu[i]))
      return false;
    return !maskValues || (maskValues[i] >= lo && maskValues[i] <= hi);
  }
};

} // namespace pgd::noisefit
