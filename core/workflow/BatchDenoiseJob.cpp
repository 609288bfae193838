#include "workflow/BatchDenoiseJob.h"

#include "image/InputFiles.h"
#include "image/StackReader.h"
#include "job/Error.h"
#include "workflow/DenoiseOutputs.h"
#include "workflow/DenoisingJob.h"

#include <fmt/format.h>

namespace pgd {
namespace fs = std::filesystem;
namespace {

// Maps one file's progress (0..1) onto its share of the whole batch and names the file.
class FileShareProgress : public ProgressSink {
public:
  FileShareProgress(ProgressSink& inner, std::size_t index, std::size_t count, std::string name)
      : m_inner(inner), m_index(index), m_count(count), m_name(std::move(name)) {}
  bool report(const ProgressUpdate& update) override {
    ProgressUpdate batch = update;
    batch.fraction = (double(m_index) + update.fraction) / double(m_count);
    batch.stage = fmt::format("{}/{} {}: {}", m_index + 1, m_count, m_name, update.stage);
    return m_inner.report(batch);
  }

private:
  ProgressSink& m_inner;
  std::size_t m_index;
  std::size_t m_count;
  std::string m_name;
};

} // namespace

BatchDenoiseJob::BatchDenoiseJob(const Model& model, DenoiseOptions options)
    : m_model(model), m_options(std::move(options)) {}

BatchDenoiseReport BatchDenoiseJob::run(const std::vector<std::string>& inputs,
                                        const fs::path& outputDir, ProgressSink& progress) const {
  const std::vector<fs::path> files = collectImageFiles(inputs, true);
  DenoiseOutputChoice choice;
  choice.mu = m_options.wantMu;
  choice.uncertainty = m_options.wantUncertainty;
  const std::vector<DenoiseOutputs> plan = planDenoiseOutputs(files, outputDir, choice);
  WriteOptions writeOptions;
  writeOptions.protectedInputs = files;

  BatchDenoiseReport report;
  report.totalInputs = int(plan.size());
  const DenoisingJob job(m_model, m_options);
  for (std::size_t i = 0; i < plan.size(); ++i) {
    const DenoiseOutputs& outputs = plan[i];
    FileShareProgress share(progress, i, plan.size(), outputs.input.filename().string());
    try {
      checkDenoiseOutputs(outputs, writeOptions);
      const ImageStack noisy = readImageStack(outputs.input);
      const DenoiseResult result = job.run(noisy, share);
      const auto written = writeDenoiseOutputs(result, noisy.geometry(), outputs, writeOptions);
      report.written.insert(report.written.end(), written.begin(), written.end());
      ++report.finishedInputs;
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::Cancelled) {
        report.cancelled = true;
        return report;
      }
      report.failed.push_back({outputs.input, e.what()});
    }
  }
  return report;
}

} // namespace pgd
