#include "noise/Quantiles.h"

#include "job/Error.h"
#include "noise/ParallelChunks.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace pgd {

namespace {

constexpr std::size_t kHistogramBins = 1 << 14; // 64 KiB of counts: stays in cache

} // namespace

std::vector<double> quantiles(const float* v, std::size_t n, const std::vector<double>& q) {
  for (double p : q)
    if (!(p >= 0.0 && p <= 1.0))
      throw Error(ErrorKind::Usage, "quantile: probability must lie in [0, 1]");
  std::vector<double> out(q.size(), std::numeric_limits<double>::quiet_NaN());
  struct Range {
    float lo = std::numeric_limits<float>::infinity();
    float hi = -std::numeric_limits<float>::infinity();
    std::size_t finite = 0;
  };
  std::vector<Range> ranges(chunkCount(n));
  parallelChunks(n, [&](std::size_t c, std::size_t begin, std::size_t end) {
    Range r; // local: the ranges share a cache line, so per-pixel writes would thrash it
    for (std::size_t i = begin; i < end; ++i) {
      if (!std::isfinite(v[i]))
        continue;
      r.lo = std::min(r.lo, v[i]);
      r.hi = std::max(r.hi, v[i]);
      ++r.finite;
    }
    ranges[c] = r;
  });
  float lo = ranges[0].lo;
  float hi = ranges[0].hi;
  std::size_t m = 0;
  for (const Range& r : ranges) {
    lo = std::min(lo, r.lo);
    hi = std::max(hi, r.hi);
    m += r.finite;
  }
  if (m == 0)
    return out;
  if (lo == hi) {
    std::fill(out.begin(), out.end(), double(lo));
    return out;
  }
  const double scale = double(kHistogramBins) / (double(hi) - double(lo));
  const auto binOf = [&](float x) {
    return std::min(kHistogramBins - 1, static_cast<std::size_t>((double(x) - lo) * scale));
  };
  std::vector<std::vector<std::uint32_t>> partial(chunkCount(n),
                                                  std::vector<std::uint32_t>(kHistogramBins, 0));
  parallelChunks(n, [&](std::size_t c, std::size_t begin, std::size_t end) {
    std::vector<std::uint32_t>& counts = partial[c];
    for (std::size_t i = begin; i < end; ++i)
      if (std::isfinite(v[i]))
        ++counts[binOf(v[i])];
  });
  std::vector<std::size_t> counts(kHistogramBins, 0);
  for (const auto& p : partial)
    for (std::size_t b = 0; b < kHistogramBins; ++b)
      counts[b] += p[b];
  std::vector<std::size_t> firstRank(kHistogramBins + 1, 0); // rank of the first value per bin
  for (std::size_t b = 0; b < kHistogramBins; ++b)
    firstRank[b + 1] = firstRank[b] + counts[b];

  // Order statistics needed: floor(pos) and floor(pos)+1 for each q.
  std::vector<std::size_t> ranks;
  for (double p : q) {
    const double pos = p * double(m - 1);
    const auto k = static_cast<std::size_t>(std::floor(pos));
    ranks.push_back(k);
    ranks.push_back(std::min(k + 1, m - 1));
  }
  std::vector<std::size_t> bins;
  for (std::size_t r : ranks)
    bins.push_back(
        std::size_t(std::upper_bound(firstRank.begin(), firstRank.end(), r) - firstRank.begin()) -
        1);
  std::vector<std::size_t> uniqueBins = bins;
  std::sort(uniqueBins.begin(), uniqueBins.end());
  uniqueBins.erase(std::unique(uniqueBins.begin(), uniqueBins.end()), uniqueBins.end());
  std::vector<std::vector<float>> members(uniqueBins.size());
  std::vector<int> slot(kHistogramBins, -1);
  for (std::size_t u = 0; u < uniqueBins.size(); ++u) {
    members[u].reserve(counts[uniqueBins[u]]);
    slot[uniqueBins[u]] = int(u);
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!std::isfinite(v[i]))
      continue;
    const int u = slot[binOf(v[i])];
    if (u >= 0)
      members[std::size_t(u)].push_back(v[i]);
  }
  for (auto& bucket : members)
    std::sort(bucket.begin(), bucket.end());
  const auto orderStatistic = [&](std::size_t r, std::size_t bin) {
    const std::size_t u = std::size_t(std::lower_bound(uniqueBins.begin(), uniqueBins.end(), bin) -
                                      uniqueBins.begin());
    return double(members[u][r - firstRank[bin]]);
  };
  for (std::size_t j = 0; j < q.size(); ++j) {
    const double pos = q[j] * double(m - 1);
    const double frac = pos - std::floor(pos);
    const double a = orderStatistic(ranks[2 * j], bins[2 * j]);
    const double b = orderStatistic(ranks[2 * j + 1], bins[2 * j + 1]);
    out[j] = a + frac * (b - a);
  }
  return out;
}

} // namespace pgd
