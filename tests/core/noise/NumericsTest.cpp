#include "noise/NelderMead.h"
#include "noise/Quantiles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <random>

namespace pgd {
namespace {

TEST(Quantiles, MatchSortedLinearInterpolation) {
  std::mt19937 rng(3);
  std::normal_distribution<float> g(0.0f, 1.0f);
  std::vector<float> v(100001);
  for (float& x : v)
    x = g(rng);
  v[5] = std::nanf("");
  const std::vector<double> q = {0.0, 0.02, 0.5, 0.97, 1.0, 0.123456};
  const std::vector<double> got = quantiles(v.data(), v.size(), q);
  std::vector<float> s;
  std::copy_if(v.begin(), v.end(), std::back_inserter(s), [](float x) { return std::isfinite(x); });
  std::sort(s.begin(), s.end());
  for (std::size_t j = 0; j < q.size(); ++j) {
    const double pos = q[j] * double(s.size() - 1);
    const auto k = std::size_t(pos);
    const double expected = s[k] + (pos - double(k)) * (s[std::min(k + 1, s.size() - 1)] - s[k]);
    EXPECT_DOUBLE_EQ(got[j], expected) << "q " << q[j];
  }
}

// The exact quantile of v (numpy's linear interpolation) by sorting its finite values.
double sortedQuantile(const std::vector<float>& v, double q) {
  std::vector<float> s;
  std::copy_if(v.begin(), v.end(), std::back_inserter(s), [](float x) { return std::isfinite(x); });
  std::sort(s.begin(), s.end());
  const double pos = q * double(s.size() - 1);
  const auto k = std::size_t(pos);
  return s[k] + (pos - double(k)) * (double(s[std::min(k + 1, s.size() - 1)]) - double(s[k]));
}

// Large inputs take the bracketed selection: a level most values share (an image's flat
// background, at the low quantiles), a smooth ramp (regular structure a regular sample would
// misread), infinities and NaN; exact on any number of threads.
TEST(Quantiles, LargeInputsWithTiesAndInfinitiesMatchSorting) {
  std::mt19937 rng(5);
  std::uniform_real_distribution<float> u(0.0f, 1.0f);
  std::vector<float> v(1 << 20);
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::size_t col = i % 2048;
    v[i] = col < 1000 ? 0.25f : float(col) / 2048.0f + 0.01f * u(rng);
  }
  v[17] = std::numeric_limits<float>::infinity();
  v[4000] = -std::numeric_limits<float>::infinity();
  v[9000] = std::nanf("");
  const std::vector<double> q = {0.0, 0.02, 0.4, 0.5, 0.97, 1.0};
  for (const int threads : {1, 2, 3}) {
    const std::vector<double> got = quantiles(v.data(), v.size(), q, threads);
    for (std::size_t j = 0; j < q.size(); ++j)
      EXPECT_EQ(got[j], sortedQuantile(v, q[j])) << "q " << q[j] << ", " << threads << " threads";
  }
}

TEST(Quantiles, ConstantAndEmptyInput) {
  const std::vector<float> c(10, 2.5f);
  EXPECT_EQ(quantiles(c.data(), c.size(), {0.3})[0], 2.5);
  EXPECT_TRUE(std::isnan(quantiles(c.data(), 0, {0.3})[0]));
}

TEST(NelderMead, MinimisesRosenbrockAndAParabola) {
  const NelderMead nm;
  const auto rosen = [](const std::array<double, 2>& p) {
    return 100 * std::pow(p[1] - p[0] * p[0], 2) + std::pow(1 - p[0], 2);
  };
  const NelderMeadResult r = nm.minimize(rosen, 2, {-1.2, 1.0}, {0.1, 0.1});
  EXPECT_TRUE(r.converged);
  EXPECT_NEAR(r.x[0], 1.0, 1e-4);
  EXPECT_NEAR(r.x[1], 1.0, 1e-4);
  const NelderMeadResult p =
      nm.minimize([](const std::array<double, 2>& x) { return (x[0] - 0.3) * (x[0] - 0.3); }, 1,
                  {0.0, 0.0}, {0.01, 0.0});
  EXPECT_NEAR(p.x[0], 0.3, 1e-6);
}

} // namespace
} // namespace pgd
