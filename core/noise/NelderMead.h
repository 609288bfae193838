#pragma once
// NelderMead: a small derivative-free minimiser (Nelder & Mead 1965, standard coefficients
// reflection 1, expansion 2, contraction 0.5, shrink 0.5) for 1 or 2 parameters, as used by the
// per-image noise fit. Stops when the spread of the simplex values is below
// fTolerance * (|f_best| + fTolerance) and every coordinate spread is below
// xTolerance * (|x_best| + xScale), or after maxIterations. Stateless apart from its settings;
// safe from any thread.
#include <array>
#include <functional>

namespace pgd {

struct NelderMeadResult {
  std::array<double, 2> x{}; // only the first `dimensions` entries are meaningful
  double value = 0.0;
  int iterations = 0;
  int evaluations = 0;
  bool converged = false;
};

class NelderMead {
public:
  using Objective = std::function<double(const std::array<double, 2>&)>;

  struct Settings {
    int maxIterations = 2000;
    double fTolerance = 1e-10;
    double xTolerance = 1e-7;
    double xScale = 1e-6; // absolute floor on the coordinate tolerance, in parameter units
  };

  explicit NelderMead(Settings settings) : m_settings(settings) {}
  NelderMead() : NelderMead(Settings{}) {}

  // dimensions: 1 or 2. steps: initial simplex edge along each coordinate (non-zero).
  NelderMeadResult minimize(const Objective& f, int dimensions, std::array<double, 2> start,
                            std::array<double, 2> steps) const;

private:
  Settings m_settings;
};

} // namespace pgd
