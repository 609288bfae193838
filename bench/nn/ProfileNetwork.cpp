// profile_network: where one inference pass of the blind-spot network spends its time, per
// LibTorch operator (self CPU time of the calling thread, LibTorch's legacy autograd profiler),
// for a fresh network of the given width on a size x size image in the precision and pass that
// Model::predict would take. Figures only: no assertions. docs/TRAINING.md, "CPU fast path".
//   profile_network [--width 16] [--size 1024] [--precision auto|float32|bfloat16]
//                   [--pass auto|batched|low-memory] [--rows 15]
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

namespace {

namespace profiler = torch::autograd::profiler;

struct OpTime {
  double selfUs = 0.0;
  int calls = 0;
};

// Self time per operator name from one thread's push/pop events (nested ranges).
void addSelfTimes(const std::vector<profiler::LegacyEvent>& events,
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
      OpTime& t = table[open.push->name()];
      t.selfUs += total - open.childUs;
      ++t.calls;
      if (!stack.empty())
        stack.back().childUs += total;
    }
  }
}

} // namespace

int main(int argc, char** argv) {
  CLI::App app{"Per-operator time of one blind-spot network inference pass"};
  int width = 16;
  int size = 1024;
  int rows = 15;
  std::string precision = "auto";
  std::string pass = "auto";
  app.add_option("--width", width, "network width (16: quick, 48: paper)");
  app.add_option("--size", size, "image edge in pixels (multiple of 32)");
  app.add_option("--rows", rows, "operators to list");
  app.add_option("--precision", precision, "auto, float32 or bfloat16")
      ->check(CLI::IsMember({"auto", "float32", "bfloat16"}));
  app.add_option("--pass", pass, "auto, batched or low-memory")
      ->check(CLI::IsMember({"auto", "batched", "low-memory"}));
  CLI11_PARSE(app, argc, argv);
  try {
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
    profiler::enableProfilerLegacy(
        torch::profiler::impl::ProfilerConfig(torch::profiler::impl::ProfilerState::CPU));
    model.forward(x, chosen);
    const auto lists = profiler::disableProfilerLegacy();
    std::map<std::string, OpTime> table;
    for (const auto& list : lists)
      addSelfTimes(list, table);
    std::vector<std::pair<std::string, OpTime>> sorted(table.begin(), table.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.second.selfUs > b.second.selfUs; });
    double totalUs = 0.0;
    for (const auto& [name, t] : sorted)
      totalUs += t.selfUs;
    std::printf("profile_network: width %d, %dx%d, %s, pass %s, %d threads: %.2f s unprofiled\n",
                width, size, size, pgd::toString(model.precision()), pass.c_str(),
                pgd::TorchRuntime::threads(), plainS);
    std::printf("%-36s %10s %7s %6s\n", "operator", "self ms", "share", "calls");
    for (int i = 0; i < rows && i < int(sorted.size()); ++i)
      std::printf("%-36s %10.1f %6.1f%% %6d\n", sorted[i].first.c_str(),
                  sorted[i].second.selfUs / 1000.0, 100.0 * sorted[i].second.selfUs / totalUs,
                  sorted[i].second.calls);
    std::printf("%-36s %10.1f\n", "total (profiled)", totalUs / 1000.0);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "profile_network: %s\n", e.what());
    return 1;
  }
  return 0;
}
