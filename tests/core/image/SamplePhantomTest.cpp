#include "sample/SamplePhantom.h"
#include "image/StackReader.h"

#include "TempDir.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

TEST(SamplePhantom, CleanSceneHasStructureInUnitRange) {
  pgd::PhantomOptions o;
  o.width = 128;
  o.height = 96;
  o.frames = 2;
  const pgd::ImageStack c = pgd::makeCleanPhantom(o);
  EXPECT_EQ(c.frames(), 2);
  EXPECT_EQ(c.width(), 128);
  EXPECT_EQ(c.height(), 96);
  const auto [lo, hi] = c.minMax();
  EXPECT_GE(lo, 0.0f);
  EXPECT_LE(hi, 1.0f);
  EXPECT_GT(hi - lo, 0.5f); // real contrast, not a flat image
  // Photobleaching: frame 1 is dimmer than frame 0.
  double s0 = 0, s1 = 0;
  for (std::size_t i = 0; i < c.frameSize(); ++i) {
    s0 += c.frame(0)[i];
    s1 += c.frame(1)[i];
  }
  EXPECT_LT(s1, s0);
}

TEST(SamplePhantom, IsDeterministic) {
  pgd::SampleSpec spec;
  spec.phantom.width = spec.phantom.height = 64;
  spec.phantom.frames = 1;
  EXPECT_EQ(pgd::makeSample(spec).noisy.values(), pgd::makeSample(spec).noisy.values());
}

TEST(SamplePhantom, WrittenSampleRecordsTrueNoiseInBothUnits) {
  pgd::test::TempDir dir;
  pgd::SampleSpec spec;
  spec.phantom.width = spec.phantom.height = 64;
  spec.phantom.frames = 2;
  pgd::writeSample(dir.path(), spec);
  const pgd::ImageStack noisy = pgd::readImageStack(dir / "pgd_sample.tif");
  EXPECT_EQ(noisy.frames(), 2);
  EXPECT_EQ(noisy.metadata().sourceType, pgd::PixelType::UInt16);
  std::ifstream in(dir / "pgd_sample.json");
  const auto j = nlohmann::json::parse(in);
  const double aRaw = spec.rawScale * spec.noise.a;
  const double bRaw = spec.rawScale * spec.rawScale * spec.noise.b - aRaw * spec.rawOffset;
  EXPECT_DOUBLE_EQ(j["a_raw"].get<double>(), aRaw);
  EXPECT_DOUBLE_EQ(j["b_raw"].get<double>(), bRaw);
  // Normalised values use the one definition pgdenoise reports in: the noisy stack's own.
  const pgd::Normalization n = pgd::Normalization::fromData(noisy);
  EXPECT_DOUBLE_EQ(j["normalisation"]["scale"].get<double>(), n.scale);
  EXPECT_NEAR(j["a_norm"].get<double>(), aRaw / n.scale, 1e-12);
  EXPECT_NEAR(n.toRaw({j["a_norm"].get<double>(), j["b_norm"].get<double>()}).b, bRaw,
              1e-6 * std::abs(bRaw));
  // The phantom's own units (neither raw nor normalised) are not printed as a,b: a user comparing
  // them with a fit read a 37% error for the same noise.
  EXPECT_FALSE(j["synthesis"].contains("a"));
  EXPECT_FALSE(j.contains("a_normalised"));
}
