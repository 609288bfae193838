// profile_network: where one inference pass of the blind-spot network spends its time, per
// LibTorch operator (self CPU time of the calling thread, LibTorch's legacy autograd profiler),
// for a fresh network of the given width on a size x size image in the precision and pass that
// Model::predict would take; with --train, one training step instead (forward, uncalibrated loss,
// backward, Adam step as the trainer takes them; backward operators listed under their own names),
// on --batch crops of --crop pixels, with the process CPU time per step of each phase. --shapes
// lists each operator once per combination of input shapes (which layer it is).
// Figures only: no assertions. docs/TRAINING.md, "CPU fast path" and "Training step profile".
//   profile_network [--width 16] [--size 1024] [--precision auto|float32|bfloat16]
//                   [--pass auto|batched|low-memory] [--rows 15] [--shapes]
//   profile_network --train [--crop 128] [--batch 1] [--steps 10] [--width 16] [--precision ...]
#include "nn/Losses.h"
#include "nn/ModelImpl.h"
#include "nn/TorchRuntime.h"

#include <CLI/CLI.hpp>

#include <torch/csrc/autograd/profiler_legacy.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <map>
#include <string>
#include <vector>

#include <time.h>

namespace {

namespace profiler = torch::autograd::profiler;

struct OpTime {
  double selfUs = 0.0;
  int calls = 0;
};

// "name [1,16,128,128] [16,16,3,3]": an operator with the shapes of its first tensor inputs.
std::string withShapes(const profiler::LegacyEvent& e) {
  std::string key = e.name();
  int listed = 0;
  for (const auto& shape : e.shapes()) {
    if (shape.empty())
      continue;
    key += " [";
    for (std::size_t i = 0; i < shape.size(); ++i)
      key += (i ? "," : "") + std::to_string(shape[i]);
    key += "]";
    if (++listed == 3)
      break;
  }
  return key;
}

// Self time per operator name (and input shapes, with `byShape`) from one thread's push/pop
// events (nested ranges).
void addSelfTimes(const std::vector<profiler::LegacyEvent>& events, bool byShape,
                  std::map<std::string, OpTime>& table) {
  struct Open {
    const profiler::LegacyEvent* push;
    double childUs;
  };
  std::vector<Open> stack;
  for (const auto& e : events) {
    if (e.kindStr() == "push") {
      stack.push_back({&e, 0.0});
    } else if (e.kindStr() == "pop" && !stack.empty()) {
      const Open open = stack.back();
      stack.pop_back();
      const double total = open.push->cpuElapsedUs(e);
      OpTime& t = table[byShape ? withShapes(*open.push) : std::string(open.push->name())];
      t.selfUs += total - open.childUs;
      ++t.calls;
      if (!stack.empty())
        stack.back().childUs += total;
    }
  }
}

double processCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

// Operators sorted by self time, the first `rows` of them, and the profiled total.
void printTable(const std::vector<std::vector<profiler::LegacyEvent>>& lists, bool byShape,
                int rows) {
  std::map<std::string, OpTime> table;
  for (const auto& list : lists)
    addSelfTimes(list, byShape, table);
  std::vector<std::pair<std::string, OpTime>> sorted(table.begin(), table.end());
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.second.selfUs > b.second.selfUs; });
  double totalUs = 0.0;
  for (const auto& [name, t] : sorted)
    totalUs += t.selfUs;
  std::printf("%-52s %10s %7s %6s\n", "operator", "self ms", "share", "calls");
  for (int i = 0; i < rows && i < int(sorted.size()); ++i)
    std::printf("%-52s %10.1f %6.1f%% %6d\n", sorted[i].first.c_str(),
                sorted[i].second.selfUs / 1000.0, 100.0 * sorted[i].second.selfUs / totalUs,
                sorted[i].second.calls);
  std::printf("%-52s %10.1f\n", "total (profiled)", totalUs / 1000.0);
}

void startProfiler(bool byShape) {
  profiler::enableProfilerLegacy(torch::profiler::impl::ProfilerConfig(
      torch::profiler::impl::ProfilerState::CPU, /*report_input_shapes=*/byShape));
}

struct TrainOptions {
  int width = 16;
  int crop = 128;
  int batch = 1;
  int steps = 10;
  int rows = 15;
  bool byShape = false;
  std::string precision = "auto";
};

// One training step as bench_network's trainStep and the trainer take it, phase by phase; the
// phases' process CPU seconds are added to `cpu` (forward + loss, backward, Adam).
void trainStep(pgd::ModelImpl& model, torch::optim::Adam& adam, const torch::Tensor& y,
               double cpu[3]) {
  const double t0 = processCpuSeconds();
  adam.zero_grad();
  const auto out = model.forward(y);
  auto loss = pgd::uncalibratedLossMap(y, out.narrow(1, 0, 1), out.narrow(1, 1, 1)).mean();
  const double t1 = processCpuSeconds();
  loss.backward();
  const double t2 = processCpuSeconds();
  adam.step();
  const double t3 = processCpuSeconds();
  cpu[0] += t1 - t0;
  cpu[1] += t2 - t1;
  cpu[2] += t3 - t2;
}

