#include "noise/CurvatureCorrection.h"

#include "noise/LevelCalibration.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <iterator>

namespace pgd {

namespace {

// p''/p of mu's density per interval, in 1/mu^2, smoothed over the spread the stencil's noise
// gives mu (2 w sqrt(mean v)); empty without a selection to take out.
std::vector<double> selectionRatio(const std::vector<double>& count,
                                   const std::vector<double>& sumNear,
                                   const std::vector<double>& sumFar, std::size_t k,
                                   const SelectionByMu& selection) {
  if (!selection.coupling || !selection.coupling->measured() ||
      !(selection.coupling->rmsWeight() > 0.0) || !(selection.intervalWidth > 0.0))
    return {};
  double n = 0.0, near = 0.0, far = 0.0;
  for (std::size_t i = 0; i < k; ++i) {
    n += count[i];
    near += sumNear[i];
    far += sumFar[i];
  }
  const double v = std::max((4.0 * near - far) / 3.0, CurvatureCorrection::kMinFactor * near) / n;
  if (!(n > 0.0) || !(v > 0.0) || !std::isfinite(v))
    return {};
  const double spread =
      2.0 * selection.coupling->rmsWeight() * std::sqrt(v) / selection.intervalWidth;
  std::vector<double> ratio = CurvatureCorrection::densityCurvature(
      std::vector<double>(count.begin(), count.begin() + std::ptrdiff_t(k)), spread);
  for (double& r : ratio)
    r /= selection.intervalWidth * selection.intervalWidth;
  return ratio;
}

} // namespace

std::vector<double> CurvatureCorrection::densityCurvature(const std::vector<double>& count,
                                                          double bandwidth) {
  const std::size_t k = count.size();
  const double h = std::max(1.0, bandwidth);
  const std::size_t reach = std::min(k, std::size_t(std::ceil(6.0 * h)));
  std::vector<double> kernel(reach + 1), curved(reach + 1);
  for (std::size_t d = 0; d <= reach; ++d) {
    const double u = double(d) / h;
    kernel[d] = std::exp(-0.5 * u * u);
    curved[d] = kernel[d] * (u * u - 1.0) / (h * h);
  }
  std::vector<double> ratio(k, 0.0);
  for (std::size_t i = 0; i < k; ++i) {
    double p = 0.0, p2 = 0.0;
    const std::size_t from = i > reach ? i - reach : 0, to = std::min(k - 1, i + reach);
    for (std::size_t j = from; j <= to; ++j) {
      const std::size_t d = j > i ? j - i : i - j;
      p += count[j] * kernel[d];
      p2 += count[j] * curved[d];
    }
    ratio[i] = p > 0.0 ? p2 / p : 0.0;
  }
  return ratio;
}

CurvatureCorrection CurvatureCorrection::fromSums(const std::vector<double>& count,
                                                  const std::vector<double>& sumMu,
                                                  const std::vector<double>& sumNear,
                                                  const std::vector<double>& sumFar,
                                                  const SelectionByMu& selection) {
  CurvatureCorrection c;
  const std::size_t k = std::min({count.size(), sumMu.size(), sumNear.size(), sumFar.size()});
  const std::vector<int> groupOf = LevelCalibration::equalCountGroups(
      std::vector<double>(count.begin(), count.begin() + std::ptrdiff_t(k)));
  if (groupOf.empty())
    return c;
  const std::vector<double> ratio = selectionRatio(count, sumNear, sumFar, k, selection);
  struct Group {
    double n = 0.0, mu = 0.0, near = 0.0, far = 0.0, ratio = 0.0;
  };
  std::vector<Group> groups;
  for (std::size_t i = 0; i < k; ++i) {
    if (groupOf[i] < 0)
      continue;
    if (std::size_t(groupOf[i]) == groups.size())
      groups.emplace_back();
    Group& g = groups.back();
    g.n += count[i];
    g.mu += sumMu[i];
    g.near += sumNear[i];
    g.far += sumFar[i];
    if (!ratio.empty())
      g.ratio += count[i] * ratio[i];
  }
  for (const Group& g : groups) {
    const double mu = g.mu / g.n;
    if (!(g.near > 0.0) || !std::isfinite(g.near) || !std::isfinite(g.far) ||
        (!c.m_mu.empty() && !(mu > c.m_mu.back())))
      continue;
    double near = g.near, far = g.far;
    if (g.ratio != 0.0) {
      // What grouping by mu adds to the group's sums (Tweedie's formula, noise/StencilCoupling.h),
      // at the group's own noise variance, which is what is left: a few fixed-point steps from
      // the sums as read (in a tail group the first step alone takes out too much). A group it
      // would empty keeps its sums.
      const double wNear = selection.coupling->nearAt(mu), wFar = selection.coupling->farAt(mu);
      double nearLeft = near, farLeft = far;
      for (int step = 0; step < 8; ++step) {
        const double v = std::max((4.0 * nearLeft - farLeft) / 3.0, kMinFactor * nearLeft) / g.n;
        const double added = v * v * g.ratio / 20.0;
        nearLeft = g.near - wNear * added;
        farLeft = g.far - wFar * added;
        if (!(nearLeft > 0.0) || !(farLeft > 0.0))
          break;
      }
      if (nearLeft > 0.0 && farLeft > 0.0 && std::isfinite(nearLeft) && std::isfinite(farLeft)) {
        near = nearLeft;
        far = farLeft;
      }
    }
    c.m_mu.push_back(mu);
    c.m_factor.push_back(std::max((4.0 * near - far) / (3.0 * g.near), kMinFactor));
  }
  if (c.m_mu.size() < 2)
    return CurvatureCorrection();
  return c;
}

double CurvatureCorrection::operator()(double mu) const {
  if (identity())
    return 1.0;
  if (!(mu > m_mu.front()))
    return m_factor.front();
  if (mu >= m_mu.back())
    return m_factor.back();
  const auto above = std::upper_bound(m_mu.begin(), m_mu.end(), mu);
  const std::size_t s = std::size_t(std::distance(m_mu.begin(), above)) - 1;
  const double t = (mu - m_mu[s]) / (m_mu[s + 1] - m_mu[s]);
  return m_factor[s] + t * (m_factor[s + 1] - m_factor[s]);
}

} // namespace pgd
