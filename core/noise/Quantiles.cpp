#include "noise/Quantiles.h"

#include "job/Error.h"
#include "noise/ParallelChunks.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace pgd {

namespace {

// Radix selection on the bit pattern of the floats: orderKey maps a float to an unsigned key
// with the same order (negative values flipped entirely, positive ones with the sign bit set),
// so the order statistic of rank r is found by counting keys, 16 bits at a time. Every count
// is an integer, so the result is exact whatever the chunking.
constexpr std::size_t kDigits = std::size_t(1) << 16;
// Top 16 bits of the keys of finite floats: [0x0080, 0xff7f]. Infinities and NaNs fall outside
// and are counted, then ignored.
constexpr std::uint32_t kFirstFinite = 0x0080;
constexpr std::uint32_t kLastFinite = 0xff7f;

std::uint32_t orderKey(float v) {
  std::uint32_t u = 0;
  std::memcpy(&u, &v, sizeof u);
  return (u & 0x80000000u) != 0 ? ~u : (u | 0x80000000u);
}

float fromOrderKey(std::uint32_t key) {
  const std::uint32_t u = (key & 0x80000000u) != 0 ? (key & 0x7fffffffu) : ~key;
  float v = 0.0f;
  std::memcpy(&v, &u, sizeof v);
  return v;
}

// Sums per-chunk counts into the first one.
std::vector<std::uint32_t> mergeCounts(std::vector<std::vector<std::uint32_t>>& parts) {
  std::vector<std::uint32_t> total = std::move(parts[0]);
  for (std::size_t c = 1; c < parts.size(); ++c)
    for (std::size_t d = 0; d < kDigits; ++d)
      total[d] += parts[c][d];
  return total;
}

} // namespace

std::vector<double> quantiles(const float* v, std::size_t n, const std::vector<double>& q) {
  for (double p : q)
    if (!(p >= 0.0 && p <= 1.0))
      throw Error(ErrorKind::Usage, "quantile: probability must lie in [0, 1]");
  std::vector<double> out(q.size(), std::numeric_limits<double>::quiet_NaN());
  if (n == 0 || q.empty())
    return out;
  // Pass 1: counts of the high 16 bits of every key (branch-free; non-finite values included).
  std::vector<std::vector<std::uint32_t>> high(chunkCount(n));
  parallelChunks(n, [&](std::size_t c, std::size_t begin, std::size_t end) {
    // Neighbouring values mostly share a high digit: four tables, one per position modulo 4,
    // keep each increment from waiting on the store of the one before.
    std::vector<std::uint32_t> counts(4 * kDigits, 0);
    std::uint32_t* c0 = counts.data();
    std::uint32_t* c1 = c0 + kDigits;
    std::uint32_t* c2 = c1 + kDigits;
    std::uint32_t* c3 = c2 + kDigits;
    std::size_t i = begin;
    for (; i + 4 <= end; i += 4) {
      ++c0[orderKey(v[i]) >> 16];
      ++c1[orderKey(v[i + 1]) >> 16];
      ++c2[orderKey(v[i + 2]) >> 16];
      ++c3[orderKey(v[i + 3]) >> 16];
    }
    for (; i < end; ++i)
      ++c0[orderKey(v[i]) >> 16];
    for (std::size_t d = 0; d < kDigits; ++d)
      c0[d] += c1[d] + c2[d] + c3[d];
    counts.resize(kDigits);
    high[c] = std::move(counts);
  });
  const std::vector<std::uint32_t> highCounts = mergeCounts(high);
  std::size_t m = 0;
  for (std::uint32_t d = kFirstFinite; d <= kLastFinite; ++d)
    m += highCounts[d];
  if (m == 0)
    return out;

  // Order statistics needed: floor(pos) and floor(pos)+1 for each q (ranks among finite values),
  // and the high digit each one has.
  struct Rank {
    std::size_t rank = 0;
    std::uint32_t digit = 0;
    std::size_t within = 0; // rank among the values with that high digit
  };
  std::vector<Rank> ranks;
  for (double p : q) {
    const double pos = p * double(m - 1);
    const auto k = static_cast<std::size_t>(std::floor(pos));
    ranks.push_back({k});
    ranks.push_back({std::min(k + 1, m - 1)});
  }
  std::vector<std::uint32_t> targets; // distinct high digits, at most 2 per q
  for (Rank& r : ranks) {
    std::size_t below = 0;
    std::uint32_t d = kFirstFinite;
    while (below + highCounts[d] <= r.rank)
      below += highCounts[d++];
    r.digit = d;
    r.within = r.rank - below;
    if (std::find(targets.begin(), targets.end(), d) == targets.end())
      targets.push_back(d);
  }

  // Pass 2: counts of the low 16 bits of the keys whose high digit is a target.
  const std::size_t t = targets.size();
  std::vector<std::uint8_t> slotOf(kDigits, 0); // 1 + index in targets, 0 for other digits
  for (std::size_t j = 0; j < t; ++j)
    slotOf[targets[j]] = static_cast<std::uint8_t>(j + 1);
  std::vector<std::vector<std::vector<std::uint32_t>>> low(chunkCount(n));
  parallelChunks(n, [&](std::size_t c, std::size_t begin, std::size_t end) {
    std::vector<std::vector<std::uint32_t>> counts(t, std::vector<std::uint32_t>(kDigits, 0));
    const std::uint8_t* slot = slotOf.data();
    for (std::size_t i = begin; i < end; ++i) {
      const std::uint32_t key = orderKey(v[i]);
      const std::uint8_t s = slot[key >> 16];
      if (s != 0) // rare: most values lie outside the target digits
        ++counts[s - 1u][key & 0xffffu];
    }
    low[c] = std::move(counts);
  });
  const auto orderStatistic = [&](const Rank& r) {
    const std::size_t j =
        std::size_t(std::find(targets.begin(), targets.end(), r.digit) - targets.begin());
    std::size_t below = 0;
    std::uint32_t d = 0;
    for (;; ++d) {
      std::size_t count = 0;
      for (const auto& part : low)
        count += part[j][d];
      if (below + count > r.within)
        break;
      below += count;
    }
    return double(fromOrderKey((r.digit << 16) | d));
  };
  for (std::size_t j = 0; j < q.size(); ++j) {
    const double pos = q[j] * double(m - 1);
    const double frac = pos - std::floor(pos);
    const double a = orderStatistic(ranks[2 * j]);
    const double b = orderStatistic(ranks[2 * j + 1]);
    out[j] = a + frac * (b - a);
  }
  return out;
}

} // namespace pgd
