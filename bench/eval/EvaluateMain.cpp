// pgd_evaluate: the evaluation driver (bench/eval/evaluate.sh runs it; docs/RESULTS.md). Evaluates
// every method under one protocol on the real pairs of ../shared/data and on synthetic
// Poisson-Gaussian noise, and writes per_image.csv, synthetic_grid.csv, plots.json (drawn by
// pgd_eval_plots when given) and the Markdown report. Results are published after every image,
// so an interrupted run leaves what it finished. Exits 0 with "skipped" when the data are absent.
#include "Bsd68Evaluator.h"
#include "DatasetCatalog.h"
#include "EvalSettings.h"
#include "EvalTrainer.h"
#include "PlotManifest.h"
#include "RealImageEvaluator.h"
#include "ReportWriter.h"
#include "ResultTables.h"
#include "RunInfo.h"
#include "StopOracleEvaluator.h"
#include "SyntheticGridEvaluator.h"
#include "TrainingCurveEvaluator.h"
#include "job/Error.h"
#include "job/UtcTime.h"
#include "nn/TorchRuntime.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string nowIso() {
  return pgd::utcTimeNow("%Y-%m-%d %H:%M:%S UTC");
}

std::string cpuModel() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("model name", 0) == 0) {
      const auto colon = line.find(':');
      return colon == std::string::npos ? line : line.substr(colon + 2);
    }
  return {};
}

std::string deviceText(const pgd::EvalSettings& s) {
  pgd::TorchRuntime::initThreads();
  const std::string device = pgd::TorchRuntime::resolveDevice(s.device);
  if (device == "cuda")
    return "cuda (LibTorch CUDA)";
  return fmt::format("cpu ({} LibTorch threads, {} hardware threads)", pgd::TorchRuntime::threads(),
                     std::thread::hardware_concurrency());
}

std::vector<std::pair<double, double>> parseCells(const std::vector<std::string>& texts) {
  std::vector<std::pair<double, double>> cells;
  for (const auto& t : texts) {
    const auto colon = t.find(':');
    if (colon == std::string::npos)
      throw pgd::Error(pgd::ErrorKind::Usage,
                       "--synthetic-cells " + t + ": expected lambda:sigma, e.g. 30:30");
    cells.emplace_back(std::stod(t.substr(0, colon)), std::stod(t.substr(colon + 1)));
  }
  return cells;
}

// The first three fields of /proc/loadavg ("" where there is none).
std::string loadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return in ? one + " " + five + " " + fifteen : std::string();
}

std::vector<std::string> pngsIn(const fs::path& folder) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(folder))
    if (e.is_regular_file() && e.path().extension() == ".png")
      files.push_back(e.path().filename().string());
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace

