// bench_network: blind-spot network cost on this machine: one training step
// (forward, backward, Adam) on 4 x 128^2 crops (trainStep/W/128/4) and one inference on a 1024^2
// image, for the paper net (width 48) and the quick net (width 16), the quick preset's own step
// (trainStep/16/128/1: one 128^2 crop) and its earlier one (trainStep/16/64/4), with achieved
// GFLOP/s next to the analytic FLOP count (2 FLOP per multiply-add; a training step counted as 3
// forward passes) and peak RSS; and the quick net's batched and low-memory inference passes at
// 512^2 (inferencePass/16/512/P, P = 1 batched, 2 low-memory). Everything runs in the precision
// --precision resolves to (nn/Precision.h; default auto, as the denoiser). Figures only: no
// assertions. Compare with bench_network.py (python3-torch, same network).
//   bench_network [--device=cpu|cuda|auto] [--precision=auto|float32|bfloat16]
//                 [Google Benchmark flags]
// On CUDA every timed iteration ends with a device synchronisation, so the clock reads the
// kernels' work and not only their launch.
#include "nn/Losses.h"
#include "nn/Model.h"
#include "nn/ModelImpl.h"
#include "nn/TorchRuntime.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include <sys/resource.h>

namespace {

// Where and in what the networks run: set from --device and --precision before the benchmarks
// start.
std::string g_device = "cpu";
pgd::Precision g_precision = pgd::Precision::Float32;

torch::Device torchDevice() {
  return g_device == "cuda" ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

// Multiply-adds per input pixel of the whole network (4 branches + head), from the layer list.
double macsPerPixel(int w, int head) {
  const double d = 2.0 * w;
  double enc = 9.0 * w + 9.0 * w * w; // conv0, conv1 at full resolution
  for (double scale = 4; scale <= 1024; scale *= 4)
    enc += 9.0 * w * w / scale; // conv2..conv6
  double dec = (9.0 * 2 * w * d + 9.0 * d * d) / 256.0;
  for (double scale : {64.0, 16.0, 4.0})
    dec += (9.0 * (d + w) * d + 9.0 * d * d) / scale;
  dec += 9.0 * (d + 1) * d + 9.0 * d * d;
  return 4.0 * (enc + dec) + 4.0 * d * head + head * d + d * 2.0;
}

double peakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

pgd::ModelInfo info(int width) {
  pgd::ModelInfo i;
  i.architecture = {pgd::NetworkKind::BlindSpot, width, 8 * width, 1};
  return i;
}

void trainStep(benchmark::State& state) {
  const int width = static_cast<int>(state.range(0));
  const int crop = static_cast<int>(state.range(1));
  const int batch = static_cast<int>(state.range(2));
  pgd::ModelImpl model(info(width), 1);
  model.moveTo(torchDevice());
  model.setPrecision(g_precision);
  torch::optim::Adam adam(model.module().parameters(), torch::optim::AdamOptions(3e-4));
  const auto y = torch::rand({batch, 1, crop, crop}).to(torchDevice());
  for (auto _ : state) {
    adam.zero_grad();
    const auto out = model.forward(y);
    auto loss = pgd::uncalibratedLossMap(y, out.narrow(1, 0, 1), out.narrow(1, 1, 1)).mean();
    loss.backward();
    adam.step();
    pgd::TorchRuntime::synchronize(g_device);
  }
  const double flop = 3.0 * 2.0 * macsPerPixel(width, 8 * width) * batch * crop * crop;
  state.counters["GFLOP"] = flop / 1e9;
  state.counters["GFLOP/s"] = benchmark::Counter(
      flop, benchmark::Counter::kIsIterationInvariantRate, benchmark::Counter::OneK::kIs1000);
  state.counters["threads"] = pgd::TorchRuntime::threads();
  state.counters["peakRSS_MiB"] = peakRssMiB();
}

void inference(benchmark::State& state) {
  const int width = static_cast<int>(state.range(0));
  const int size = static_cast<int>(state.range(1));
  const auto pass = static_cast<pgd::InferencePass>(state.range(2));
  pgd::Model model(info(width), 1);
  model.selectDevice(g_device == "cuda");
  model.setPrecision(g_precision);
  std::vector<float> x(static_cast<std::size_t>(size) * size, 0.5f), mu(x.size()), s2(x.size());
  for (auto _ : state) {
    model.predict(x.data(), size, size, mu.data(), s2.data(), pass);
    pgd::TorchRuntime::synchronize(g_device);
  }
  const double flop = 2.0 * macsPerPixel(width, 8 * width) * size * size;
  state.counters["GFLOP"] = flop / 1e9;
  state.counters["GFLOP/s"] = benchmark::Counter(
      flop, benchmark::Counter::kIsIterationInvariantRate, benchmark::Counter::OneK::kIs1000);
  state.counters["peakRSS_MiB"] = peakRssMiB();
  state.SetLabel(g_device + " " + pgd::toString(g_precision));
}

} // namespace

// cpu_time: the whole process (LibTorch's worker threads too), so it stays comparable under load.
BENCHMARK(trainStep)
    ->Args({16, 128, 4})
    ->Args({48, 128, 4})
    ->Args({16, 128, 1})
    ->Args({16, 64, 4})
    ->MeasureProcessCPUTime()
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond)
    ->MinTime(5.0);
BENCHMARK(inference)
    ->Args({16, 1024, int(pgd::InferencePass::Auto)})
    ->Args({48, 1024, int(pgd::InferencePass::Auto)})
    ->Args({16, 512, int(pgd::InferencePass::Batched)})
    ->Args({16, 512, int(pgd::InferencePass::LowMemory)})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);

int main(int argc, char** argv) {
  // Takes --device=... out of the arguments before Google Benchmark sees them.
  std::vector<char*> rest;
  try {
    std::string precision = "auto";
    for (int i = 0; i < argc; ++i) {
      const std::string arg = argv[i];
      if (arg.rfind("--device=", 0) == 0)
        g_device = pgd::TorchRuntime::resolveDevice(arg.substr(9));
      else if (arg.rfind("--precision=", 0) == 0)
        precision = arg.substr(12);
      else
        rest.push_back(argv[i]);
    }
    g_precision = pgd::resolvePrecision(precision, g_device);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_network: %s\n", e.what());
    return 2;
  }
  int restCount = static_cast<int>(rest.size());
  benchmark::Initialize(&restCount, rest.data());
  if (benchmark::ReportUnrecognizedArguments(restCount, rest.data()))
    return 1;
  std::printf("bench_network: device %s, %s, %d CPU threads\n", g_device.c_str(),
              pgd::toString(g_precision), pgd::TorchRuntime::threads());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
