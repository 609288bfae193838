#include "noise/FitMinimiser.h"

#include "noise/BinnedNewtonFit.h"
#include "noise/NelderMead.h"
#include "noise/NoiseLikelihood.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace pgd::noisefit {

namespace {

// Initial simplex edge along a coordinate, as scipy: 5% of a non-zero value, else 0.00025.
double initialStep(double x) {
  return x != 0.0 ? 0.05 * x : 0.00025;
}

// The physical region of the fit (docs/NOISE_FIT.md, "Constraints and flags"): a >= 0 (a
// Poisson gain cannot be negative) and a*x + b >= kMinLineVariance at the lowest level used,
// hence (with a >= 0) at every level used. For the single-parameter variants: a >= 0, or
// b >= kMinLineVariance.
struct Region {
  FitVariant variant;
  double levelMin;

  bool contains(double a, double b) const {
    switch (variant) {
    case FitVariant::GaussianOnly:
      return b >= kMinLineVariance;
    case FitVariant::PoissonOnly:
      return a >= 0.0;
    default:
      return a >= 0.0 && a * levelMin + b >= kMinLineVariance;
    }
  }
  // (a, b) pulled into the region: a to 0, then b up to the least b the line allows.
  std::array<double, 2> pull(double a, double b) const {
    switch (variant) {
    case FitVariant::GaussianOnly:
      return {0.0, std::max(b, kMinLineVariance)};
    case FitVariant::PoissonOnly:
      return {std::max(a, 0.0), 0.0};
    default: {
      const double pulledA = std::max(a, 0.0);
      return {pulledA, std::max(b, kMinLineVariance - pulledA * levelMin)};
    }
    }
  }
};

// Nelder-Mead from `start` (a, b), restarted from the best point until a restart no longer
// improves it (guards against a collapsed simplex), as is customary with Nelder-Mead. The
// objective reads (a, b) through ab(point); returns the best point's (a, b) and adds the
// iterations to r.
template <class ToParams>
std::array<double, 2> runNelderMead(const std::function<double(double, double)>& objective,
                                    const ToParams& ab, std::array<double, 2> start,
                                    const NoiseFitOptions& o, NoiseFitResult& r) {
  NelderMead::Settings settings;
  settings.maxIterations = o.maxIterations;
  settings.fTolerance = o.tolerance;
  const NelderMead nm(settings);
  const int dims = o.variant == FitVariant::Full ? 2 : 1;
  // Nelder-Mead's point: (a, b), or the one free parameter.
  const auto toPoint = [&o](const std::array<double, 2>& p) -> std::array<double, 2> {
    if (o.variant == FitVariant::GaussianOnly)
      return {p[1], 0.0};
    if (o.variant == FitVariant::PoissonOnly)
      return {p[0], 0.0};
    return p;
  };
  const NelderMead::Objective f = [&](const std::array<double, 2>& x) {
    const std::array<double, 2> p = ab(x);
    return objective(p[0], p[1]);
  };
  NelderMeadResult best;
  std::array<double, 2> x = toPoint(start);
  for (int round = 0; round < 4; ++round) {
    const NelderMeadResult res = nm.minimize(f, dims, x, {initialStep(x[0]), initialStep(x[1])});
    r.iterations += res.iterations;
    const bool improved =
        round == 0 || res.value < best.value - o.tolerance * std::fabs(best.value);
    if (round == 0 || res.value <= best.value)
      best = res;
    x = toPoint(ab(best.x));
    if (!improved || r.iterations >= o.maxIterations)
      break;
  }
  r.converged = best.converged;
  r.objective = best.value;
  return ab(best.x);
}

} // namespace

void minimiseFunction(const std::function<double(double, double)>& objective,
                      std::pair<double, double> levels, const NoiseFitOptions& o,
                      NoiseFitResult& r) {
  r.levelMin = levels.first;
  r.levelMax = levels.second;
  r.atBound = false;
  if (o.variant == FitVariant::Fixed) {
    r.a = o.fixed.a;
    r.b = o.fixed.b;
    r.objective = objective(r.a, r.b);
    r.converged = true;
    return;
  }
  const std::function<double(double, double)>& j = objective;
  const auto free = [&o](const std::array<double, 2>& x) -> std::array<double, 2> {
    if (o.variant == FitVariant::GaussianOnly)
      return {0.0, x[0]};
    if (o.variant == FitVariant::PoissonOnly)
      return {x[0], 0.0};
    return x;
  };
  std::array<double, 2> ab = runNelderMead(j, free, {o.start.a, o.start.b}, o, r);
  const Region region{o.variant, levels.first};
  if (o.constrain && !region.contains(ab[0], ab[1])) {
    const auto pulled = [&](const std::array<double, 2>& x) {
      const std::array<double, 2> p = free(x);
      return region.pull(p[0], p[1]);
    };
    ab = runNelderMead(j, pulled, region.pull(ab[0], ab[1]), o, r);
    r.atBound = true;
  }
  r.a = ab[0];
  r.b = ab[1];
}

void minimise(const BinnedData& d, const NoiseFitOptions& o, NoiseFitResult& r) {
  const auto levels = d.levelRange();
  if (o.newton && o.variant == FitVariant::Full && d.uncensored()) {
    const std::optional<BinnedNewtonResult> newton =
        newtonOnBins(d.packed, d.span, double(d.total), kVarianceFloor,
                     weightedLineThroughBins(d.packed, kVarianceFloor));
    const Region region{o.variant, levels.first};
    if (newton && (!o.constrain || region.contains(newton->a, newton->b))) {
      r.levelMin = levels.first;
      r.levelMax = levels.second;
      r.atBound = false;
      r.a = newton->a;
      r.b = newton->b;
      r.objective = newton->value;
      r.iterations += newton->iterations;
      r.converged = true;
      return;
    }
  }
  minimise(d, levels, o, r);
}

} // namespace pgd::noisefit
