#include "noise/NoiseFitPlotData.h"
#include "NoiseTestImages.h"
#include "job/Error.h"
#include "noise/PoissonGaussianNoise.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace pgd {
namespace {

TEST(NoiseFitPlotData, HistogramsMatchFittedDensities) {
  const ImageStack clean = test::rampImage(256);
  const NoiseParams truth = NoiseParams::fromPaperLevels(20, 20);
  const ImageStack noisy = addPoissonGaussianNoise(clean, truth, {31, false});
  const Normalization norm{1000.0, 100.0};
  const NoiseFitPlotData d = makeNoiseFitPlotData(noisy, clean, {}, norm, &clean);
  ASSERT_EQ(d.histograms.size(), 4u);
  EXPECT_TRUE(d.hasGroundTruth);
  for (const LevelHistogram& h : d.histograms) {
    EXPECT_GT(h.count, 500u);
    EXPECT_EQ(h.edges.size(), h.density.size() + 1);
    ASSERT_EQ(h.curves.size(), 2u);
    EXPECT_EQ(h.curves[0].label, "pseudo-clean fit");
    // Unit area, and the histogram follows the fitted pdf (L1 distance small).
    double area = 0.0, l1 = 0.0;
    for (std::size_t k = 0; k < h.density.size(); ++k) {
      const double w = h.edges[k + 1] - h.edges[k];
      const double centre = 0.5 * (h.edges[k] + h.edges[k + 1]);
      area += h.density[k] * w;
      l1 += std::fabs(h.density[k] - poissonGaussianDensity(centre, h.level, truth)) * w;
    }
    EXPECT_NEAR(area, 1.0, 1e-9);
    EXPECT_LT(l1, 0.25) << "level " << h.level;
  }
  // Automatic levels are increasing and inside the data.
  for (std::size_t i = 1; i < d.histograms.size(); ++i)
    EXPECT_GT(d.histograms[i].level, d.histograms[i - 1].level);
  // Variance against mean follows the line a*x + b.
  ASSERT_GT(d.varianceMean.mean.size(), 20u);
  for (std::size_t k = 0; k < d.varianceMean.mean.size(); ++k) {
    const double expected = truth.a * d.varianceMean.mean[k] + truth.b;
    EXPECT_NEAR(d.varianceMean.variance[k], expected, 0.2 * expected);
  }
  EXPECT_NEAR(d.varianceMean.lineY[0], d.fit.a * d.varianceMean.lineX[0] + d.fit.b, 1e-12);
  // Raw units through Normalization::toRaw.
  EXPECT_DOUBLE_EQ(d.fitRaw.a, norm.toRaw({d.fit.a, d.fit.b}).a);
  EXPECT_DOUBLE_EQ(d.groundTruthRaw.b, norm.toRaw({d.groundTruthFit.a, d.groundTruthFit.b}).b);
  ASSERT_EQ(d.perFrame.size(), 1u);
  EXPECT_DOUBLE_EQ(d.perFrame[0].a, d.fit.a);
}

TEST(NoiseFitPlotData, AutomaticLevelsLieInTheForegroundOfAMostlyDarkImage) {
  // 85% dark background at 0.05, 15% a bright ramp 0.1..1: the usual fluorescence histogram.
  ImageStack clean(1, 200, 200);
  for (int y = 0; y < 200; ++y)
    for (int x = 0; x < 200; ++x)
      clean.at(0, y, x) = y < 170 ? 0.05f : 0.1f + 0.9f * float(x) / 199.0f;
  const NoiseParams truth{0.01, 1e-4};
  const ImageStack noisy = addPoissonGaussianNoise(clean, truth, {5, false});
  const NoiseFitPlotData d = makeNoiseFitPlotData(noisy, clean, {}, {}, &clean);
  ASSERT_EQ(d.histograms.size(), 4u);
  // No level in the background; the levels spread over the ramp, from its lower part to its top.
  for (const LevelHistogram& h : d.histograms) {
    EXPECT_GT(h.level, 0.1) << "level " << h.level;
    EXPECT_GT(h.count, 50u) << "level " << h.level;
  }
  EXPECT_LT(d.histograms.front().level, 0.5);
  EXPECT_GT(d.histograms.back().level, 0.85);
  for (std::size_t i = 1; i < d.histograms.size(); ++i)
    EXPECT_GT(d.histograms[i].level - d.histograms[i - 1].level, 0.1);
}

TEST(NoiseFitPlotData, KeepsTheNormalisationForRawAxes) {
  const ImageStack clean = test::rampImage(64);
  const ImageStack noisy = addPoissonGaussianNoise(clean, {0.01, 1e-4}, {3, false});
  const Normalization norm{4000.0, 100.0};
  const NoiseFitPlotData d = makeNoiseFitPlotData(noisy, clean, {}, norm);
  EXPECT_DOUBLE_EQ(d.normalization.scale, 4000.0);
  EXPECT_DOUBLE_EQ(d.normalization.offset, 100.0);
}

TEST(NoiseFitPlotData, GivenLevelsAndPerFrameParameters) {
  ImageStack clean(3, 128, 128);
  const ImageStack ramp = test::rampImage(128);
  for (int f = 0; f < 3; ++f)
    std::copy(ramp.values().begin(), ramp.values().end(), clean.frame(f));
  ImageStack noisy(3, 128, 128);
  for (int f = 0; f < 3; ++f) {
    const NoiseParams p{0.01 * (f + 1), 0.001};
    addPoissonGaussianNoise(clean.frame(f), noisy.frame(f), clean.frameSize(), p,
                            {std::uint64_t(40 + f), false});
  }
  NoiseFitPlotOptions o;
  o.levels = {0.2, 0.7};
  const NoiseFitPlotData d = makeNoiseFitPlotData(noisy, clean, o);
  ASSERT_EQ(d.histograms.size(), 2u);
  EXPECT_DOUBLE_EQ(d.histograms[1].level, 0.7);
  EXPECT_FALSE(d.hasGroundTruth);
  EXPECT_EQ(d.histograms[0].curves.size(), 1u);
  ASSERT_EQ(d.perFrame.size(), 3u);
  for (int f = 0; f < 3; ++f)
    EXPECT_NEAR(d.perFrame[std::size_t(f)].a, 0.01 * (f + 1), 0.1 * 0.01 * (f + 1));
  EXPECT_THROW(makeNoiseFitPlotData(noisy, ramp, o), Error);
}

// A constant frame (written unchanged by the denoiser, flagged constantFrame) holds no noise:
// the stack's fit, histograms and variance panel are those of the other frames alone, and the
// per-frame list keeps all three fits.
TEST(NoiseFitPlotData, LeavesConstantFramesOutOfTheStacksPlots) {
  const ImageStack ramp = test::rampImage(128);
  const NoiseParams truth = NoiseParams::fromPaperLevels(30, 20);
  ImageStack clean(3, 128, 128);
  ImageStack noisy(3, 128, 128);
  for (int f = 0; f < 3; ++f) {
    std::copy(ramp.values().begin(), ramp.values().end(), clean.frame(f));
    addPoissonGaussianNoise(clean.frame(f), noisy.frame(f), clean.frameSize(), truth,
                            {std::uint64_t(50 + f), false});
  }
  std::fill_n(noisy.frame(1), noisy.frameSize(), 0.5f);
  std::fill_n(clean.frame(1), clean.frameSize(), 0.5f);
  NoiseFitPlotOptions o;
  o.fit.residual = FitResidual::PseudoClean;
  const NoiseFitter fitter(o.fit);
  std::vector<NoiseFitResult> fits;
  for (int f = 0; f < 3; ++f)
    fits.push_back(fitter.fitFrame(noisy.frame(f), clean.frame(f), 128, 128));
  fits[1] = NoiseFitResult();
  fits[1].constantFrame = true;
  const NoiseFitPlotData d = makeNoiseFitPlotData(noisy, clean, o, {}, nullptr, &fits);

  ImageStack noisyKept(2, 128, 128);
  ImageStack cleanKept(2, 128, 128);
  for (int f : {0, 2}) {
    std::copy_n(noisy.frame(f), noisy.frameSize(), noisyKept.frame(f / 2));
    std::copy_n(clean.frame(f), clean.frameSize(), cleanKept.frame(f / 2));
  }
  const std::vector<NoiseFitResult> keptFits{fits[0], fits[2]};
  const NoiseFitPlotData kept =
      makeNoiseFitPlotData(noisyKept, cleanKept, o, {}, nullptr, &keptFits);
  ASSERT_EQ(d.perFrame.size(), 3u);
  ASSERT_EQ(d.perFrameRaw.size(), 3u);
  EXPECT_TRUE(d.perFrame[1].constantFrame);
  EXPECT_EQ(d.fit.a, kept.fit.a);
  EXPECT_EQ(d.fit.b, kept.fit.b);
  EXPECT_NEAR(d.fit.a, truth.a, 0.1 * truth.a);
  ASSERT_EQ(d.histograms.size(), kept.histograms.size());
  for (std::size_t h = 0; h < d.histograms.size(); ++h)
    EXPECT_EQ(d.histograms[h].density, kept.histograms[h].density);
  EXPECT_EQ(d.varianceMean.variance, kept.varianceMean.variance);
}

// A stack whose frames read the local residual, with a mu spread 1.6 times as wide as the clean
// image: the stack's fit reads calibrated levels like the per-frame fits, and the variance panel
// puts each bin at the level the fit read it at, so its points lie on the fitted line.
TEST(NoiseFitPlotData, LocalResidualStackAndPanelReadCalibratedLevels) {
  constexpr int kSize = 256;
  const ImageStack ramp = test::rampImage(kSize);
  ImageStack clean(3, kSize, kSize);
  ImageStack mu(3, kSize, kSize);
  ImageStack noisy(3, kSize, kSize);
  const NoiseParams truth = NoiseParams::fromPaperLevels(30, 20);
  for (int f = 0; f < 3; ++f) {
    std::copy(ramp.values().begin(), ramp.values().end(), clean.frame(f));
    for (std::size_t i = 0; i < clean.frameSize(); ++i)
      mu.frame(f)[i] = static_cast<float>(0.5 + 1.6 * (clean.frame(f)[i] - 0.5));
    addPoissonGaussianNoise(clean.frame(f), noisy.frame(f), clean.frameSize(), truth,
                            {std::uint64_t(70 + f), false});
  }
  const NoiseFitPlotData d = makeNoiseFitPlotData(noisy, mu);
  ASSERT_EQ(d.perFrame.size(), 3u);
  for (const NoiseFitResult& f : d.perFrame) {
    EXPECT_EQ(f.method, "local-difference");
    EXPECT_NEAR(f.a, truth.a, 0.05 * truth.a);
  }
  EXPECT_EQ(d.fit.method, "local-difference");
  EXPECT_NEAR(d.fit.a, truth.a, 0.05 * truth.a);
  EXPECT_NEAR(d.fit.b, truth.b, 0.1 * truth.b);
  ASSERT_GT(d.varianceMean.mean.size(), 10u);
  for (std::size_t k = 0; k < d.varianceMean.mean.size(); ++k) {
    if (d.varianceMean.count[k] < 2000)
      continue;
    const double line = d.fit.a * d.varianceMean.mean[k] + d.fit.b;
    EXPECT_NEAR(d.varianceMean.variance[k], line, 0.1 * line) << "bin " << k;
  }
}

} // namespace
} // namespace pgd