int main(int argc, char** argv) {
  CLI::App app{"pgd_evaluate: evaluate pgdenoise against N2V and classical baselines on real and "
               "synthetic microscopy data"};
  std::string mode = "quick";
  std::string data = "../shared/data";
  std::string out;
  std::string report;
  std::string plotTool;
  std::string device;
  double trainSeconds = -1.0;
  long maxSteps = -1;
  std::string startFrom;
  int w2sImages = -1;
  int bsd68Images = -1;
  std::vector<std::string> sets, channels, cells, regularized;
  std::uint64_t seed = 1;
  int transforms = 1;
  bool oracle = false;
  int oracleW2s = -1;
  bool curve = false;
  bool keepSynthetic = false;
  std::vector<double> curveMinutes{1, 2, 5, 10};
  std::vector<std::string> curveMethods{"warm", "scratch", "n2v"};
  double curveShrink = 0.7;
  app.add_option("--mode", mode, "quick (2-core CPU subset) or full (everything, paper preset)")
      ->check(CLI::IsMember({"quick", "full"}));
  app.add_option("--data", data, "data folder (default ../shared/data)");
  app.add_option("--out", out, "output folder for CSV, PNG and RESULTS.md")->required();
  app.add_option("--report", report, "write a second copy of the Markdown report here");
  app.add_option("--plot-tool", plotTool, "pgd_eval_plots executable that draws the PNG figures");
  app.add_option("--device", device, "auto, cpu or cuda")
      ->check(CLI::IsMember({"auto", "cpu", "cuda"}));
  app.add_option("--train-seconds", trainSeconds, "per-model training budget (0: preset's own)");
  app.add_option("--max-steps", maxSteps, "per-model step limit (0: preset's own)");
  app.add_option("--start", startFrom,
                 "base (blind-spot models start from the built-in base model, as pgdenoise "
                 "train does) or scratch (random weights)")
      ->check(CLI::IsMember({"base", "scratch"}));
  app.add_option("--sets", sets,
                 "subset of fmd-confocal fmd-widefield w2s bacteria synthetic bsd68");
  app.add_option("--fmd-channels", channels, "FMD channels (B G R)");
  app.add_option("--w2s-images", w2sImages, "W2S pairs to evaluate (0: all 60)");
  app.add_option("--regularized-sets", regularized,
                 "sets that also get the regularized loss (lambda 0.1, 1, 10); 'none' for none");
  app.add_option("--synthetic-cells", cells, "(lambda:sigma) cells that get a trained network");
  app.add_option("--bsd68-images", bsd68Images, "BSD68 test images (0: all 68)");
  app.add_option("--seed", seed, "seed for noise synthesis and training");
  app.add_option("--transforms", transforms,
                 "network passes per tile averaged over flips and transposes, for every "
                 "method: 1, 2, 4 or 8 (default 1)")
      ->check(CLI::IsMember({1, 2, 4, 8}));
  app.add_flag("--keep-synthetic", keepSynthetic,
               "keep each trained synthetic cell's clean and noisy image and model under "
               "OUT/synthetic-cells/");
  app.add_flag("--oracle", oracle,
               "instead of the comparison: automatic stop vs the best fixed step count on FMD "
               "confocal B, G, R and the first W2S pairs");
  app.add_option("--oracle-w2s-images", oracleW2s, "W2S pairs in the --oracle table (default 3)");
  app.add_flag("--curve", curve,
               "instead of the comparison: posterior PSNR against training minutes (warm start, "
               "from scratch, N2V) on the real images of --sets; writes TRAINING_CURVE.md");
  app.add_option("--curve-minutes", curveMinutes, "training minutes read off in --curve")
      ->check(CLI::PositiveNumber);
  app.add_option("--curve-methods", curveMethods,
                 "runs in --curve: warm, shrunk (warm start from the base shrunk by "
                 "--curve-shrink), scratch, n2v")
      ->check(CLI::IsMember({"warm", "shrunk", "scratch", "n2v"}));
  app.add_option("--curve-shrink", curveShrink,
                 "factor the --curve method `shrunk` multiplies the base's weights by (default "
                 "0.7)")
      ->check(CLI::Range(0.0, 1.0));
  CLI11_PARSE(app, argc, argv);

  const auto start = Clock::now();
  const std::string startLoad = loadAverage();
  pgd::RunInfo run;
  run.started = nowIso();
  for (int i = 0; i < argc; ++i)
    run.commandLine += (i ? " " : "") + std::string(i ? argv[i] : "pgd_evaluate");

  pgd::EvalSettings settings;
  try {
    settings = pgd::EvalSettings::forMode(mode);
    settings.dataDir = fs::absolute(data);
    settings.outDir = fs::absolute(out);
    if (!report.empty())
      settings.reportPath = fs::absolute(report);
    if (!device.empty())
      settings.device = device;
    if (trainSeconds >= 0.0)
      settings.trainSeconds = trainSeconds;
    if (maxSteps >= 0)
      settings.maxSteps = maxSteps;
    if (!startFrom.empty())
      settings.start = startFrom;
    if (!sets.empty())
      settings.sets = {sets.begin(), sets.end()};
    if (!channels.empty())
      settings.fmdChannels = channels;
    if (w2sImages >= 0)
      settings.w2sImages = w2sImages;
    if (!regularized.empty())
      settings.regularizedSets = regularized == std::vector<std::string>{"none"}
                                     ? std::vector<std::string>{}
                                     : regularized;
    if (!cells.empty())
      settings.syntheticModelCells = parseCells(cells);
    if (bsd68Images >= 0)
      settings.bsd68Images = bsd68Images;
    settings.seed = seed;
    settings.transforms = transforms;
    settings.keepSynthetic = keepSynthetic;
    settings.curve = curve;
    settings.curveShrink = curveShrink;
    if (oracle) {
      settings.oracle = true;
      if (trainSeconds < 0.0)
        settings.trainSeconds = 0.0; // the preset's own budget, so the automatic stop can fire
      if (oracleW2s >= 0)
        settings.oracleW2sImages = oracleW2s;
    }
  } catch (const std::exception& e) {
    std::cerr << "pgd_evaluate: " << e.what() << "\n";
    return 2;
  }
  if (!fs::is_directory(settings.dataDir)) {
    std::cout << "pgd_evaluate: skipped: no data folder at " << settings.dataDir.string()
              << " (the evaluation needs ../shared/data, see its README)\n";
    return 0;
  }
  fs::create_directories(settings.outDir);
  run.device = deviceText(settings);
  run.host = cpuModel();
  if (!settings.oracle)
    run.omissions = settings.omissions();
  if (mode == "full" && pgd::TorchRuntime::resolveDevice(settings.device) != "cuda")
    std::cout << "pgd_evaluate: warning: --full without CUDA trains the paper network on the CPU; "
                 "expect days, not hours\n";
  std::cout << fmt::format("pgd_evaluate {} on {}: data {}, out {}\n", mode, run.device,
                           settings.dataDir.string(), settings.outDir.string());
  for (const auto& o : run.omissions)
    std::cout << "  left out: " << o << "\n";
  std::cout << std::flush;

  pgd::EvalTrainer trainer(settings, std::cout);
  pgd::PlotManifest plots(settings.outDir);
  pgd::ResultTables tables;
  const auto publish = [&]() {
    run.finished = nowIso();
    run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    tables.writeCsv(settings.outDir);
    const pgd::ReportWriter writer(settings, tables, run);
    writer.write(settings.outDir / "RESULTS.md");
    if (!settings.reportPath.empty())
      writer.write(settings.reportPath);
  };
  const auto attempt = [&](const std::string& what, const auto& job) {
    try {
      job();
    } catch (const std::exception& e) {
      run.failures.push_back(what + ": " + e.what());
      std::cout << "pgd_evaluate: FAILED " << what << ": " << e.what() << "\n" << std::flush;
    }
    publish();
  };

  const pgd::DatasetCatalog catalog(settings.dataDir);
  std::vector<std::string> missing;
  const auto noteMissing = [&run](const std::vector<std::string>& files) {
    for (const auto& m : files) {
      run.failures.push_back("missing file " + m);
      std::cout << "pgd_evaluate: FAILED missing file " << m << "\n" << std::flush;
    }
  };
  // Scripts and CI see a partial run as a failure; the report lists what failed.
  const auto finish = [&run, &settings]() {
    std::cout << fmt::format("pgd_evaluate: done in {:.1f} min; report {}\n", run.seconds / 60.0,
                             (settings.outDir / "RESULTS.md").string());
    if (run.failures.empty())
      return 0;
    std::cout << fmt::format("pgd_evaluate: {} part(s) of the run failed (listed in the report)\n",
                             run.failures.size());
    return 1;
  };
  if (curve) {
    const auto pairs = catalog.realPairs(settings, missing);
    noteMissing(missing);
    const pgd::TrainingCurveEvaluator evaluator(settings, trainer, curveMinutes, curveMethods,
                                                std::cout);
    std::vector<pgd::CurveImage> images;
    const auto header = [&] {
      return fmt::format("| | |\n|---|---|\n| command | `{}` |\n| run | {} to {} |\n| device | {} "
                         "|\n| host | {} |\n| load (1, 5, 15 min) at start, now | {} / {} |\n"
                         "| test-time transforms | {} per tile, every method |\n",
                         run.commandLine, run.started, nowIso(), run.device, run.host, startLoad,
                         loadAverage(), settings.transforms);
    };
    for (const auto& pair : pairs) {
      attempt("curve " + pair.label, [&] { images.push_back(evaluator.evaluate(pair)); });
      evaluator.write(images, settings.outDir, header());
    }
    std::cout << fmt::format("pgd_evaluate: curve done; report {}\n",
                             (settings.outDir / "TRAINING_CURVE.md").string());
    return run.failures.empty() ? 0 : 1;
  }
  if (settings.oracle) {
    pgd::EvalSettings selection = settings;
    selection.sets = {"fmd-confocal"};
    if (settings.oracleW2sImages > 0)
      selection.sets.insert("w2s");
    selection.fmdChannels = channels.empty() ? std::vector<std::string>{"B", "G", "R"} : channels;
    selection.w2sImages = settings.oracleW2sImages;
    const auto pairs = catalog.realPairs(selection, missing);
    noteMissing(missing);
    const pgd::StopOracleEvaluator evaluator(settings, trainer, std::cout);
    for (const auto& pair : pairs)
      attempt("oracle " + pair.label, [&] { tables.addOracle(evaluator.evaluate(pair)); });
    publish();
    return finish();
  }
  const auto pairs = catalog.realPairs(settings, missing);
  noteMissing(missing);
  std::size_t models = 0;
  for (const auto& pair : pairs)
    models += 2 + (settings.regularizedOn(pair.set) ? settings.lambdas.size() : 0);
  if (settings.runs("synthetic"))
    models += settings.syntheticModelCells.size() * (settings.n2vOnSynthetic ? 2 : 1);
  if (settings.runs("bsd68"))
    models += 2;
  std::cout << fmt::format("plan: {} real image(s), {} trained model(s){}\n", pairs.size(), models,
                           settings.trainSeconds > 0.0
                               ? fmt::format(", at most {:.0f} s each: training <= {:.0f} min",
                                             settings.trainSeconds,
                                             double(models) * settings.trainSeconds / 60.0)
                               : std::string())
            << std::flush;
  const pgd::RealImageEvaluator real(settings, trainer, plots, std::cout);
  std::vector<std::string> plotted;
  for (const auto& pair : pairs) {
    const bool first = std::find(plotted.begin(), plotted.end(), pair.set) == plotted.end();
    if (first)
      plotted.push_back(pair.set);
    attempt(pair.label, [&] { tables.add(real.evaluate(pair, first)); });
  }
  if (settings.runs("synthetic"))
    attempt("synthetic grid", [&] {
      std::vector<pgd::ScoreRow> rows;
      const pgd::SyntheticGridEvaluator grid(settings, trainer, plots, std::cout);
      auto result = grid.evaluate(rows);
      tables.add(rows);
      tables.setSynthetic(std::move(result));
    });
  if (settings.runs("bsd68"))
    attempt("BSD68",
            [&] { tables.add(pgd::Bsd68Evaluator(settings, trainer, std::cout).evaluate()); });

  const fs::path manifest = plots.save();
  if (!plotTool.empty()) {
    const std::string command = fmt::format("QT_QPA_PLATFORM=offscreen \"{}\" \"{}\" \"{}\"",
                                            plotTool, manifest.string(), settings.outDir.string());
    std::cout << "drawing figures: " << command << "\n" << std::flush;
    if (std::system(command.c_str()) != 0)
      run.failures.push_back("drawing the figures failed (" + plotTool + ")");
  }
  run.figures = pngsIn(settings.outDir);
  publish();
  return finish();
}
