#include "cli/DenoiseCommand.h"

#include "cli/Plural.h"
#include "image/InputFiles.h"
#include "image/StackReader.h"
#include "job/Error.h"
#include "nn/TorchRuntime.h"
#include "workflow/DenoiseOutputs.h"
#include "workflow/DenoisingJob.h"

#include <fmt/format.h>

namespace pgd {
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

void DenoiseCommand::run(CliContext& context) {
  const auto allFiles = collectImageFiles(m_inputs, true);
  // Every shard plans the outputs of all inputs, so that two inputs writing the same output
  // fail in every shard as they would in one run, not race in two.
  if (m_shard.given())
    planDenoiseOutputs(allFiles, m_outputDir, {m_mu, m_uncertainty, !m_noCsv});
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

  const auto plan = planDenoiseOutputs(files, m_outputDir, {m_mu, m_uncertainty, !m_noCsv});
  WriteOptions writeOptions;
  writeOptions.overwrite = m_overwrite;
  writeOptions.pixelType = m_dtype == "source" ? OutputPixelType::Source : OutputPixelType::Float32;
  writeOptions.protectedInputs = allFiles; // inputs of other shards are never replaced either
  for (const auto& o : plan)
    checkDenoiseOutputs(o, writeOptions);

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

    for (const auto& path : writeDenoiseOutputs(result, noisy.geometry(), o, writeOptions))
      context.out << "wrote " << path.string() << "\n";
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
