#pragma once
// The noise fit's minimiser: Nelder-Mead over (a, b) (or the one free parameter of a single-
// parameter variant), kept in the physical region a >= 0, a*x + b > 0 (docs/NOISE_FIT.md,
// "Constraints and flags"); Newton's method first on the binned objective where it applies
// (docs/NOISE_FIT.md, "Minimiser"). Any thread; the objective is only read.
#include "noise/BinnedObjective.h"
#include "noise/NoiseFitter.h"

#include <functional>
#include <utility>

namespace pgd::noisefit {

// Fits a, b (or one of them) to `objective` over the levels `levels` (minimise below).
void minimiseFunction(const std::function<double(double, double)>& objective,
                      std::pair<double, double> levels, const NoiseFitOptions& o,
                      NoiseFitResult& r);

// Fits a, b (or one of them) over the levels `levels`. The unconstrained fit runs first; when
// its optimum lies outside the physical region (and options ask for it), the fit runs again on
// the objective read at points pulled into the region, from the pulled optimum, and the result
// (on the region's boundary) is flagged atBound. Ordinary data thus get exactly the
// unconstrained fit.
template <class Objective>
void minimise(const Objective& objective, std::pair<double, double> levels,
              const NoiseFitOptions& o, NoiseFitResult& r) {
  minimiseFunction([&objective](double a, double b) { return objective(a, b); }, levels, o, r);
}

// The binned fit: where the bins alone make up J (no censored pixel) and the full line is fitted,
// Newton's method from the weighted least-squares line (noise/BinnedNewtonFit.h) finds J's
// minimum in a few evaluations; when it cannot, or the minimum lies outside the physical region,
// the fit is Nelder-Mead's as above (docs/NOISE_FIT.md, "Minimiser").
void minimise(const BinnedData& d, const NoiseFitOptions& o, NoiseFitResult& r);

} // namespace pgd::noisefit
