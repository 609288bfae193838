#pragma once
// BinnedNewtonFit: the binned objective of the noise fit (noise/NoiseFitter.h) minimised by
// Newton's method on its exact first and second derivatives, from the weighted least-squares line
// through the bins' variances. Where every bin's variance stays above J's floor the binned J is
// smooth and, near its minimum, convex, so Newton reaches the minimum to rounding in a few steps
// where Nelder-Mead needs about a hundred evaluations (docs/NOISE_FIT.md, "Minimiser"). Pure
// functions; safe from any thread.
#include <array>
#include <cstddef>
#include <optional>
#include <vector>

namespace pgd {

// The non-empty bins of mu, one array per moment, in the order of the bins: centre c, count n,
// sums of d = mu - c and d^2, of r^2, r^2 d and r^2 d^2 (r: the pixel's residual). J over the
// bins is the sum of each bin's second-order expansion of r^2/v + log v around v = a*c + b.
struct BinMoments {
  std::vector<double> c, n, d, d2, r2, r2d, r2d2;
  std::size_t size() const { return c.size(); }
};

struct BinnedNewtonResult {
  double a = 0.0;
  double b = 0.0;
  double value = 0.0; // J at (a, b): the bins' sum divided by `total`
  int iterations = 0; // Newton steps taken
};

// The line var = a*mu + b through the bins' variances by least squares weighted with 1/var^2 of
// the line itself (iteratively reweighted from the unweighted line): the fixed point solves J's
// stationarity equations up to the variation of the weight within a bin. {a, b}; non-finite when
// the bins cannot determine a line (fewer than two distinct levels).
std::array<double, 2> weightedLineThroughBins(const BinMoments& m, double varianceFloor);

// Newton's method on J from `start`, where J = (sum over the bins of their expansions) / total
// and every bin's variance a*c + b, less |a| times half the bin width, stays above
// `varianceFloor` (J's floor then never applies). Stops when a step moves the variance line by
// less than 1e-12 of its scale over the bins' levels. nullopt where Newton cannot be trusted: a
// point with a floored bin, a Hessian that is not positive definite, a step that does not lower
// J even when halved, or no convergence within 50 steps; the caller then runs Nelder-Mead.
std::optional<BinnedNewtonResult> newtonOnBins(const BinMoments& m, double binWidth, double total,
                                               double varianceFloor, std::array<double, 2> start);

} // namespace pgd
