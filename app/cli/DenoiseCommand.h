#pragma once
// DenoiseCommand: `pgdenoise denoise`: denoises images and stacks with a trained model (tiled
// prediction, per-frame a,b fit, posterior mean). For each input <stem>.tif it writes
// <stem>_denoised.tif and optionally <stem>_mu.tif, <stem>_uncertainty.tif and <stem>_noise.csv
// (per-frame a,b in normalised and raw units) into --output-dir (default: the input's folder),
// named as core/workflow/DenoiseOutputs.h plans them. Every output is checked before any work
// starts; existing files are kept unless --overwrite, and inputs are never replaced. Each input
// is streamed frame by frame (read, denoise, append to the outputs' temporary files), so memory
// does not grow with the number of frames; the outputs are renamed into place only when
// complete, so Ctrl-C, a full disk or a frame that cannot be read never leaves a half-written
// output. With --shard K/N it denoises only its share of the inputs (cli/ShardFlag.h).
#include "cli/Command.h"
#include "cli/ConsoleProgress.h"
#include "cli/FitFlags.h"
#include "cli/ShardFlag.h"
#include "image/OutputGuard.h"
#include "image/StackWriter.h"
#include "workflow/DenoiseOutputs.h"
#include "workflow/DenoisingJob.h"

#include <filesystem>
#include <string>
#include <vector>

namespace pgd {

class FrameSource;

class DenoiseCommand : public Command {
public:
  explicit DenoiseCommand(CLI::App& parent);
  void run(CliContext& context) override;

private:
  std::vector<FrameFit> denoiseStreamed(const DenoisingJob& job, FrameSource& source,
                                        const DenoiseOutputs& o, const WriteOptions& writeOptions,
                                        const OutputRules& textOptions, ConsoleProgress& progress,
                                        const std::string& done,
                                        std::vector<std::filesystem::path>& written) const;

  std::vector<std::string> m_inputs;
  std::string m_model;
  std::string m_outputDir;
  bool m_mu = false;
  bool m_uncertainty = false;
  bool m_noCsv = false;
  std::string m_dtype = "float32";
  bool m_overwrite = false;
  int m_tile = 0;
  bool m_predictedVariance = false;
  bool m_predictedMean = false;
  int m_transforms = 1;
  std::string m_device = "auto";
  std::string m_precision = "auto";
  FitFlags m_fit;
  ShardFlag m_shard;
};

} // namespace pgd
