#include "noise/BinnedNewtonFit.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pgd {

namespace {

// J's sum over the bins at (a, b) with its gradient and Hessian in (a, b).
struct Expansion {
  double value = 0.0;
  double ga = 0.0, gb = 0.0;
  double haa = 0.0, hab = 0.0, hbb = 0.0;
};

// true when every bin's variance, less |a| times half a bin, lies above the floor: a*c + b is
// monotone in c, so the two end bins decide.
bool aboveFloor(const BinMoments& m, double halfWidth, double floor, double a, double b) {
  const std::size_t k = m.size();
  return k > 0 && std::min(a * m.c[0] + b, a * m.c[k - 1] + b) - std::fabs(a) * halfWidth > floor;
}

// One bin's term, written as g(a, v) with v = a*c + b and u = 1/v:
//   g = R0 u - a R1 u^2 + a^2 R2 u^3 + n log v + a D1 u - a^2 D2 u^2 / 2,
// the same sum as NoiseFitter's binned objective; J's derivatives follow by the chain rule
// (dv/da = c, dv/db = 1).
Expansion expand(const BinMoments& m, double a, double b) {
  Expansion e;
  for (std::size_t k = 0; k < m.size(); ++k) {
    const double c = m.c[k];
    const double v = a * c + b;
    const double u = 1.0 / v;
    const double ai = a * u;
    const double n = m.n[k], d1 = m.d[k], d2 = m.d2[k];
    const double r0 = m.r2[k], r1 = m.r2d[k], r2 = m.r2d2[k];
    e.value += u * (r0 - ai * r1 + ai * ai * r2) + n * std::log(v) + ai * d1 - 0.5 * ai * ai * d2;
    const double u2 = u * u;
    const double u3 = u2 * u;
    const double u4 = u2 * u2;
    const double gA = -r1 * u2 + 2.0 * a * r2 * u3 + d1 * u - a * d2 * u2;
    const double gV = -r0 * u2 + 2.0 * a * r1 * u3 - 3.0 * a * a * r2 * u4 + n * u - a * d1 * u2 +
                      a * a * d2 * u3;
    const double gAA = 2.0 * r2 * u3 - d2 * u2;
    const double gAV = 2.0 * r1 * u3 - 6.0 * a * r2 * u4 - d1 * u2 + 2.0 * a * d2 * u3;
    const double gVV = 2.0 * r0 * u3 - 6.0 * a * r1 * u4 + 12.0 * a * a * r2 * u4 * u - n * u2 +
                       2.0 * a * d1 * u3 - 3.0 * a * a * d2 * u4;
    e.ga += gA + c * gV;
    e.gb += gV;
    e.haa += gAA + 2.0 * c * gAV + c * c * gVV;
    e.hab += gAV + c * gVV;
    e.hbb += gVV;
  }
  return e;
}

} // namespace

std::array<double, 2> weightedLineThroughBins(const BinMoments& m, double varianceFloor) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  std::array<double, 2> line{kNaN, kNaN};
  // Three reweightings bring the weights within rounding of their fixed point on ordinary data;
  // Newton takes it from there.
  for (int round = 0; round < 4; ++round) {
    double sw = 0.0, swx = 0.0, swxx = 0.0, swy = 0.0, swxy = 0.0;
    for (std::size_t k = 0; k < m.size(); ++k) {
      const double c = m.c[k];
      double w = 1.0;
      if (round > 0) {
        const double v = std::max(varianceFloor, line[0] * c + line[1]);
        w = 1.0 / (v * v);
      }
      // Per pixel: sums of w, w mu, w mu^2, w r^2 and w mu r^2, with mu = c + d in the bin.
      sw += w * m.n[k];
      swx += w * (m.n[k] * c + m.d[k]);
      swxx += w * (m.n[k] * c * c + 2.0 * c * m.d[k] + m.d2[k]);
      swy += w * m.r2[k];
      swxy += w * (c * m.r2[k] + m.r2d[k]);
    }
    const double det = sw * swxx - swx * swx;
    if (!(det > 0.0) || !std::isfinite(det))
      return {kNaN, kNaN};
    line = {(sw * swxy - swx * swy) / det, (swxx * swy - swx * swxy) / det};
    if (!std::isfinite(line[0]) || !std::isfinite(line[1]))
      return {kNaN, kNaN};
  }
  return line;
}

std::optional<BinnedNewtonResult> newtonOnBins(const BinMoments& m, double binWidth, double total,
                                               double varianceFloor, std::array<double, 2> start) {
  constexpr int kMaxSteps = 50;
  constexpr int kMaxHalvings = 30;
  constexpr double kStepTolerance = 1e-12;
  const std::size_t k = m.size();
  const double halfWidth = 0.5 * binWidth;
  double a = start[0];
  double b = start[1];
  if (k == 0 || !(total > 0.0) || !std::isfinite(a) || !std::isfinite(b) ||
      !aboveFloor(m, halfWidth, varianceFloor, a, b))
    return std::nullopt;
  const double levelScale = std::max(std::fabs(m.c[0]), std::fabs(m.c[k - 1]));
  Expansion e = expand(m, a, b);
  for (int step = 1; step <= kMaxSteps; ++step) {
    const double det = e.haa * e.hbb - e.hab * e.hab;
    if (!(e.haa > 0.0) || !(det > 0.0) || !std::isfinite(det) || !std::isfinite(e.value))
      return std::nullopt;
    double da = -(e.hbb * e.ga - e.hab * e.gb) / det;
    double db = -(e.haa * e.gb - e.hab * e.ga) / det;
    // How far the step moves the line, against the line's own size over the levels.
    const double moved = std::fabs(da) * levelScale + std::fabs(db);
    const double scale = std::fabs(a) * levelScale + std::fabs(b);
    const bool last = moved <= kStepTolerance * scale;
    // Take the step, halved until it keeps every bin above the floor and does not raise J
    // (beyond the rounding of a sum of this size).
    Expansion next;
    bool accepted = false;
    for (int halving = 0; halving <= kMaxHalvings && !accepted; ++halving) {
      if (aboveFloor(m, halfWidth, varianceFloor, a + da, b + db)) {
        next = expand(m, a + da, b + db);
        accepted = next.value <= e.value + 1e-13 * std::fabs(e.value);
      }
      if (!accepted) {
        da *= 0.5;
        db *= 0.5;
      }
    }
    if (!accepted)
      return std::nullopt;
    a += da;
    b += db;
    e = next;
    if (last)
      return BinnedNewtonResult{a, b, e.value / total, step};
  }
  return std::nullopt;
}

} // namespace pgd
