// The command line and the workbench's worker are two adapters of the same core jobs
// (core/workflow): trained on the same generated stack with the same settings they must save the
// same model.json (times aside) and fit the same a,b per frame, and the worker's noise plots are
// the plots the core job builds. A workbench-path training killed mid-run leaves its last
// checkpoint loadable, with a version stamp.
#include "JobWorker.h"
#include "WorkbenchFixtures.h"
#include "cli/Cli.h"
#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "job/ProgressSink.h"
#include "store/ModelStore.h"
#include "workflow/DenoisingJob.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

namespace pgd {
namespace {
namespace fs = std::filesystem;

constexpr const char* kTrainChild = "--train-child";

class TempFolder {
public:
  TempFolder() {
    std::random_device rd;
    m_path = fs::temp_directory_path() / ("pgd-parity-" + std::to_string(rd()));
    fs::create_directories(m_path);
    ::setenv("PGD_MODEL_DIR", (m_path / "models").c_str(), 1);
  }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
  }
  const fs::path& path() const { return m_path; }

private:
  fs::path m_path;
};

int runCli(std::vector<std::string> args, std::string* err = nullptr) {
  args.insert(args.begin(), "pgdenoise");
  std::vector<char*> argv;
  for (auto& a : args)
    argv.push_back(a.data());
  argv.push_back(nullptr);
  std::ostringstream out, errText;
  const int code = pgd::runCli(static_cast<int>(args.size()), argv.data(), out, errText);
  if (err)
    *err = errText.str();
  return code;
}

nlohmann::json modelJson(const fs::path& folder) {
  std::ifstream in(folder / "model.json");
  auto j = nlohmann::json::parse(in);
  for (const char* varying : {"created", "trainingSeconds", "name"})
    j.erase(varying);
  return j;
}

// The a,b columns of a denoise noise table, one pair per frame.
// The normalised a,b of each row (columns a_norm, b_norm; docs/NOISE_FIT.md, "Units").
std::vector<std::pair<double, double>> csvFits(const fs::path& file) {
  const auto cells = [](const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream s(line);
    for (std::string field; std::getline(s, field, ',');)
      fields.push_back(field);
    return fields;
  };
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  const std::vector<std::string> header = cells(line);
  const auto column = [&header](const std::string& name) {
    return std::size_t(std::find(header.begin(), header.end(), name) - header.begin());
  };
  const std::size_t a = column("a_norm");
  const std::size_t b = column("b_norm");
  std::vector<std::pair<double, double>> fits;
  while (std::getline(in, line)) {
    const std::vector<std::string> row = cells(line);
    if (a >= row.size() || b >= row.size())
      return {}; // a missing column: the caller's size check fails
    fits.emplace_back(std::stod(row[a]), std::stod(row[b]));
  }
  return fits;
}

TEST(WorkerParity, CliAndWorkbenchTrainAndDenoiseAlike) {
  TempFolder dir;
  const fs::path image = dir.path() / "cells.tif";
  writeImageStack(makeStack(), image, {});
  const fs::path config = dir.path() / "config.json";
  std::ofstream(config) << tinyConfig(6).toJson();

  // The command line's adapter.
  std::string err;
  ASSERT_EQ(
      runCli({"--quiet", "train", image.string(), "--config", config.string(), "--name", "via-cli"},
             &err),
      0)
      << err;
  ASSERT_EQ(runCli({"--quiet", "denoise", "-m", "via-cli", "--mu", image.string()}, &err), 0)
      << err;

  // The workbench's adapter, called on this thread (its slots run wherever they are called).
  JobWorker worker(QString::fromStdString((dir.path() / "models").string()));
  PlotDataPtr plots;
  DenoiseOutcome denoised;
  QObject::connect(&worker, &JobWorker::noisePlotsReady, [&](PlotDataPtr p) { plots = p; });
  QObject::connect(&worker, &JobWorker::denoised, [&](DenoiseOutcome o) { denoised = o; });
  QObject::connect(&worker, &JobWorker::failed,
                   [](JobKind, ErrorInfo e) { ADD_FAILURE() << e.message; });
  const auto stack = std::make_shared<ImageStack>(readImageStack(image));
  worker.train(stack, TrainingConfig::fromJson(tinyConfig(6).toJson()), "via-gui");
  worker.denoise(stack, nullptr);
  ASSERT_TRUE(plots);
  ASSERT_EQ(denoised.fits.size(), 3u);

  const fs::path models = dir.path() / "models";
  EXPECT_EQ(modelJson(models / "via-cli"), modelJson(models / "via-gui"));
  EXPECT_FALSE(modelJson(models / "via-gui").at("appVersion").get<std::string>().empty());

  const auto cliFits = csvFits(dir.path() / "cells_noise.csv");
  ASSERT_EQ(cliFits.size(), 3u);
  for (std::size_t f = 0; f < 3; ++f) {
    EXPECT_EQ(cliFits[f].first, denoised.fits[f].normalised.a) << "frame " << f;
    EXPECT_EQ(cliFits[f].second, denoised.fits[f].normalised.b) << "frame " << f;
    // The plots draw the a,b the denoiser used, not a refit.
    EXPECT_EQ(plots->perFrame[f].a, denoised.fits[f].normalised.a);
    EXPECT_EQ(plots->perFrame[f].b, denoised.fits[f].normalised.b);
  }

  // The same plots from the core job with the command line's model.
  const Model cliModel = DenoisingJob::loadModel("via-cli", "cpu");
  DenoiseOptions options;
  options.wantUncertainty = true;
  const DenoisingJob job(cliModel, options);
  NullProgress quiet;
  const DenoiseResult result = job.run(*stack, quiet);
  const NoiseFitPlotData core = job.plotData(*stack, result);
  EXPECT_EQ(core.fit.a, plots->fit.a);
  EXPECT_EQ(core.fit.b, plots->fit.b);
  ASSERT_EQ(core.histograms.size(), plots->histograms.size());
  for (std::size_t i = 0; i < core.histograms.size(); ++i) {
    EXPECT_EQ(core.histograms[i].density, plots->histograms[i].density);
    ASSERT_FALSE(core.histograms[i].curves.empty());
    EXPECT_EQ(core.histograms[i].curves[0].density, plots->histograms[i].curves[0].density);
  }
  EXPECT_EQ(core.varianceMean.variance, plots->varianceMean.variance);
  EXPECT_EQ(core.varianceMean.lineY, plots->varianceMean.lineY);
}

TEST(WorkerParity, KilledWorkbenchTrainingLeavesALoadableCheckpoint) {
  TempFolder dir;
  const fs::path models = dir.path() / "models";
  // A fresh process (this test program again, see main()) trains through the worker with a
  // checkpoint at every new best until it is killed; a plain fork could inherit LibTorch's
  // OpenMP state from earlier tests and hang.
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::execl("/proc/self/exe", "test_widgets_parity", kTrainChild, models.c_str(), nullptr);
    ::_exit(127);
  }
  const fs::path folder = models / "killed";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (!fs::exists(folder / "model.json") && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  std::this_thread::sleep_for(std::chrono::milliseconds(300)); // let a few more saves start
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the training child ended on its own";
  ASSERT_TRUE(fs::exists(folder / "model.json")) << "no checkpoint within 120 s";

  ModelStore store(models);
  const Model model = store.load("killed"); // throws if the checkpoint is not loadable
  EXPECT_FALSE(model.info().appVersion.empty());
  EXPECT_EQ(model.info().name, "killed");
  EXPECT_EQ(model.info().stopReason.rfind("checkpoint", 0), 0u) << model.info().stopReason;
  std::vector<float> tile(64 * 64, 0.3f), mu(tile.size()), s2(tile.size());
  model.predict(tile.data(), 64, 64, mu.data(), s2.data());
  EXPECT_TRUE(std::isfinite(mu[100]));
}

} // namespace
} // namespace pgd

// `test_widgets_parity --train-child MODELS`: trains a model "killed" through the worker into the
// store MODELS, saving a checkpoint at every new best, for a million steps (the kill test's
// child). Anything else runs the tests.
int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == pgd::kTrainChild) {
    pgd::JobWorker worker(QString::fromLocal8Bit(argv[2]));
    worker.setCheckpointSeconds(0.0);
    worker.train(std::make_shared<pgd::ImageStack>(pgd::makeStack()), pgd::tinyConfig(1000000),
                 "killed");
    return 3;
  }
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
