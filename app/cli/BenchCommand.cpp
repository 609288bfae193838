#include "cli/BenchCommand.h"

#include "cli/Plural.h"
#include "cli/Table.h"
#include "job/Error.h"
#include "nn/Model.h"
#include "nn/TorchRuntime.h"
#include "noise/NoiseFitter.h"
#include "noise/PoissonGaussianNoise.h"
#include "noise/Posterior.h"
#include "sample/SamplePhantom.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <utility>
#include <vector>

namespace pgd {
namespace {

// Median wall time of `repeats` runs of `work`, in milliseconds.
double medianMs(int repeats, const std::function<void()>& work) {
  std::vector<double> ms;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                     .count());
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

// Median of one figure over the runs' stage timings.
template <class Figure> double medianOf(const std::vector<NoiseFitTimings>& runs, Figure figure) {
  std::vector<double> v;
  for (const NoiseFitTimings& t : runs)
    v.push_back(figure(t));
  std::sort(v.begin(), v.end());
  return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

BenchCommand::BenchCommand(CLI::App& parent)
    : Command(parent, "bench",
              "Time noise synthesis, the a,b fit, the posterior and a network forward pass on a "
              "synthetic image",
              "  pgdenoise bench\n"
              "  pgdenoise bench --size 512 --width 16 --repeats 5 --format csv") {
  auto& a = app();
  a.add_option("--size", m_size, "Image width and height")
      ->check(CLI::Range(32, 8192))
      ->capture_default_str();
  a.add_option("--width", m_width, "Network width (48 = paper, 16 = quick preset)")
      ->check(CLI::Range(4, 256))
      ->capture_default_str();
  a.add_option("--repeats", m_repeats, "Runs per figure (the median is shown)")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  a.add_option("--device", m_device, "auto, cpu or cuda")
      ->check(CLI::IsMember({"auto", "cpu", "cuda"}))
      ->capture_default_str();
  a.add_option("--precision", m_precision,
               "Network precision: auto (bfloat16 on CPUs with AVX-512 BF16 or AMX, else "
               "float32), float32 or bfloat16")
      ->check(CLI::IsMember({"auto", "float32", "bfloat16"}))
      ->capture_default_str();
  a.add_option("--format", m_format, "table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
}

void BenchCommand::run(CliContext& context) {
  const std::string device = TorchRuntime::resolveDevice(m_device);
  PhantomOptions po;
  po.width = m_size;
  po.height = m_size;
  const ImageStack clean = makeCleanPhantom(po);
  const std::size_t n = clean.size();
  const double megapixels = double(n) / 1e6;
  const NoiseParams truth{0.01, 1e-4};
  ImageStack noisy;
  auto progress = context.progress("bench");
  ProgressUpdate update;
  auto step = [&](double fraction, const std::string& stage) {
    update.fraction = fraction;
    update.stage = stage;
    if (!progress->report(update))
      throw Error(ErrorKind::Cancelled, "bench cancelled");
  };

  Table table({"operation", "image", "median_ms", "ms_per_megapixel", "note"});
  const std::string image = fmt::format("{}x{}", m_size, m_size);
  auto add = [&](const std::string& op, double ms, const std::string& note) {
    table.addRow({op, image, ms, ms / megapixels, note});
  };

  step(0.0, "noise synthesis");
  add("noise synthesis",
      medianMs(m_repeats, [&] { noisy = addPoissonGaussianNoise(clean, truth); }), "a=0.01 b=1e-4");
  NoiseFitResult fit;
  for (const bool binned : {true, false}) {
    step(binned ? 0.1 : 0.2, binned ? "binned fit" : "exact fit");
    // The fit as denoise runs it: default options (the auto residual), one frame.
    NoiseFitOptions fo;
    fo.binned = binned;
    const NoiseFitter fitter(fo);
    std::vector<NoiseFitTimings> timings;
    const double ms = medianMs(m_repeats, [&] {
      timings.emplace_back();
      fit = fitter.fitFrame(noisy.values().data(), clean.values().data(), m_size, m_size,
                            &timings.back());
    });
    add(binned ? "a,b fit (binned)" : "a,b fit (exact)", ms,
        fmt::format("a={:.4g} b={:.4g}, {} iterations, {} residual, cpu {:.3g} ms, calling thread "
                    "{:.3g} ms",
                    fit.a, fit.b, fit.iterations, fit.method,
                    medianOf(timings, [](const NoiseFitTimings& t) { return t.total.cpuMs; }),
                    medianOf(timings, [](const NoiseFitTimings& t) { return t.total.threadMs; })));
    if (!binned)
      continue;
    const std::pair<const char*, NoiseFitStageTime NoiseFitTimings::*> stages[] = {
        {"clip levels", &NoiseFitTimings::clip},
        {"noise correlation", &NoiseFitTimings::correlation},
        {"percentiles of mu", &NoiseFitTimings::percentiles},
        {"residual and bins", &NoiseFitTimings::binning},
        {"minimiser", &NoiseFitTimings::minimiser}};
    for (const auto& [name, which] : stages)
      add(fmt::format("  binned fit: {}", name),
          medianOf(timings,
                   [which = which](const NoiseFitTimings& t) { return (t.*which).wallMs; }),
          fmt::format("cpu {:.3g} ms, calling thread {:.3g} ms",
                      medianOf(timings, [which = which](
                                            const NoiseFitTimings& t) { return (t.*which).cpuMs; }),
                      medianOf(timings, [which = which](const NoiseFitTimings& t) {
                        return (t.*which).threadMs;
                      })));
  }
  step(0.3, "posterior");
  std::vector<float> s2(n, 0.02f), out(n);
  add("posterior mean",
      medianMs(m_repeats,
               [&] {
                 posteriorMean(noisy.values().data(), clean.values().data(), s2.data(), n, truth,
                               out.data());
               }),
      "");

  ModelInfo info;
  info.name = "bench";
  info.architecture.width = m_width;
  info.architecture.headWidth = 8 * m_width;
  step(0.4, "network forward pass");
  Model model(info);
  model.selectDevice(device == "cuda");
  model.setPrecision(resolvePrecision(m_precision, model.device()));
  std::vector<float> mu(n), var(n);
  model.predict(noisy.values().data(), m_size, m_size, mu.data(), var.data());
  add("network forward (blind-spot)",
      medianMs(
          m_repeats,
          [&] { model.predict(noisy.values().data(), m_size, m_size, mu.data(), var.data()); }),
      fmt::format("width {}, {}, {} after 1 warm-up", m_width, model.device(),
                  toString(model.precision())));
  step(1.0, "done");
  progress->finish();

  context.note(fmt::format("pgdenoise bench on {} ({} CPU threads, {}), median of {}",
                           model.device(), TorchRuntime::threads(), toString(model.precision()),
                           countOf(m_repeats, "run")));
  table.print(context.out, parseTableFormat(m_format));
}

} // namespace pgd
