#include "cli/DenoiseCommand.h"

#include "cli/ConsoleProgress.h"
#include "cli/Plural.h"
#include "image/FrameFileWriter.h"
#include "image/FrameSource.h"
#include "image/InputFiles.h"
#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "image/TextOutput.h"
#include "job/Error.h"
#include "nn/TorchRuntime.h"
#include "noise/NoiseUnitsText.h"
#include "store/BuiltInModel.h"
#include "workflow/DenoisingJob.h"

#include <fmt/format.h>

#include <memory>

namespace pgd {
namespace fs = std::filesystem;
namespace {

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
DenoiseCommand::denoiseStreamed(const DenoisingJob& job, FrameSource& source,
                                const DenoiseOutputs& o, const WriteOptions& writeOptions,
                                const OutputRules& textOptions, ConsoleProgress& progress,
                                const std::string& done, std::vector<fs::path>& written) const {
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
      DenoiseResult table;
      table.fits = fits;
      writeTextAtomically(o.csv, noiseTableCsv(table, source.geometry()), textOptions);
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
  a.add_option("-m,--model", m_model,
               "Model name in the store, or a model folder (default: the built-in base model)");
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
  a.add_flag("--predicted-mean", m_predictedMean,
             "Use the network's mean mu as predicted as the posterior's prior mean (the paper's "
             "posterior) instead of E[y | mu] measured on each frame");
  a.add_option("--transforms", m_transforms,
               "Network passes per tile averaged over flips and transposes: 1, 2, 4 or 8 "
               "(docs/ARCHITECTURE.md)")
      ->check(CLI::IsMember({1, 2, 4, 8}))
      ->capture_default_str();
  m_fit.add(a, true);
  m_shard.add(a);
}

void DenoiseCommand::run(CliContext& context) {
  const auto allFiles = collectImageFiles(m_inputs, true);
  const DenoiseOutputChoice choice{m_mu, m_uncertainty, !m_noCsv};
  // Every shard plans the outputs of all inputs, so that two inputs writing the same output
  // fail in every shard as they would in one run, not race in two.
  if (m_shard.given())
    planDenoiseOutputs(allFiles, m_outputDir, choice);
  const auto files = m_shard.pick(allFiles, context);
  if (files.empty())
    return;
  DenoiseOptions options;
  options.fit = m_fit.options();
  options.wantMu = m_mu;
  options.wantUncertainty = m_uncertainty;
  options.tileSize = m_tile;
  options.calibrateVariance = !m_predictedVariance;
  options.calibrateMean = !m_predictedMean;
  options.testTimeTransforms = m_transforms;
  const std::string device = TorchRuntime::resolveDevice(m_device);

  const auto plan = planDenoiseOutputs(files, m_outputDir, choice);
  WriteOptions writeOptions;
  writeOptions.overwrite = m_overwrite;
  writeOptions.pixelType = m_dtype == "source" ? OutputPixelType::Source : OutputPixelType::Float32;
  writeOptions.protectedInputs = allFiles; // inputs of other shards are never replaced either
  const OutputRules textOptions{m_overwrite, allFiles};
  for (const auto& o : plan)
    checkDenoiseOutputs(o, writeOptions);

  if (m_model.empty()) {
    m_model = kBuiltInBaseName;
    context.note("no --model given: using the built-in base model with the per-image noise fit "
                 "(train a model on your images for the best results)");
  }
  Model model = DenoisingJob::loadModel(m_model, device, m_precision);
  if (options.fit.variant == FitVariant::Fixed && m_fit.fixedRawUnits() &&
      model.info().perImageNormalization)
    throw Error(ErrorKind::Usage, m_model + ": --variant fixed with raw a,b needs a model with a "
                                            "fixed normalisation (a trained model), not a base "
                                            "model");
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
      context.note(
          fmt::format("{} frame {}: {}, variance scale {:.3f}", o.input.filename().string(), f,
                      noiseUnitsText(fits[f].raw, {fits[f].normalised.a, fits[f].normalised.b}),
                      fits[f].varianceScale));
  }
}

} // namespace pgd
