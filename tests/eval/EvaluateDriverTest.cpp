// pgd_evaluate end to end: a small stand-in for ../shared/data with the same layout and
// pixel types (FMD confocal and widefield, W2S, HowardLab bacteria, the CellProfiler image, BSD68
// and BSD Train400), generated from the phantom with Poisson-Gaussian noise, then the real
// binary in --mode full (every set, method and synthetic cell) with 2 training steps per model.
// The test checks the outputs a user reads: per_image.csv, synthetic_grid.csv and RESULTS.md.
#include "image/ImageStack.h"
#include "image/StackWriter.h"
#include "noise/PoissonGaussianNoise.h"
#include "sample/SamplePhantom.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace pgd {
namespace {

constexpr int kSize = 96;

// Clean phantom scaled to [offset, offset + range] as `type`, and a noisy twin (PG noise in
// [0,1] units, a = 1/30, b = (10/255)^2, clipped to the type's range when written).
struct Pair {
  ImageStack noisy;
  ImageStack clean;
};

Pair makePair(PixelType type, double offset, double range, std::uint64_t seed) {
  PhantomOptions options;
  options.width = kSize;
  options.height = kSize;
  options.seed = seed;
  ImageStack unit = makeCleanPhantom(options);
  const ImageStack noisyUnit =
      addPoissonGaussianNoise(unit, NoiseParams::fromPaperLevels(30, 10), {seed + 1, false});
  Pair p{noisyUnit, unit};
  for (ImageStack* s : {&p.noisy, &p.clean}) {
    for (float& v : s->values())
      v = static_cast<float>(offset + range * v);
    s->metadata().sourceType = type;
  }
  return p;
}

void write(const ImageStack& s, const fs::path& path) {
  fs::create_directories(path.parent_path());
  WriteOptions o;
  o.pixelType = OutputPixelType::Source;
  writeImageStack(s, path, o);
}

std::string run(const std::string& command, int& status) {
  std::string out;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) {
    status = -1;
    return out;
  }
  std::array<char, 4096> buffer{};
  while (fgets(buffer.data(), int(buffer.size()), pipe))
    out += buffer.data();
  status = pclose(pipe);
  return out;
}

std::vector<std::vector<std::string>> readCsv(const fs::path& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, ',');)
      cells.push_back(cell);
    if (!line.empty() && line.back() == ',')
      cells.emplace_back();
    rows.push_back(cells);
  }
  return rows;
}

// Index of a CSV column; a test failure and the header's size (out of range) when it is missing.
std::size_t columnOf(const std::vector<std::string>& header, const std::string& name) {
  const auto at = std::find(header.begin(), header.end(), name);
  if (at == header.end())
    ADD_FAILURE() << "no column " << name;
  return std::size_t(at - header.begin());
}

class EvaluateDriverTest : public ::testing::Test {
protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() /
            ("pgd_eval_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "_" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::remove_all(m_dir);
    const fs::path data = m_dir / "data";
    std::uint64_t seed = 10;
    const auto pair8 = [&](const fs::path& noisy, const fs::path& clean) {
      const Pair p = makePair(PixelType::UInt8, 10.0, 200.0, seed += 10);
      write(p.noisy, data / noisy);
      write(p.clean, data / clean);
    };
    pair8("FMD_samples/confocal/raw/Confocal_BPAE_G.tif",
          "FMD_samples/confocal/gt_avg50/Confocal_BPAE_G.tif");
    pair8("FMD_samples/widefield/WideField_BPAE_G_raw.png",
          "FMD_samples/widefield/WideField_BPAE_G_gt_avg50.png");
    pair8("W2S_test_8bit/noisy_avg1/input_avg1_081_0.tif",
          "W2S_test_8bit/gt_avg400/target_avg400_081_0.tif");
    const Pair bacteria = makePair(PixelType::UInt16, 1000.0, 20000.0, seed += 10);
    write(bacteria.noisy, data / "HowardLab_bacteria/16bit/noisy_avg1_16bit.png");
    write(bacteria.clean, data / "HowardLab_bacteria/16bit/target_AVG_16bit.png");
    const Pair cells = makePair(PixelType::UInt8, 5.0, 240.0, seed += 10);
    write(cells.clean, data / "CellProfiler_examples_fluo/"
                              "ExampleHuman_AS_09125_050116030001_D03f00d0.tif");
    write(makePair(PixelType::UInt8, 0.0, 255.0, seed += 10).clean, data / "BSD68/test001.png");
    write(makePair(PixelType::UInt8, 0.0, 255.0, seed += 10).clean,
          data / "BSD_Train400/test_001.png");
  }
  void TearDown() override { fs::remove_all(m_dir); }

  fs::path m_dir;
};

