#include "display/NoisePlotCsv.h"
#include "display/PlotUnits.h"
#include "noise/PoissonGaussianNoise.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace pgd {
namespace {

// The line after the "# section" line: the section's column names.
std::string headerOf(const std::string& csv, const std::string& section) {
  std::istringstream in(csv);
  std::string line;
  while (std::getline(in, line))
    if (line == "# " + section) {
      std::getline(in, line);
      return line;
    }
  return {};
}

TEST(NoisePlotCsv, GivesTheImageNameAndRawUnitsFirst) {
  ImageStack clean(1, 64, 64);
  for (int y = 0; y < 64; ++y)
    for (int x = 0; x < 64; ++x)
      clean.at(0, y, x) = 0.1f + 0.8f * float(x) / 63.0f;
  const ImageStack noisy = addPoissonGaussianNoise(clean, {0.01, 1e-4}, {9, false});
  const Normalization norm{4000.0, 100.0};
  const NoiseFitPlotData d = makeNoiseFitPlotData(noisy, clean, {}, norm, &clean);
  const std::string csv = noisePlotCsv(d, "cells, day 2.tif");
  EXPECT_NE(csv.find("# image\nname\n\"cells, day 2.tif\"\n"), std::string::npos) << csv;
  EXPECT_EQ(headerOf(csv, "fit"), "method,a_raw,b_raw,a_norm,b_norm");
  EXPECT_EQ(headerOf(csv, "per_frame"), "frame,a_raw,b_raw,a_norm,b_norm");
  EXPECT_EQ(headerOf(csv, "histograms").rfind("level_raw,", 0), 0u);
  EXPECT_EQ(headerOf(csv, "variance_mean").rfind("mean_raw,variance_raw,", 0), 0u);
  // The fit row: raw values first, then the normalised ones, in one normalisation.
  std::ostringstream row;
  row.precision(10);
  // The method is the residual the fit read: independent noise here, so the local difference.
  EXPECT_EQ(d.fit.method, "local-difference");
  row << "local-difference," << d.fitRaw.a << ',' << d.fitRaw.b << ',' << d.fit.a << ',' << d.fit.b;
  EXPECT_NE(csv.find(row.str()), std::string::npos) << csv;
  EXPECT_DOUBLE_EQ(d.fitRaw.a, 4000.0 * d.fit.a);
}

TEST(PlotUnits, MapsValuesDensitiesAndVariancesToRawAndBack) {
  const Normalization n{4000.0, 100.0};
  const PlotUnits raw(n, true);
  EXPECT_DOUBLE_EQ(raw.value(0.5), 2100.0);
  EXPECT_DOUBLE_EQ(raw.toNormalised(2100.0), 0.5);
  EXPECT_DOUBLE_EQ(raw.density(8.0), 0.002);
  EXPECT_DOUBLE_EQ(raw.variance(1e-4), 1600.0);
  // Var(raw) = a_raw * raw + b_raw equals scale^2 * (a * x + b) at every level.
  const NoiseParams p = raw.params({0.01, 1e-4});
  EXPECT_NEAR(p.a * raw.value(0.3) + p.b, raw.variance(0.01 * 0.3 + 1e-4), 1e-9);
  const PlotUnits normalised(n, false);
  EXPECT_DOUBLE_EQ(normalised.value(0.5), 0.5);
  EXPECT_DOUBLE_EQ(normalised.toNormalised(0.5), 0.5);
  EXPECT_TRUE(PlotUnits::hasRawScale(n));
  EXPECT_FALSE(PlotUnits::hasRawScale({}));
}

} // namespace
} // namespace pgd
