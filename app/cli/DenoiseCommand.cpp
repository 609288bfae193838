#include "cli/DenoiseCommand.h"

#include "cli/FrameColumns.h"
#include "cli/Plural.h"
#include "cli/Table.h"
#include "cli/TextOutput.h"
#include "image/InputFiles.h"
#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "job/Error.h"
#include "nn/TorchRuntime.h"
#include "workflow/DenoisingJob.h"

#include <fmt/format.h>

#include <set>

namespace pgd {
namespace fs = std::filesystem;
namespace {

// One row per frame; hyperstacks get channel/slice/time columns (cli/FrameColumns.h).
std::string noiseCsv(const DenoiseResult& result, const StackGeometry& geometry) {
  const bool hyperstack = geometry.isHyperstack();
  std::vector<std::string> columns = frameColumns(hyperstack);
  columns.insert(columns.end(), {"a", "b", "a_raw", "b_raw", "method", "pixels", "converged",
                                 "clipped_low", "clipped_high", "variance_scale", "flags"});
  Table table(columns);
  for (std::size_t f = 0; f < result.fits.size(); ++f) {
    const FrameFit& fit = result.fits[f];
    std::vector<nlohmann::ordered_json> row = frameCells(geometry, int(f), hyperstack);
    row.insert(row.end(),
               {fit.normalised.a, fit.normalised.b, fit.raw.a, fit.raw.b, fit.normalised.method,
                fit.normalised.pixelsUsed, fit.normalised.converged,
                fit.normalised.clippedLowFraction, fit.normalised.clippedHighFraction,
                fit.varianceScale, noiseFitFlags(fit.normalised)});
    table.addRow(std::move(row));
  }
  return table.toCsv();
}

// Removes the files of one input's output group that this run created, after a failure.
class CreatedFiles {
public:
  void add(const fs::path& path) { m_paths.push_back(path); }
  void commit() { m_paths.clear(); }
  ~CreatedFiles() {
    std::error_code ec;
    for (const auto& p : m_paths)
      fs::remove(p, ec);
  }

private:
  std::vector<fs::path> m_paths;
};

} // namespace

DenoiseCommand::DenoiseCommand(CLI::App& parent)
    : Command(parent, "denoise",
              "Denoise images and stacks with a trained model (posterior mean; optional mean, "
              "uncertainty and per-frame a,b)",
              "  pgdenoise denoise --model mymodel cells.tif\n"
              "  pgdenoise denoise -m ./models/mymodel --mu --uncertainty -O out/ data/\n"
              "  pgdenoise denoise -m mymodel --dtype source --variant fixed --fixed-a 0.02 "
              "--fixed-b 0.0004 stack.tif") {
  auto& a = app();
  a.add_option("images", m_inputs, "Images, stacks or folders (.tif, .tiff, .png)")->required();
  a.add_option("-m,--model", m_model, "Model name in the store, or a model folder")->required();
  a.add_option("-O,--output-dir", m_outputDir,
               "Folder for the outputs (default: next to each input)");
  a.add_flag("--mu", m_mu, "Also write the network's mean <stem>_mu.tif");
  a.add_flag("--uncertainty", m_uncertainty,
             "Also write the posterior standard deviation <stem>_uncertainty.tif");
  a.add_flag("--no-csv", m_noCsv, "Do not write the per-frame noise table <stem>_noise.csv");
  a.add_option("--dtype", m_dtype,
               "Output sample type: float32 (lossless) or source (input's type, rounded and "
               "clipped)")
      ->check(CLI::IsMember({"float32", "source"}))
      ->capture_default_str();
  a.add_flag("--overwrite", m_overwrite, "Replace existing outputs (inputs are never replaced)");
  a.add_option("--tile", m_tile, "Tile size in pixels (default: from free memory)")
      ->check(CLI::Range(32, 16384));
  a.add_option("--device", m_device, "auto, cpu or cuda")
      ->check(CLI::IsMember({"auto", "cpu", "cuda"}))
      ->capture_default_str();
  a.add_option("--precision", m_precision,
               "auto (bfloat16 on CPUs with AVX-512 BF16 or AMX, else float32), float32 or "
               "bfloat16")
      ->check(CLI::IsMember({"auto", "float32", "bfloat16"}))
      ->capture_default_str();
  a.add_flag("--predicted-variance", m_predictedVariance,
             "Use the network's variance as predicted (the paper's posterior) instead of "
             "rescaling it to each frame's residuals");
  m_fit.add(a, true);
  m_shard.add(a);
}

std::vector<DenoiseCommand::Outputs>
DenoiseCommand::planOutputs(const std::vector<fs::path>& inputs) const {
  if (!m_outputDir.empty()) {
    std::error_code ec;
    if (!fs::exists(m_outputDir, ec))
      throw Error(ErrorKind::Output, fmt::format("{}: output folder does not exist", m_outputDir));
    if (!fs::is_directory(m_outputDir, ec))
      throw Error(ErrorKind::Output, fmt::format("{}: output folder is not a folder", m_outputDir));
  }
  std::vector<Outputs> plan;
  std::set<fs::path> inputSet;
  std::set<fs::path> seen;
  for (const auto& in : inputs)
    inputSet.insert(fs::weakly_canonical(in));
  auto claim = [&](const fs::path& p, const fs::path& input) {
    const fs::path key = fs::weakly_canonical(p);
    if (inputSet.count(key))
      throw Error(ErrorKind::Output,
                  fmt::format("{}: output for {} would replace an input image; use --output-dir",
                              p.string(), input.string()));
    if (!seen.insert(key).second)
      throw Error(ErrorKind::Output,
                  fmt::format("{}: two inputs would write the same output (second: {}); denoise "
                              "them into different --output-dir folders",
                              p.string(), input.string()));
  };
  for (const auto& in : inputs) {
    const fs::path dir = m_outputDir.empty() ? in.parent_path() : fs::path(m_outputDir);
    const std::string stem = in.stem().string();
    Outputs o;
    o.input = in;
    o.denoised = dir / (stem + "_denoised.tif");
    claim(o.denoised, in);
    if (m_mu) {
      o.mu = dir / (stem + "_mu.tif");
      claim(o.mu, in);
    }
    if (m_uncertainty) {
      o.uncertainty = dir / (stem + "_uncertainty.tif");
      claim(o.uncertainty, in);
    }
    if (!m_noCsv) {
      o.csv = dir / (stem + "_noise.csv");
      claim(o.csv, in);
    }
    plan.push_back(o);
  }
  return plan;
}

void DenoiseCommand::run(CliContext& context) {
  const auto allFiles = collectImageFiles(m_inputs, true);
  // Every shard plans the outputs of all inputs, so that two inputs writing the same output
  // fail in every shard as they would in one run, not race in two.
  if (m_shard.given())
    planOutputs(allFiles);
  const auto files = m_shard.pick(allFiles, context);
  if (files.empty())
    return;
  DenoiseOptions options;
  options.fit = m_fit.options();
  options.wantMu = m_mu;
  options.wantUncertainty = m_uncertainty;
  options.tileSize = m_tile;
  options.calibrateVariance = !m_predictedVariance;
  const std::string device = TorchRuntime::resolveDevice(m_device);

  const auto plan = planOutputs(files);
  WriteOptions writeOptions;
  writeOptions.overwrite = m_overwrite;
  writeOptions.pixelType = m_dtype == "source" ? OutputPixelType::Source : OutputPixelType::Float32;
  writeOptions.protectedInputs = allFiles;
  const OutputRules textOptions{m_overwrite, allFiles};
  for (const auto& o : plan) {
    for (const auto& p : {o.denoised, o.mu, o.uncertainty})
      if (!p.empty())
        checkWritable(p, writeOptions);
    if (!o.csv.empty())
      checkOutputPath(o.csv, textOptions);
  }

  Model model = DenoisingJob::loadModel(m_model, device, m_precision);
  if (options.fit.variant == FitVariant::Fixed && m_fit.fixedRawUnits())
    options.fit.fixed = model.info().normalization.toNormalisedParams(m_fit.fixedParams());
  if (m_uncertainty && model.info().loss == LossKind::N2V)
    context.warn(fmt::format("{}: N2V models have no uncertainty; --uncertainty ignored", m_model));
  context.note(fmt::format("model {} ({} loss, width {}) on {}, {}", model.info().name,
                           toString(model.info().loss), model.info().architecture.width,
                           model.device(), toString(model.precision())));

  const DenoisingJob job(model, options);
  auto progress = context.progress("denoise");
  std::size_t finished = 0;
  for (const auto& o : plan) {
    const ImageStack noisy = readImageStack(o.input);
    for (const auto& warning : noisy.metadata().warnings)
      context.warn(fmt::format("{}: {}", o.input.string(), warning));
    progress->setTask(o.input.filename().string());
    DenoiseResult result;
    try {
      result = job.run(noisy, *progress);
    } catch (const Error& e) {
      progress->finish();
      if (e.kind() == ErrorKind::Cancelled)
        throw Error(ErrorKind::Cancelled,
                    fmt::format("{}: denoising cancelled; {} of {} finished, no partial "
                                "output written",
                                o.input.string(), finished, countOf(long(plan.size()), "file")));
      throw;
    }
    progress->finish();

    CreatedFiles created;
    auto writeImage = [&](const ImageStack& stack, const fs::path& path) {
      if (path.empty() || stack.empty())
        return;
      const bool existed = fs::exists(path);
      writeImageStack(stack, path, writeOptions);
      if (!existed)
        created.add(path);
      context.out << "wrote " << path.string() << "\n";
    };
    writeImage(result.posterior, o.denoised);
    writeImage(result.mu, o.mu);
    writeImage(result.uncertainty, o.uncertainty);
    if (!o.csv.empty()) {
      writeTextAtomically(o.csv, noiseCsv(result, noisy.geometry()), textOptions);
      context.out << "wrote " << o.csv.string() << "\n";
    }
    created.commit();
    ++finished;
    std::vector<NoiseFitResult> fits;
    for (const FrameFit& fit : result.fits)
      fits.push_back(fit.normalised);
    const std::string flagged = flaggedFitsLine(fits);
    if (!flagged.empty())
      context.warn(fmt::format("{}: {}", o.input.string(), flagged));
    for (std::size_t f = 0; f < result.fits.size(); ++f)
      context.note(fmt::format("{} frame {}: a={:.4g} b={:.4g} (normalised), a={:.4g} b={:.4g} "
                               "(raw), variance scale {:.3f}",
                               o.input.filename().string(), f, result.fits[f].normalised.a,
                               result.fits[f].normalised.b, result.fits[f].raw.a,
                               result.fits[f].raw.b, result.fits[f].varianceScale));
  }
}

} // namespace pgd