TEST_F(EvaluateDriverTest, FullModeWritesEveryTableForEverySetAndMethod) {
  const fs::path out = m_dir / "out";
  int status = 0;
  const std::string log =
      run(std::string("\"") + PGD_EVALUATE_BINARY + "\" --mode full --device cpu --data \"" +
              (m_dir / "data").string() + "\" --out \"" + out.string() +
              "\" --max-steps 2 --fmd-channels G --w2s-images 1 --bsd68-images 1 "
              "--synthetic-cells 30:30",
          status);
  ASSERT_EQ(status, 0) << log;

  // Every real set gets every method the evaluation compares, with finite scores.
  const auto rows = readCsv(out / "per_image.csv");
  ASSERT_GT(rows.size(), 1u) << log;
  const auto column = [&rows](const std::string& name) { return columnOf(rows.front(), name); };
  const std::size_t set = column("set"), method = column("method"), psnr = column("psnr_db"),
                    ssim = column("ssim"), convention = column("convention"),
                    plain = column("plain_psnr_db");
  std::map<std::string, std::set<std::string>> methods;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    ASSERT_GT(rows[r].size(), std::max(ssim, plain)) << "row " << r;
    methods[rows[r][set]].insert(rows[r][method]);
    // W2S and bacteria are scored after the affine fit onto the GT, and keep the plain PSNR.
    if (rows[r][set] == "bacteria" || rows[r][set] == "w2s") {
      EXPECT_EQ(rows[r][convention],
                rows[r][set] == "bacteria" ? "affine-minmax-gt" : "affine-range255");
      EXPECT_NE(rows[r][plain], rows[r][psnr]) << rows[r][set] << " " << rows[r][method];
    }
    EXPECT_TRUE(std::isfinite(std::stod(rows[r][psnr]))) << rows[r][set] << " " << rows[r][method];
    EXPECT_TRUE(std::isfinite(std::stod(rows[r][ssim]))) << rows[r][set] << " " << rows[r][method];
  }
  const std::vector<std::string> realMethods{"noisy",
                                             "median3x3",
                                             "curvature-flow",
                                             "n2v",
                                             "ours-mu",
                                             "ours-posterior",
                                             "ours-posterior-paper",
                                             "ours-posterior-papermask",
                                             "ours-posterior-predicted-s2",
                                             "ours-posterior-raw-mean",
                                             "gt-posterior",
                                             "reg-0.1-posterior",
                                             "reg-1-posterior",
                                             "reg-10-posterior"};
  for (const char* real : {"fmd-confocal", "fmd-widefield", "w2s", "bacteria"})
    for (const auto& m : realMethods)
      EXPECT_TRUE(methods[real].count(m)) << real << " lacks " << m;
  for (const char* m :
       {"noisy", "ours-mu", "ours-posterior", "ours-posterior-paper", "gt-posterior", "n2v"})
    EXPECT_TRUE(methods["synthetic"].count(m)) << "synthetic lacks " << m;
  for (const char* m : {"noisy", "ours-posterior", "n2v"})
    EXPECT_TRUE(methods["bsd68"].count(m)) << "bsd68 lacks " << m;

  // The synthetic grid: all 25 (lambda, sigma) cells with ground-truth and Foi estimates, our two
  // estimates where a network was trained (30, 30).
  const auto grid = readCsv(out / "synthetic_grid.csv");
  ASSERT_EQ(grid.size(), 26u);
  const std::size_t aOurs = columnOf(grid.front(), "a_ours"),
                    aPaper = columnOf(grid.front(), "a_ours_paper"),
                    aGt = columnOf(grid.front(), "a_gtfit"), aFoi = columnOf(grid.front(), "a_foi");
  ASSERT_LT(std::max({aOurs, aPaper, aGt, aFoi}), grid.front().size());
  int trained = 0;
  for (std::size_t r = 1; r < grid.size(); ++r) {
    EXPECT_FALSE(grid[r][aGt].empty());
    EXPECT_FALSE(grid[r][aFoi].empty());
    if (grid[r][0] == "30" && grid[r][1] == "30") {
      ++trained;
      EXPECT_FALSE(grid[r][aOurs].empty());
      EXPECT_FALSE(grid[r][aPaper].empty());
    } else {
      EXPECT_TRUE(grid[r][aOurs].empty());
    }
  }
  EXPECT_EQ(trained, 1);

  // The report names every set, the targets and what the mode left out.
  std::ifstream in(out / "RESULTS.md");
  const std::string report((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const char* needle : {"# Evaluation results (full)", "### fmd-confocal", "### fmd-widefield",
                             "### w2s", "### bacteria", "Table 2 style", "Table 3 style", "BSD68",
                             "## Targets", "ours posterior, paper residual"})
    EXPECT_NE(report.find(needle), std::string::npos) << needle;
}

