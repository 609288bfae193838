// valueHistogram: equal bins from the smallest to the largest finite value, every finite value
// counted once (the largest in the last bin), NaN/Inf left out, constant and empty inputs safe.
#include "display/ValueHistogram.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace pgd {
namespace {

TEST(ValueHistogram, EqualBinsOverTheFiniteRange) {
  std::vector<float> v;
  for (int i = 0; i < 100; ++i)
    v.push_back(float(i));
  v.push_back(std::numeric_limits<float>::quiet_NaN());
  v.push_back(std::numeric_limits<float>::infinity());
  const ValueHistogram h = valueHistogram(v.data(), v.size(), 10);
  EXPECT_DOUBLE_EQ(h.low, 0.0);
  EXPECT_DOUBLE_EQ(h.high, 99.0);
  ASSERT_EQ(h.counts.size(), 10u);
  EXPECT_EQ(h.total(), 100u);
  // Bin width 9.9: values 0..9 in the first bin, 99 in the last.
  EXPECT_EQ(h.counts[0], 10u);
  EXPECT_GE(h.counts[9], 1u);
}

TEST(ValueHistogram, ConstantAndEmptyInputs) {
  const std::vector<float> same(50, 3.0f);
  const ValueHistogram c = valueHistogram(same.data(), same.size(), 8);
  EXPECT_EQ(c.total(), 50u);
  EXPECT_EQ(c.counts[0], 50u);
  const std::vector<float> none(5, std::nanf(""));
  const ValueHistogram e = valueHistogram(none.data(), none.size(), 8);
  EXPECT_EQ(e.total(), 0u);
  EXPECT_EQ(e.counts.size(), 8u);
}

} // namespace
} // namespace pgd
