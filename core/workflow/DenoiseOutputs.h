#pragma once
// DenoiseOutputs: the files one denoised input becomes, as `pgdenoise denoise` and the
// workbench's batch denoise both name and write them: <stem>_denoised.tif, optionally
// <stem>_mu.tif and <stem>_uncertainty.tif, and the per-frame noise table <stem>_noise.csv, next
// to the input or in one output folder. Planning refuses outputs that would replace an input or
// that two inputs would share; writing follows image/OutputGuard.h (temporary file renamed into
// place, inputs never replaced) and removes what it created when a later file fails, so an
// input's outputs appear together or not at all. Safe from any thread.
#include "image/StackGeometry.h"
#include "image/StackWriter.h"
#include "infer/Denoiser.h"

#include <filesystem>
#include <string>
#include <vector>

namespace pgd {

struct DenoiseOutputs {
  std::filesystem::path input;
  std::filesystem::path denoised;
  std::filesystem::path mu;          // empty: not written
  std::filesystem::path uncertainty; // empty: not written
  std::filesystem::path csv;         // empty: not written
};

struct DenoiseOutputChoice {
  bool mu = false;
  bool uncertainty = false;
  bool csv = true;
};

// The outputs of every input in `outputDir` (empty: each input's folder). Throws Error(Output)
// when the folder is missing or not a folder, an output would replace an input, or two inputs
// would write the same output.
std::vector<DenoiseOutputs> planDenoiseOutputs(const std::vector<std::filesystem::path>& inputs,
                                               const std::filesystem::path& outputDir,
                                               const DenoiseOutputChoice& choice);

// Throws Error(Output) when one of the planned files may not be written under `options`.
void checkDenoiseOutputs(const DenoiseOutputs& outputs, const WriteOptions& options);

// The per-frame noise table: one row per frame (hyperstacks add channel, slice and time), the
// fits in normalised and raw units as the denoiser used them.
std::string noiseTableCsv(const DenoiseResult& result, const StackGeometry& geometry);

// Writes the planned files of one input from `result` (`geometry`: the noisy input's) and returns
// them in the order written. On a failure removes the files this call created and rethrows.
std::vector<std::filesystem::path> writeDenoiseOutputs(const DenoiseResult& result,
                                                       const StackGeometry& geometry,
                                                       const DenoiseOutputs& outputs,
                                                       const WriteOptions& options);

} // namespace pgd