// The training-minutes curve: the base model alone, then warm start, scratch and N2V runs read
// off at each mark. Two steps per run reach no validation but the warm start's step 0, so the
// warm row reads the base's weights (step 0) at every mark and the others have nothing yet.
TEST_F(EvaluateDriverTest, CurveReadsTheWarmStartsStepZeroAndListsEveryRun) {
  const fs::path out = m_dir / "out";
  int status = 0;
  const std::string log =
      run(std::string("\"") + PGD_EVALUATE_BINARY + "\" --curve --device cpu --data \"" +
              (m_dir / "data").string() + "\" --out \"" + out.string() +
              "\" --max-steps 2 --sets w2s --w2s-images 1 --curve-minutes 1 2",
          status);
  ASSERT_EQ(status, 0) << log;
  // Every curve run trains to the last mark: the comparison's per-model budget is not an omission.
  EXPECT_EQ(log.find("s (preset quick)"), std::string::npos) << log;
  EXPECT_NE(log.find("at most 2 steps"), std::string::npos) << log;
  EXPECT_NE(log.find("set fmd-confocal not run"), std::string::npos) << log;
  const auto rows = readCsv(out / "training_curve.csv");
  ASSERT_GE(rows.size(), 3u) << log;
  const std::size_t method = columnOf(rows.front(), "method"),
                    step = columnOf(rows.front(), "step"), psnr = columnOf(rows.front(), "psnr"),
                    plain = columnOf(rows.front(), "psnr_plain");
  std::set<std::string> methods;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    ASSERT_GT(rows[r].size(), std::max(psnr, plain));
    methods.insert(rows[r][method]);
    EXPECT_TRUE(std::isfinite(std::stod(rows[r][psnr]))) << rows[r][method];
    // W2S is scored after the affine fit onto the GT; the plain PSNR is the other figure.
    EXPECT_TRUE(std::isfinite(std::stod(rows[r][plain]))) << rows[r][method];
    EXPECT_NE(rows[r][plain], rows[r][psnr]) << rows[r][method];
    if (rows[r][method] == "warm") {
      EXPECT_EQ(rows[r][step], "0");
    }
  }
  EXPECT_EQ(methods, (std::set<std::string>{"base", "warm"}));

  std::ifstream in(out / "TRAINING_CURVE.md");
  const std::string report((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(report.find("| 0 min | 1 min | 2 min |"), std::string::npos) << report;
  const auto line = [&report](const std::string& method) {
    const auto at = report.find("| " + method + " |");
    return at == std::string::npos ? std::string() : report.substr(at, report.find('\n', at) - at);
  };
  EXPECT_NE(line("warm").find("(0) | "), std::string::npos) << report;
  EXPECT_EQ(line("scratch"), "| scratch | - | - | - |") << report;
  EXPECT_EQ(line("n2v"), "| n2v | - | - | - |") << report;
  EXPECT_NE(report.find("| test-time transforms | 1 per tile"), std::string::npos) << report;
  EXPECT_NE(report.find("without the affine fit onto the GT (plain PSNR)"), std::string::npos)
      << report;

  // --transforms reaches the scoring: the base model alone, averaged over two mirrored passes,
  // scores otherwise than with one pass, and the report says which.
  const fs::path out2 = m_dir / "out2";
  const std::string log2 =
      run(std::string("\"") + PGD_EVALUATE_BINARY + "\" --curve --device cpu --data \"" +
              (m_dir / "data").string() + "\" --out \"" + out2.string() +
              "\" --max-steps 2 --sets w2s --w2s-images 1 --curve-minutes 1 --curve-methods warm "
              "--transforms 2",
          status);
  ASSERT_EQ(status, 0) << log2;
  const auto basePsnr = [&](const fs::path& folder) {
    const auto table = readCsv(folder / "training_curve.csv");
    for (std::size_t r = 1; r < table.size(); ++r)
      if (table[r][method] == "base")
        return std::stod(table[r][psnr]);
    return std::nan("");
  };
  EXPECT_TRUE(std::isfinite(basePsnr(out2))) << log2;
  EXPECT_NE(basePsnr(out), basePsnr(out2));
  std::ifstream in2(out2 / "TRAINING_CURVE.md");
  const std::string report2((std::istreambuf_iterator<char>(in2)),
                            std::istreambuf_iterator<char>());
  EXPECT_NE(report2.find("| test-time transforms | 2 per tile"), std::string::npos) << report2;
  // The legend names the methods the run trained, and only those.
  EXPECT_NE(report2.find("`warm`: from the built-in base model as it is"), std::string::npos)
      << report2;
  EXPECT_EQ(report2.find("`shrunk`:"), std::string::npos) << report2;
  EXPECT_EQ(report2.find("`n2v`:"), std::string::npos) << report2;
  EXPECT_NE(report.find("`n2v`: Noise2Void's U-Net"), std::string::npos) << report;
}

TEST_F(EvaluateDriverTest, MissingFilesAreNamedAndFailTheRun) {
  fs::remove(m_dir / "data/W2S_test_8bit/noisy_avg1/input_avg1_081_0.tif");
  int status = 0;
  const std::string log =
      run(std::string("\"") + PGD_EVALUATE_BINARY + "\" --mode quick --device cpu --data \"" +
              (m_dir / "data").string() + "\" --out \"" + (m_dir / "out").string() +
              "\" --max-steps 2 --sets w2s",
          status);
  EXPECT_NE(status, 0) << log;
  EXPECT_NE(log.find("input_avg1_081_0.tif"), std::string::npos) << log;
}

} // namespace
} // namespace pgd
