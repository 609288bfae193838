// simulate, sample, fit-noise and eval end to end on synthetic images.
#include "CliTest.h"

#include "image/Normalization.h"
#include "image/StackReader.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>

namespace pgd::test {
namespace {

using SimulateFitEvalTest = CliTest;

TEST_F(SimulateFitEvalTest, SampleWritesTheBundledSampleWithItsTrueNoise) {
  const CliResult r = run({"sample", "--size", "64", "--frames", "2", path("s").string()});
  ASSERT_EQ(r.code, 0) << r.err;
  const ImageStack noisy = readImageStack(path("s/pgd_sample.tif"));
  EXPECT_EQ(noisy.frames(), 2);
  EXPECT_EQ(noisy.width(), 64);
  EXPECT_EQ(noisy.metadata().sourceType, PixelType::UInt16);
  EXPECT_EQ(readImageStack(path("s/pgd_sample_clean.tif")).frames(), 2);
  std::ifstream in(path("s/pgd_sample.json"));
  const auto j = nlohmann::json::parse(in);
  // Raw first; the normalised values in the units fit-noise reports (the noisy stack's own).
  EXPECT_NEAR(j.at("a_raw").get<double>(), 4000.0 / 30.0, 1e-9);
  const Normalization n = Normalization::fromData(noisy);
  EXPECT_NEAR(j.at("a_norm").get<double>(), n.toNormalisedParams({4000.0 / 30.0, 0}).a, 1e-12);
  EXPECT_NE(r.out.find("true noise: a_raw=133.333"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(fmt::format("a_norm={:.6g}", j.at("a_norm").get<double>())),
            std::string::npos)
      << r.out;
}

// The sample's recorded truth and a fit of the same noise agree in both units: the JSON's
// a_norm, b_norm use the normalisation fit-noise uses (a phantom-unit a of 0.0333 against a fitted
// 0.0455 once read as a 37% error).
TEST_F(SimulateFitEvalTest, SampleTruthAndFitAgreeInRawAndNormalisedUnits) {
  ASSERT_EQ(run({"sample", "--size", "256", "--frames", "1", path("s").string()}).code, 0);
  std::ifstream in(path("s/pgd_sample.json"));
  const auto truth = nlohmann::json::parse(in);
  const CliResult fit = run({"fit-noise", "--clean", path("s/pgd_sample_clean.tif").string(),
                             path("s/pgd_sample.tif").string(), "--format", "json"});
  ASSERT_EQ(fit.code, 0) << fit.err;
  const auto row = nlohmann::json::parse(fit.out).at(0);
  for (const char* key : {"a_raw", "a_norm"})
    EXPECT_NEAR(row.at(key).get<double>(), truth.at(key).get<double>(),
                0.05 * truth.at(key).get<double>())
        << key;
  // The ratio raw / normalised is the one normalisation scale in both.
  EXPECT_NEAR(row.at("a_raw").get<double>() / row.at("a_norm").get<double>(),
              truth.at("normalisation").at("scale").get<double>(),
              1e-6 * truth.at("normalisation").at("scale").get<double>());
  for (const char* key : {"b_raw", "b_norm"})
    EXPECT_NEAR(row.at(key).get<double>(), truth.at(key).get<double>(),
                0.1 * std::abs(truth.at(key).get<double>()))
        << key;
}

TEST_F(SimulateFitEvalTest, GroundTruthFitRecoversTheSimulatedNoise) {
  const CliResult sim =
      run({"simulate", "--phantom", "--size", "256", "--a", "0.02", "--b", "0.001", "-o",
           path("noisy.tif").string(), "--clean-output", path("clean.tif").string()});
  ASSERT_EQ(sim.code, 0) << sim.err;
  EXPECT_NE(sim.out.find("a_raw=80 b_raw=8000 (raw units)"), std::string::npos) << sim.out;
  const ImageStack noisy = readImageStack(path("noisy.tif"));
  EXPECT_EQ(noisy.width(), 256);
  EXPECT_EQ(noisy.metadata().sourceType, PixelType::Float32);

  const CliResult fit = run({"fit-noise", "--clean", path("clean.tif").string(),
                             path("noisy.tif").string(), "--format", "json"});
  ASSERT_EQ(fit.code, 0) << fit.err;
  const auto rows = nlohmann::json::parse(fit.out);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].at("method"), "ground-truth");
  // raw = 100 + 4000 x: a_raw = 4000 * 0.02 = 80, b_raw = 4000^2 * 0.001 - 4000 * 0.02 * 100.
  EXPECT_NEAR(rows[0].at("a_raw").get<double>(), 80.0, 8.0);
  EXPECT_NEAR(rows[0].at("b_raw").get<double>(), 8000.0, 800.0);
}

// The flags column closes the table; an ordinary fit reads "ok" with no warning, a tiny frame
// "few-pixels" with one warning line naming the file on stderr.
TEST_F(SimulateFitEvalTest, FitNoiseShowsTheFlagsOfEachFit) {
  for (const int size : {256, 16}) {
    const std::string noisy = path("noisy" + std::to_string(size) + ".tif").string();
    const std::string clean = path("clean" + std::to_string(size) + ".tif").string();
    ASSERT_EQ(run({"simulate", "--phantom", "--size", std::to_string(size), "--a", "0.02", "--b",
                   "0.001", "-o", noisy, "--clean-output", clean})
                  .code,
              0);
    const CliResult fit = run({"fit-noise", "--clean", clean, noisy, "--format", "csv"});
    ASSERT_EQ(fit.code, 0) << fit.err;
    const std::string header = fit.out.substr(0, fit.out.find('\n'));
    EXPECT_EQ(header, "file,frame,method,a_raw,b_raw,a_norm,b_norm,pixels,converged,"
                      "clipped_low,clipped_high,flags");
    if (size == 256) {
      EXPECT_NE(fit.out.find(",ok\n"), std::string::npos) << fit.out;
      EXPECT_EQ(fit.err.find("noise fit flagged"), std::string::npos) << fit.err;
    } else {
      EXPECT_NE(fit.out.find("few-pixels"), std::string::npos) << fit.out;
      EXPECT_NE(fit.err.find(noisy + ": noise fit flagged: only"), std::string::npos) << fit.err;
    }
  }
}

TEST_F(SimulateFitEvalTest, PaperLevelsAndRawUnitsGiveTheSameNoise) {
  writeImage("clean.tif", cleanImage(64));
  const CliResult levels = run({"simulate", path("clean.tif").string(), "-o",
                                path("n1.tif").string(), "--lambda", "30", "--sigma", "10"});
  ASSERT_EQ(levels.code, 0) << levels.err;
  // The paper's levels are drawn in the clean image's units; the line says so apart from the
  // a_norm, b_norm that fit-noise reports for the noisy file.
  EXPECT_NE(levels.out.find("drawn as a=0.0333333 b=0.00153787 on the clean image"),
            std::string::npos)
      << levels.out;
  const CliResult raw = run({"simulate", path("clean.tif").string(), "-o", path("n2.tif").string(),
                             "--a", "0", "--b", "100", "--raw-units", "--dtype", "source"});
  ASSERT_EQ(raw.code, 0) << raw.err;
  EXPECT_NE(raw.out.find("a_raw=0 b_raw=100 (raw units)"), std::string::npos) << raw.out;
}

TEST_F(SimulateFitEvalTest, FoiEstimatesNoiseWithoutReference) {
  ASSERT_EQ(run({"simulate", "--phantom", "--size", "256", "--a", "0.02", "--b", "0.001", "-o",
                 path("noisy.tif").string()})
                .code,
            0);
  const CliResult r = run({"fit-noise", "--foi", path("noisy.tif").string(), "--format", "csv"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("file,frame,method,a_raw,b_raw,a_norm,b_norm", 0), 0u) << r.out;
  EXPECT_NE(r.out.find(",foi,"), std::string::npos) << r.out;
}

TEST_F(SimulateFitEvalTest, EvalRanksLessNoiseHigher) {
  writeImage("clean.tif", cleanImage(64));
  for (const auto& [name, sigma] : {std::pair{"low.tif", "5"}, std::pair{"high.tif", "40"}})
    ASSERT_EQ(
        run({"simulate", path("clean.tif").string(), "-o", path(name).string(), "--sigma", sigma})
            .code,
        0);
  const CliResult r = run({"eval", "-r", path("clean.tif").string(), path("low.tif").string(),
                           path("high.tif").string(), "--affine", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto rows = nlohmann::json::parse(r.out);
  ASSERT_EQ(rows.size(), 2u);
  const double low = rows[0].at("psnr_db"), high = rows[1].at("psnr_db");
  EXPECT_GT(low, high + 10.0);
  EXPECT_GT(high, 5.0);
  EXPECT_LE(rows[0].at("ssim").get<double>(), 1.0);
  EXPECT_GT(rows[0].at("ssim").get<double>(), rows[1].at("ssim").get<double>());
  EXPECT_TRUE(rows[0].at("psnr_affine_db").is_number());
  EXPECT_EQ(rows[0].at("range"), "max-min of reference (PPN2V)");
  const CliResult table =
      run({"eval", "-r", path("clean.tif").string(), path("low.tif").string(), "--range", "8bit"});
  EXPECT_NE(table.out.find("psnr_db"), std::string::npos);
  EXPECT_NE(table.out.find("range 255"), std::string::npos) << table.out;
}

TEST_F(SimulateFitEvalTest, EvalRefusesMismatchedSizes) {
  writeImage("clean.tif", cleanImage(64));
  writeImage("other.tif", cleanImage(32));
  expectError(run({"eval", "-r", path("clean.tif").string(), path("other.tif").string()}), 3,
              "other.tif");
}

} // namespace
} // namespace pgd::test
