#include "train/EchoRefusals.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace pgd {
namespace {

TEST(EchoRefusals, SummariseTheRefusedValidationsAgainstTheRunsLeastEcho) {
  const auto r =
      echoRefusalsOf({100, 200, 300, 400, 500}, {0.031, 0.024, 0.061, 0.050, 0.153}, {300, 500});
  EXPECT_EQ(r.count, 2);
  EXPECT_EQ(r.firstStep, 300);
  EXPECT_EQ(r.lastStep, 500);
  EXPECT_DOUBLE_EQ(r.largestEcho, 0.153);
  EXPECT_DOUBLE_EQ(r.leastEcho, 0.024);
  const std::string line = describeEchoRefusals(r);
  EXPECT_NE(line.find("steps 300-500: 2 validations with a lower held-out loss were not kept"),
            std::string::npos)
      << line;
  EXPECT_NE(line.find("noise echo up to 0.153, the run's least 0.024"), std::string::npos) << line;

  const auto one = echoRefusalsOf({100, 200}, {0.02, 0.07}, {200});
  EXPECT_NE(describeEchoRefusals(one).find("step 200: 1 validation with a lower held-out loss was "
                                           "not kept"),
            std::string::npos)
      << describeEchoRefusals(one);
}

TEST(EchoRefusals, NothingToSayWithoutRefusalsOrWithoutEchoes) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const auto narrow = echoRefusalsOf({100, 200}, {nan, nan}, {});
  EXPECT_EQ(narrow.count, 0);
  EXPECT_TRUE(std::isnan(narrow.leastEcho));
  EXPECT_EQ(describeEchoRefusals(narrow), "");
  const auto calm = echoRefusalsOf({100, 200}, {0.03, 0.02}, {});
  EXPECT_EQ(calm.count, 0);
  EXPECT_DOUBLE_EQ(calm.leastEcho, 0.02);
  EXPECT_EQ(describeEchoRefusals(calm), "");
}

} // namespace
} // namespace pgd
