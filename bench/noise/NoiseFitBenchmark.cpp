// bench_noise_fit: per-image noise fit on 2048x2048 (binned fast path vs exact per-pixel path),
// the Foi estimator on 1024x1024 and the posterior on 2048x2048. Prints times and, as counters,
// the recovered a,b and their errors against the truth; asserts nothing. The fast path bins on
// two threads: its CPU column is process CPU time (all threads), Time is wall time.
#include "noise/FoiEstimator.h"
#include "noise/NoiseFitter.h"
#include "noise/PoissonGaussianNoise.h"
#include "noise/Posterior.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <map>

namespace {

using namespace pgd;

const NoiseParams kTruth = NoiseParams::fromPaperLevels(30, 20);

// A smooth scene with every level, plus a pseudo-clean mu with small unbiased errors.
struct Scene {
  ImageStack clean, noisy, mu, s2;
};

const Scene& scene(int size) {
  static std::map<int, Scene> cache;
  auto it = cache.find(size);
  if (it != cache.end())
    return it->second;
  Scene s;
  s.clean = ImageStack(1, size, size);
  for (int y = 0; y < size; ++y)
    for (int x = 0; x < size; ++x)
      s.clean.at(0, y, x) = float(0.05 + 0.45 * (1 + std::sin(x * 0.01) * std::cos(y * 0.013)));
  s.noisy = addPoissonGaussianNoise(s.clean, kTruth, {1, false});
  s.mu = addPoissonGaussianNoise(s.clean, {0.0, 1e-5}, {2, false});
  s.s2 = s.mu;
  for (float& v : s.s2.values())
    v = float(1e-3 + kTruth.a * v + kTruth.b);
  return cache.emplace(size, std::move(s)).first->second;
}

void report(benchmark::State& state, const NoiseFitResult& r) {
  state.counters["a"] = r.a;
  state.counters["b"] = r.b;
  state.counters["a_err_pct"] = 100 * (r.a / kTruth.a - 1);
  state.counters["b_err_pct"] = 100 * (r.b / kTruth.b - 1);
  state.counters["iterations"] = r.iterations;
  state.counters["pixels"] = double(r.pixelsUsed);
}

void fit(benchmark::State& state, bool binned) {
  const Scene& s = scene(int(state.range(0)));
  NoiseFitOptions o;
  o.binned = binned;
  const NoiseFitter fitter(o);
  NoiseFitResult r;
  for (auto _ : state) {
    r = fitter.fit(s.noisy.values().data(), s.mu.values().data(), s.noisy.size());
    benchmark::DoNotOptimize(r);
  }
  report(state, r);
}

void BM_FitBinned(benchmark::State& state) {
  fit(state, true);
}
void BM_FitExact(benchmark::State& state) {
  fit(state, false);
}

void BM_Foi(benchmark::State& state) {
  const Scene& s = scene(int(state.range(0)));
  const FoiEstimator foi;
  NoiseFitResult r;
  for (auto _ : state) {
    r = foi.estimate(s.noisy);
    benchmark::DoNotOptimize(r);
  }
  report(state, r);
}

void BM_Posterior(benchmark::State& state) {
  const Scene& s = scene(int(state.range(0)));
  std::vector<float> out(s.noisy.size());
  for (auto _ : state) {
    posteriorMean(s.noisy.values().data(), s.mu.values().data(), s.s2.values().data(),
                  s.noisy.size(), kTruth, out.data());
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations() * std::int64_t(s.noisy.size()));
}

BENCHMARK(BM_FitBinned)->Arg(2048)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_FitExact)->Arg(2048)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Foi)->Arg(1024)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Posterior)->Arg(2048)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
