#pragma once
// StencilCoupling: how strongly the network's mu follows the noise of the pixels the local
// difference subtracts, level by level. mu is computed from a pixel's neighbours, so grouping the
// local difference by mu selects the neighbours' noise: where mu's density curves upwards (its
// bright tail) a group holds pixels whose neighbours' noise happens to be large, and reads too
// much variance. With mu = g + sum_j w_j n_j over the four stencil pixels j (g independent of
// their noise), Tweedie's formula gives, for s = sum_j n_j,
//     E[s^2 | mu] = 4v + (sum_j w_j)^2 v^2 p''(mu) / p(mu),
// which CurvatureCorrection takes out group by group (docs/NOISE_FIT.md, "Selection by mu").
// (sum_j w_j)^2 differs a lot between levels (nearly 0 in a flat background, which the network
// averages widely; largest on structure), so it is kept per band of mu. infer/StencilProbe.h
// measures it on the network. Only the one-pixel stencil (and its far stencil two pixels out) is
// measured: frames fitted with a wider spacing get no such correction. A plain value: safe to copy
// between threads.
#include <vector>

namespace pgd {

struct StencilCoupling {
  struct Band {
    double level = 0.0;      // mean mu of the band's probed pixels (normalised units)
    double squaredSum = 0.0; // mean over them of (sum of mu's responses to the four pixels)^2
  };
  std::vector<Band> near; // the stencil's pixels one away, bands in increasing level
  std::vector<Band> far;  // the far stencil's pixels two away

  bool measured() const { return !near.empty() && !far.empty(); }
  // (sum_j w_j)^2 at `level`, linear between the bands' levels and constant beyond the ends; 0 when
  // not measured.
  double nearAt(double level) const { return at(near, level); }
  double farAt(double level) const { return at(far, level); }
  // The root mean square of one near pixel's weight over the bands, sqrt(mean squaredSum) / 4:
  // the scale of mu's spread that the stencil's noise causes (2 w sqrt(v)).
  double rmsWeight() const;

private:
  static double at(const std::vector<Band>& bands, double level);
};

} // namespace pgd
