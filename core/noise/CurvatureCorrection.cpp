#include "noise/CurvatureCorrection.h"

#include "noise/LevelCalibration.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <iterator>

namespace pgd {

CurvatureCorrection CurvatureCorrection::fromSums(const std::vector<double>& count,
                                                  const std::vector<double>& sumMu,
                                                  const std::vector<double>& sumNear,
                                                  const std::vector<double>& sumFar) {
  CurvatureCorrection c;
  const std::size_t k = std::min({count.size(), sumMu.size(), sumNear.size(), sumFar.size()});
  const std::vector<int> groupOf = LevelCalibration::equalCountGroups(
      std::vector<double>(count.begin(), count.begin() + std::ptrdiff_t(k)));
  if (groupOf.empty())
    return c;
  struct Group {
    double n = 0.0, mu = 0.0, near = 0.0, far = 0.0;
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
  }
  for (const Group& g : groups) {
    const double mu = g.mu / g.n;
    if (!(g.near > 0.0) || !std::isfinite(g.near) || !std::isfinite(g.far) ||
        (!c.m_mu.empty() && !(mu > c.m_mu.back())))
      continue;
    c.m_mu.push_back(mu);
    c.m_factor.push_back(std::max((4.0 * g.near - g.far) / (3.0 * g.near), kMinFactor));
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
