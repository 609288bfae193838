#include "noise/Quantiles.h"

#include "job/Error.h"
#include "noise/ParallelChunks.h"
#include "noise/VectorKernel.h"

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

// The radix selection: two passes with 2^16 counts per chunk; any input.
std::vector<double> radixQuantiles(const float* v, std::size_t n, const std::vector<double>& q,
                                   int threads) {
  std::vector<double> out(q.size(), std::numeric_limits<double>::quiet_NaN());
  // Pass 1: counts of the high 16 bits of every key (branch-free; non-finite values included).
  std::vector<std::vector<std::uint32_t>> high(chunkCount(n, threads));
  parallelChunks(
      n,
      [&](std::size_t c, std::size_t begin, std::size_t end) {
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
      },
      threads);
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
  std::vector<std::vector<std::vector<std::uint32_t>>> low(chunkCount(n, threads));
  parallelChunks(
      n,
      [&](std::size_t c, std::size_t begin, std::size_t end) {
        std::vector<std::vector<std::uint32_t>> counts(t, std::vector<std::uint32_t>(kDigits, 0));
        const std::uint8_t* slot = slotOf.data();
        for (std::size_t i = begin; i < end; ++i) {
          const std::uint32_t key = orderKey(v[i]);
          const std::uint8_t s = slot[key >> 16];
          if (s != 0) // rare: most values lie outside the target digits
            ++counts[s - 1u][key & 0xffffu];
        }
        low[c] = std::move(counts);
      },
      threads);
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

// The bracket structure of bracketedQuantiles: bounds lo <= hi around the wanted ranks, the
// counts of the finite values below lo, at lo and at hi, and the values strictly between.
struct Bracket {
  float lo = -std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::max();
  std::size_t below = 0, atLo = 0, atHi = 0; // finite values < lo, == lo, == hi (hi > lo)
  std::vector<float> inside;                 // values in (lo, hi)
};

// bracketedQuantiles' pass over v[begin, end): adds to every bracket of `mine` and returns the
// number of finite values. Sets `overflow` (and stops collecting) once a bracket holds more than
// `cap` values.
PGD_VECTOR_KERNEL_AVX2 std::size_t countBrackets(const float* v, std::size_t begin, std::size_t end,
                                                 std::vector<Bracket>& mine, std::size_t cap,
                                                 bool& overflow) {
  constexpr float kMax = std::numeric_limits<float>::max();
  std::size_t finite = 0;
  // Blocks: branch-free counts in 32 bits (x < lo, x <= lo, x < hi, x <= hi: -inf counts
  // in all four and is taken off `below`), then, in the blocks that hold values strictly
  // inside a bracket, a scan of the short sub-blocks that do.
  constexpr std::size_t kBlock = 256;
  constexpr std::size_t kSub = 32;
  constexpr float kInf = std::numeric_limits<float>::infinity();
  for (std::size_t b = begin; b < end; b += kBlock) {
    const std::size_t e = std::min(end, b + kBlock);
    std::uint32_t fin = 0;
    std::uint32_t negInf = 0;
    for (std::size_t i = b; i < e; ++i) {
      fin += std::uint32_t(std::fabs(v[i]) <= kMax);
      negInf += std::uint32_t(v[i] == -kInf);
    }
    finite += fin;
    for (Bracket& br : mine) {
      const float lo = br.lo;
      const float hi = br.hi;
      std::uint32_t ltLo = 0, leLo = 0, ltHi = 0, leHi = 0;
      for (std::size_t i = b; i < e; ++i) {
        const float x = v[i];
        ltLo += std::uint32_t(x < lo);
        leLo += std::uint32_t(x <= lo);
        ltHi += std::uint32_t(x < hi);
        leHi += std::uint32_t(x <= hi);
      }
      br.below += ltLo - negInf;
      br.atLo += leLo - ltLo;
      if (!(hi > lo))
        continue;
      br.atHi += leHi - ltHi;
      if (ltHi == leLo || overflow)
        continue;
      for (std::size_t s = b; s < e; s += kSub) {
        const std::size_t t = std::min(e, s + kSub);
        std::uint32_t any = 0;
        for (std::size_t i = s; i < t; ++i)
          any |= std::uint32_t(v[i] > lo) & std::uint32_t(v[i] < hi);
        if (any == 0)
          continue;
        // Branch-free compaction of the few values inside.
        float kept[kSub];
        std::size_t count = 0;
        for (std::size_t i = s; i < t; ++i) {
          const float x = v[i];
          kept[count] = x;
          count += std::size_t((x > lo) & (x < hi));
        }
        br.inside.insert(br.inside.end(), kept, kept + count);
      }
      if (br.inside.size() > cap)
        overflow = true;
    }
  }
  return finite;
}

// Bracketed selection: a sorted sample of kSample values spread over v brackets each order
// statistic needed between two values lo <= hi; one pass counts the finite values, those below
// lo, those equal to lo and to hi, and collects those strictly between (about 1.5% of v, none
// for a level many pixels share); nth_element on the few collected gives the exact order
// statistics. Returns false when a bracket misses its ranks or holds too many values (values far
// from evenly spread), for the radix selection to take over.
bool bracketedQuantiles(const float* v, std::size_t n, const std::vector<double>& q, int threads,
                        std::vector<double>& out) {
  constexpr std::size_t kSample = 8192;
  std::vector<float> sample;
  sample.reserve(kSample);
  // One value at a fixed pseudo-random place in each of kSample equal strata: evenly spread, yet
  // not in the few columns a regular stride would hit in an image.
  std::uint64_t state = 0x9e3779b97f4a7c15u;
  for (std::size_t j = 0; j < kSample; ++j) {
    state = state * 6364136223846793005u + 1442695040888963407u;
    const std::size_t begin = j * n / kSample;
    const std::size_t size = (j + 1) * n / kSample - begin;
    const float x = v[begin + std::size_t((state >> 33) % size)];
    if (std::isfinite(x))
      sample.push_back(x);
  }
  if (sample.size() < kSample / 2)
    return false;
  const std::size_t s = sample.size();
  const std::size_t nq = q.size();
  std::vector<Bracket> brackets(nq);
  // The sample ranks of the bounds, then the sample's values at them (nth_element rank by rank
  // in ascending order: no full sort).
  struct Bound {
    std::size_t rank;
    float* into;
  };
  std::vector<Bound> bounds;
  for (std::size_t j = 0; j < nq; ++j) {
    // 4.5 binomial standard deviations of the sample rank, and a little more.
    const double centre = q[j] * double(s - 1);
    const double margin =
        4.5 * std::sqrt(q[j] * (1.0 - q[j]) * double(s)) + 0.0005 * double(s) + 2.0;
    const double first = std::floor(centre - margin);
    const double last = std::ceil(centre + margin + 1.0);
    if (first > 0.0)
      bounds.push_back({std::size_t(first), &brackets[j].lo});
    if (last < double(s - 1))
      bounds.push_back({std::size_t(last), &brackets[j].hi});
  }
  std::sort(bounds.begin(), bounds.end(),
            [](const Bound& x, const Bound& y) { return x.rank < y.rank; });
  std::size_t placed = 0; // sample[0, placed) holds the least values, in place up to there
  for (const Bound& bound : bounds) {
    if (bound.rank >= placed) {
      std::nth_element(sample.begin() + std::ptrdiff_t(placed),
                       sample.begin() + std::ptrdiff_t(bound.rank), sample.end());
      placed = bound.rank + 1;
    }
    *bound.into = sample[bound.rank];
  }
  // More values than this strictly inside one bracket: the sample misled; stop collecting.
  const std::size_t cap = n / 16 + 1024;
  const std::size_t chunks = chunkCount(n, threads);
  std::vector<std::size_t> finiteParts(chunks);
  std::vector<std::vector<Bracket>> parts(chunks, brackets);
  std::vector<char> overflow(chunks, 0);
  parallelChunks(
      n,
      [&](std::size_t c, std::size_t begin, std::size_t end) {
        bool full = false;
        finiteParts[c] = countBrackets(v, begin, end, parts[c], cap, full);
        overflow[c] = full;
      },
      threads);
  std::size_t m = 0;
  for (std::size_t c = 0; c < chunks; ++c) {
    if (overflow[c])
      return false;
    m += finiteParts[c];
  }
  if (m == 0)
    return false;
  // Each bracket's order statistics from its own values; the brackets side by side on the
  // threads (the values do not depend on which thread finds them).
  std::vector<char> found(nq, 0);
  const auto finish = [&](std::size_t j) {
    Bracket all;
    all.lo = brackets[j].lo;
    all.hi = brackets[j].hi;
    for (std::vector<Bracket>& part : parts) {
      all.below += part[j].below;
      all.atLo += part[j].atLo;
      all.atHi += part[j].atHi;
      all.inside.insert(all.inside.end(), part[j].inside.begin(), part[j].inside.end());
    }
    const double pos = q[j] * double(m - 1);
    const auto k = static_cast<std::size_t>(std::floor(pos));
    const std::size_t k1 = std::min(k + 1, m - 1);
    const std::size_t held = all.atLo + all.inside.size() + all.atHi;
    if (k < all.below || k1 >= all.below + held)
      return;
    // The bracket's values in order: atLo times lo, the inside ones, atHi times hi.
    const std::size_t insideEnd = all.atLo + all.inside.size();
    std::size_t sorted = 0; // how many of the inside values nth_element has placed so far
    const auto at = [&](std::size_t rank) -> double {
      const std::size_t r = rank - all.below;
      if (r < all.atLo)
        return all.lo;
      if (r >= insideEnd)
        return all.hi;
      const auto it = all.inside.begin() + std::ptrdiff_t(r - all.atLo);
      if (sorted == 0 || r - all.atLo != sorted) {
        std::nth_element(all.inside.begin(), it, all.inside.end());
        sorted = r - all.atLo + 1;
        return *it;
      }
      // The next rank after one nth_element placed: the least value after it.
      return *std::min_element(it, all.inside.end());
    };
    const double a = at(k);
    const double b = k1 == k ? a : at(k1);
    const double frac = pos - std::floor(pos);
    out[j] = a + frac * (b - a);
    found[j] = 1;
  };
  const std::size_t workers = std::min(nq, chunks);
  runChunks(workers, [&](std::size_t c) {
    for (std::size_t j = c; j < nq; j += workers)
      finish(j);
  });
  for (std::size_t j = 0; j < nq; ++j)
    if (!found[j])
      return false;
  return true;
}

} // namespace

std::vector<double> quantiles(const float* v, std::size_t n, const std::vector<double>& q,
                              int threads) {
  for (double p : q)
    if (!(p >= 0.0 && p <= 1.0))
      throw Error(ErrorKind::Usage, "quantile: probability must lie in [0, 1]");
  std::vector<double> out(q.size(), std::numeric_limits<double>::quiet_NaN());
  if (n == 0 || q.empty())
    return out;
  // Below this size the radix selection's counts cost more than the values.
  constexpr std::size_t kBracketFrom = std::size_t(1) << 16;
  if (n >= kBracketFrom && bracketedQuantiles(v, n, q, threads, out))
    return out;
  return radixQuantiles(v, n, q, threads);
}

} // namespace pgd
