#pragma once
// DenoiseCommand: `pgdenoise denoise`: denoises images and stacks with a trained model (tiled
// prediction, per-frame a,b fit, posterior mean). For each input <stem>.tif it writes
// <stem>_denoised.tif and optionally <stem>_mu.tif, <stem>_uncertainty.tif and <stem>_noise.csv
// (per-frame a,b in normalised and raw units) into --output-dir (default: the input's folder).
// Every output is checked before any work starts; existing files are kept unless --overwrite, and
// inputs are never replaced. Files are written atomically, so Ctrl-C or a full disk never leaves
// a half-written output. With --shard K/N it denoises only its share of the inputs
// (cli/ShardFlag.h).
#include "cli/Command.h"
#include "cli/FitFlags.h"
#include "cli/ShardFlag.h"

#include <filesystem>
#include <string>
#include <vector>

namespace pgd {

class DenoiseCommand : public Command {
public:
  explicit DenoiseCommand(CLI::App& parent);
  void run(CliContext& context) override;

private:
  struct Outputs {
    std::filesystem::path input;
    std::filesystem::path denoised;
    std::filesystem::path mu;
    std::filesystem::path uncertainty;
    std::filesystem::path csv;
  };
  std::vector<Outputs> planOutputs(const std::vector<std::filesystem::path>& inputs) const;

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
  std::string m_device = "auto";
  std::string m_precision = "auto";
  FitFlags m_fit;
  ShardFlag m_shard;
};

} // namespace pgd
