#include "cli/DenoiseCommand.h"

#include "cli/ConsoleProgress.h"
#include "cli/FrameColumns.h"
#include "cli/Plural.h"
#include "cli/Table.h"
#include "cli/TextOutput.h"
#include "image/FrameFileWriter.h"
#include "image/FrameSource.h"
#include "image/InputFiles.h"
#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "job/Error.h"
#include "nn/TorchRuntime.h"
#include "workflow/DenoisingJob.h"

#include <fmt/format.h>

#include <memory>
#include <set>

namespace pgd {
namespace fs = std::filesystem;
namespace {

// One row per frame; hyperstacks get channel/slice/time columns (cli/FrameColumns.h).
std::string noiseCsv(const std::vector<FrameFit>& fits, const StackGeometry& geometry) {
  const bool hyperstack = geometry.isHyperstack();
  std::vector<std::string> columns = frameColumns(hyperstack);
  columns.insert(columns.end(), {"a", "b", "a_raw", "b_raw", "method", "pixels", "converged",
                                 "clipped_low", "clipped_high", "variance_scale", "flags"});
  Table table(columns);
  for (std::size_t f = 0; f < fits.size(); ++f) {
    const FrameFit& fit = fits[f];
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

// The part of an error message after "<file>: ", the file being named again by the caller.
std::string reasonOf(const Error& e, const fs::path& file) {
  const std::string text = e.what();
  const std::string prefix = file.string() + ": ";
  return text.rfind(prefix, 0) == 0 ? text.substr(prefix.size()) : text;
}

} // namespace

// Streams one input through the job into its image outputs (core/image/FrameFileWriter.h):
// frame f is read, denoised and appended to every output before frame f+1 is read, so memory
// does not grow with the stack. The outputs are renamed into place only when every frame is
// written; a frame that cannot be read, a write that fails (full disk) or a cancel removes this
// input's temporary files and throws one line saying how far the run came (a first frame that
// cannot be read keeps the reader's line, as readImageStack would give it). `done` says how many
// inputs were finished before this one (for the cancel message). Returns the fits as used;
// `written` gets the files written (images, then the noise table).
std::vector<FrameFit>
DenoiseCommand::denoiseStreamed(const DenoisingJob& job, FrameSource& source, const Outputs& o,
                                const WriteOptions& writeOptions, const OutputRules& textOptions,
                                ConsoleProgress& progress, const std::string& done,
                                std::vector<fs::path>& written) const {
  const int frames = source.frames();
  ImageMetadata meta = source.metadata();
  meta.warnings.clear();
  ImageMetadata sdMeta = meta;
  sdMeta.sourceType = PixelType::Float32;
  auto open = [&](const fs::path& path, const ImageMetadata& m) {
    return path.empty() ? nullptr
                        : std::make_unique<FrameFileWriter>(path, frames, source.height(),
                                                            source.width(), m, writeOptions);
  };
  const auto denoised = open(o.denoised, meta);
  const auto mu = open(o.mu, meta);
  const auto sd = open(job.givesUncertainty() ? o.uncertainty : fs::path(), sdMeta);
  std::vector<FrameFit> fits;
  try {
    job.runFrames(
        source,
        [&](const DenoisedFrame& d) {
          denoised->append(d.posterior);
          if (mu)
            mu->append(d.mu);
          if (sd)
            sd->append(d.uncertainty);
          fits.push_back(d.fit);
        },
        progress);
  } catch (const Error& e) {
    progress.finish();
    const int at = int(fits.size()) + 1;
    if (e.kind() == ErrorKind::Cancelled)
      throw Error(ErrorKind::Cancelled,
                  fmt::format("{}: denoising cancelled at frame {} of {}; {}, no partial output "
                              "written",
                              o.input.string(), at, frames, done));
    if (e.kind() == ErrorKind::Input && !fits.empty())
      throw Error(ErrorKind::Input,
                  fmt::format("{}: frame {} of {} could not be read ({}); {} denoised, no output "
                              "written",
                              o.input.string(), at, frames, reasonOf(e, o.input),
                              countOf(long(fits.size()), "frame")));
    if (e.kind() == ErrorKind::Output)
      throw Error(ErrorKind::Output,
                  fmt::format("{}; no output written for {}", e.what(), o.input.string()));
    throw;
  }
  // Every frame is written: complete and rename each output, then write the noise table; if one
  // fails, the files already renamed that this run created are removed again, so an input gets
  // all its outputs or none.
  std::vector<fs::path> created;
  try {
    for (FrameFileWriter* w : {denoised.get(), mu.get(), sd.get()}) {
      if (!w)
        continue;
      const bool existed = fs::exists(w->path());
      w->commit();
      written.push_back(w->path());
      if (!existed)
        created.push_back(w->path());
    }
    if (!o.csv.empty()) {
      const bool existed = fs::exists(o.csv);
      writeTextAtomically(o.csv, noiseCsv(fits, source.geometry()), textOptions);
      written.push_back(o.csv);
      if (!existed)
        created.push_back(o.csv);
    }
  } catch (...) {
    std::error_code ec;
    for (const auto& p : created)
      fs::remove(p, ec);
    throw;
  }
  return fits;
}

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
  const auto files = collectImageFiles(m_inputs, true);
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
  writeOptions.protectedInputs = files;
  const OutputRules textOptions{m_overwrite, files};
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
    const std::unique_ptr<FrameSource> source = openFrameSource(o.input);
    for (const auto& warning : source->metadata().warnings)
      context.warn(fmt::format("{}: {}", o.input.string(), warning));
    progress->setTask(o.input.filename().string());
    std::vector<fs::path> written;
    const std::vector<FrameFit> fits = denoiseStreamed(
        job, *source, o, writeOptions, textOptions, *progress,
        fmt::format("{} of {} finished", finished, countOf(long(plan.size()), "file")), written);
    progress->finish();
    for (const auto& p : written)
      context.out << "wrote " << p.string() << "\n";
    ++finished;
    std::vector<NoiseFitResult> normalised;
    for (const FrameFit& fit : fits)
      normalised.push_back(fit.normalised);
    const std::string flagged = flaggedFitsLine(normalised);
    if (!flagged.empty())
      context.warn(fmt::format("{}: {}", o.input.string(), flagged));
    for (std::size_t f = 0; f < fits.size(); ++f)
      context.note(fmt::format("{} frame {}: a={:.4g} b={:.4g} (normalised), a={:.4g} b={:.4g} "
                               "(raw), variance scale {:.3f}",
                               o.input.filename().string(), f, fits[f].normalised.a,
                               fits[f].normalised.b, fits[f].raw.a, fits[f].raw.b,
                               fits[f].varianceScale));
  }
}

} // namespace pgd
