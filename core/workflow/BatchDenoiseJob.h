#pragma once
// BatchDenoiseJob: denoises a list of image files one after the other with one model and writes
// each input's outputs as `pgdenoise denoise` names them (workflow/DenoiseOutputs.h:
// <stem>_denoised.tif and <stem>_noise.csv, next to the input or in one folder; existing files
// and inputs are never replaced). Unlike the command line it goes on after a file that fails (it
// cannot be read, or an output exists) and reports every file's fate at the end. Progress runs
// once over all files; a cancel stops before the next tile and writes nothing for the file in
// progress (outputs are written only after a file is fully denoised). The workbench's batch
// denoise runs it on its worker thread; runs on the calling thread, and the model must not be
// used elsewhere at the same time.
#include "infer/Denoiser.h"
#include "job/ProgressSink.h"
#include "nn/Model.h"

#include <filesystem>
#include <string>
#include <vector>

namespace pgd {

struct BatchDenoiseReport {
  std::vector<std::filesystem::path> written; // every file written, in order
  struct Failure {
    std::filesystem::path input;
    std::string message; // the core's one line
  };
  std::vector<Failure> failed;
  int finishedInputs = 0; // inputs whose outputs were all written
  int totalInputs = 0;
  bool cancelled = false; // stopped by the user; nothing partial was written
};

class BatchDenoiseJob {
public:
  BatchDenoiseJob(const Model& model, DenoiseOptions options);

  // Expands folders among `inputs` to their images (image/InputFiles.h, pgdenoise's own outputs
  // skipped), plans the outputs in `outputDir` (empty: next to each input) and denoises every
  // file. Throws Error for a list that cannot be planned at all (no images, a missing output
  // folder, two inputs writing the same output); per-file problems go to the report.
  BatchDenoiseReport run(const std::vector<std::string>& inputs,
                         const std::filesystem::path& outputDir, ProgressSink& progress) const;

private:
  const Model& m_model;
  DenoiseOptions m_options;
};

} // namespace pgd