int profileTraining(const TrainOptions& o) {
  pgd::ModelInfo info;
  info.architecture = {pgd::NetworkKind::BlindSpot, o.width, 8 * o.width, 1};
  pgd::ModelImpl model(info, 1);
  model.setPrecision(pgd::resolvePrecision(o.precision, "cpu"));
  torch::optim::Adam adam(model.module().parameters(), torch::optim::AdamOptions(3e-4));
  const auto y = torch::rand({o.batch, 1, o.crop, o.crop});
  double cpu[3] = {0.0, 0.0, 0.0};
  trainStep(model, adam, y, cpu); // warm-up: oneDNN's kernels are generated on first use
  cpu[0] = cpu[1] = cpu[2] = 0.0;
  const auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < o.steps; ++i)
    trainStep(model, adam, y, cpu);
  const double wallMs =
      1000.0 * std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() /
      o.steps;
  double profiledCpu[3] = {0.0, 0.0, 0.0};
  startProfiler(o.byShape);
  trainStep(model, adam, y, profiledCpu);
  const auto lists = profiler::disableProfilerLegacy();
  std::printf("profile_network --train: width %d, %d x %dx%d, %s, %d threads, %d steps: "
              "%.1f ms wall, process CPU %.1f ms per step (forward + loss %.1f, backward %.1f, "
              "Adam %.1f)\n",
              o.width, o.batch, o.crop, o.crop, pgd::toString(model.precision()),
              pgd::TorchRuntime::threads(), o.steps, wallMs,
              1000.0 * (cpu[0] + cpu[1] + cpu[2]) / o.steps, 1000.0 * cpu[0] / o.steps,
              1000.0 * cpu[1] / o.steps, 1000.0 * cpu[2] / o.steps);
  printTable(lists, o.byShape, o.rows);
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  CLI::App app{"Per-operator time of one blind-spot network inference pass"};
  int width = 16;
  int size = 1024;
  int rows = 15;
  std::string precision = "auto";
  std::string pass = "auto";
  bool train = false;
  bool byShape = false;
  TrainOptions trainOptions;
  app.add_option("--width", width, "network width (16: quick, 48: paper)");
  app.add_option("--size", size, "image edge in pixels (multiple of 32)");
  app.add_option("--rows", rows, "operators to list");
  app.add_option("--precision", precision, "auto, float32 or bfloat16")
      ->check(CLI::IsMember({"auto", "float32", "bfloat16"}));
  app.add_option("--pass", pass, "auto, batched or low-memory")
      ->check(CLI::IsMember({"auto", "batched", "low-memory"}));
  app.add_flag("--shapes", byShape, "one row per operator and input shapes");
  app.add_flag("--train", train, "profile one training step instead of an inference pass");
  app.add_option("--crop", trainOptions.crop, "training crop edge (multiple of 32)")
      ->check(CLI::Range(32, 4096));
  app.add_option("--batch", trainOptions.batch, "training crops per step")
      ->check(CLI::Range(1, 64));
  app.add_option("--steps", trainOptions.steps, "unprofiled training steps timed")
      ->check(CLI::Range(1, 10000));
  CLI11_PARSE(app, argc, argv);
  try {
    if (train) {
      if (trainOptions.crop % 32 != 0) {
        std::fprintf(stderr, "profile_network: --crop must be a multiple of 32\n");
        return 1;
      }
      trainOptions.width = width;
      trainOptions.rows = rows;
      trainOptions.byShape = byShape;
      trainOptions.precision = precision;
      return profileTraining(trainOptions);
    }
    pgd::ModelInfo info;
    info.architecture = {pgd::NetworkKind::BlindSpot, width, 8 * width, 1};
    pgd::ModelImpl model(info, 1);
    model.setPrecision(pgd::resolvePrecision(precision, "cpu"));
    const auto chosen = pass == "batched"      ? pgd::InferencePass::Batched
                        : pass == "low-memory" ? pgd::InferencePass::LowMemory
                                               : pgd::InferencePass::Auto;
    torch::InferenceMode inference;
    const auto x = torch::rand({1, 1, size, size});
    model.forward(x, chosen); // warm-up: oneDNN's kernels are generated on first use
    const auto t0 = std::chrono::steady_clock::now();
    model.forward(x, chosen);
    const double plainS =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    startProfiler(byShape);
    model.forward(x, chosen);
    const auto lists = profiler::disableProfilerLegacy();
    std::printf("profile_network: width %d, %dx%d, %s, pass %s, %d threads: %.2f s unprofiled\n",
                width, size, size, pgd::toString(model.precision()), pass.c_str(),
                pgd::TorchRuntime::threads(), plainS);
    printTable(lists, byShape, rows);
  } catch (const c10::Error& e) { // LibTorch's own text, without its backtrace
    std::fprintf(stderr, "profile_network: %s\n", e.what_without_backtrace());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "profile_network: %s\n", e.what());
    return 1;
  }
  return 0;
}
