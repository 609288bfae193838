#include "noise/LevelCalibration.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <iterator>

namespace pgd {

namespace {

// The index of the segment [k, k + 1] of `knots` that holds x (knots strictly increasing, x
// strictly inside them).
std::size_t segmentOf(const std::vector<double>& knots, double x) {
  const auto above = std::upper_bound(knots.begin(), knots.end(), x);
  return std::size_t(std::distance(knots.begin(), above)) - 1;
}

} // namespace

std::vector<int> LevelCalibration::equalCountGroups(const std::vector<double>& count) {
  double total = 0.0;
  for (double n : count)
    total += n > 0.0 ? n : 0.0;
  const int groups = int(std::min<double>(kMaxGroups, std::floor(total / kMinGroupPixels)));
  if (groups < 2)
    return {};
  std::vector<int> group(count.size(), -1);
  int closed = 0;
  double running = 0.0;
  for (std::size_t i = 0; i < count.size(); ++i) {
    if (!(count[i] > 0.0))
      continue;
    group[i] = closed;
    running += count[i];
    if (running >= total * double(closed + 1) / double(groups))
      ++closed;
  }
  return group;
}

LevelCalibration LevelCalibration::fromSumsAwayFromClipping(std::vector<double> count,
                                                            std::vector<double> sumMu,
                                                            std::vector<double> sumY,
                                                            const std::vector<double>& sumR2,
                                                            double clipLow, double clipHigh) {
  if (clipLow > -kNoClipLevel || clipHigh < kNoClipLevel)
    for (std::size_t k = 0; k < count.size() && k < sumR2.size(); ++k) {
      if (!(count[k] > 0.0))
        continue;
      const double level = sumMu[k] / count[k];
      const double sd = std::sqrt(sumR2[k] / count[k]);
      if (level - clipLow < kClipGuard * sd || clipHigh - level < kClipGuard * sd)
        count[k] = sumMu[k] = sumY[k] = 0.0;
    }
  return fromSums(count, sumMu, sumY);
}

LevelCalibration LevelCalibration::fromSums(const std::vector<double>& count,
                                            const std::vector<double>& sumMu,
                                            const std::vector<double>& sumY) {
  LevelCalibration c;
  const std::size_t k = std::min({count.size(), sumMu.size(), sumY.size()});
  const std::vector<int> groupOf =
      equalCountGroups(std::vector<double>(count.begin(), count.begin() + std::ptrdiff_t(k)));
  if (groupOf.empty())
    return c;
  struct Group {
    double n = 0.0, mu = 0.0, y = 0.0;
  };
  std::vector<Group> merged;
  for (std::size_t i = 0; i < k; ++i) {
    if (groupOf[i] < 0)
      continue;
    if (std::size_t(groupOf[i]) == merged.size())
      merged.emplace_back();
    Group& g = merged.back();
    g.n += count[i];
    g.mu += sumMu[i];
    g.y += sumY[i];
  }
  // Pool adjacent violators: blocks of groups whose mean y decreases are merged (weighted by
  // count), so the map is non-decreasing; each group keeps its own mean mu as its knot.
  struct Block {
    double n, y;
    std::size_t groups;
  };
  std::vector<Block> blocks;
  for (const Group& g : merged) {
    blocks.push_back({g.n, g.y / g.n, 1});
    while (blocks.size() > 1 && blocks[blocks.size() - 2].y > blocks.back().y) {
      Block top = blocks.back();
      blocks.pop_back();
      Block& below = blocks.back();
      below.y = (below.y * below.n + top.y * top.n) / (below.n + top.n);
      below.n += top.n;
      below.groups += top.groups;
    }
  }
  std::size_t g = 0;
  for (const Block& b : blocks)
    for (std::size_t j = 0; j < b.groups; ++j, ++g) {
      const double mu = merged[g].mu / merged[g].n;
      if (!c.m_mu.empty() && !(mu > c.m_mu.back()))
        continue; // knots must increase strictly in mu
      c.m_mu.push_back(mu);
      c.m_level.push_back(b.y);
    }
  if (c.m_mu.size() < 2 ||
      !std::all_of(c.m_level.begin(), c.m_level.end(), [](double v) { return std::isfinite(v); }))
    return LevelCalibration();
  return c;
}

double LevelCalibration::operator()(double mu) const {
  if (identity())
    return mu;
  if (mu <= m_mu.front())
    return m_level.front() + (mu - m_mu.front());
  if (mu >= m_mu.back())
    return m_level.back() + (mu - m_mu.back());
  const std::size_t s = segmentOf(m_mu, mu);
  const double t = (mu - m_mu[s]) / (m_mu[s + 1] - m_mu[s]);
  return m_level[s] + t * (m_level[s + 1] - m_level[s]);
}

double LevelCalibration::slope(double mu) const {
  if (identity() || mu <= m_mu.front() || mu >= m_mu.back())
    return 1.0;
  const std::size_t s = segmentOf(m_mu, mu);
  return (m_level[s + 1] - m_level[s]) / (m_mu[s + 1] - m_mu[s]);
}

} // namespace pgd
