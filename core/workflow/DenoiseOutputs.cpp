#include "workflow/DenoiseOutputs.h"

#include "image/TextOutput.h"
#include "job/Error.h"
#include "noise/NoiseFitter.h"

#include <fmt/format.h>

#include <cmath>
#include <set>

namespace pgd {
namespace fs = std::filesystem;
namespace {

// A number as the command line's CSV tables write one: full precision, nothing for a value never
// measured (NaN) or infinite.
std::string number(double value) {
  return std::isfinite(value) ? fmt::format("{}", value) : std::string();
}

// Removes the files of one input's output group that this call created, unless committed.
class CreatedFiles {
public:
  void add(const fs::path& path) { m_paths.push_back(path); }
  std::vector<fs::path> commit() { return std::exchange(m_paths, {}); }
  ~CreatedFiles() {
    std::error_code ec;
    for (const auto& p : m_paths)
      fs::remove(p, ec);
  }

private:
  std::vector<fs::path> m_paths;
};

} // namespace

std::vector<DenoiseOutputs> planDenoiseOutputs(const std::vector<fs::path>& inputs,
                                               const fs::path& outputDir,
                                               const DenoiseOutputChoice& choice) {
  if (!outputDir.empty()) {
    std::error_code ec;
    if (!fs::exists(outputDir, ec))
      throw Error(ErrorKind::Output,
                  fmt::format("{}: output folder does not exist", outputDir.string()));
    if (!fs::is_directory(outputDir, ec))
      throw Error(ErrorKind::Output,
                  fmt::format("{}: output folder is not a folder", outputDir.string()));
  }
  std::vector<DenoiseOutputs> plan;
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
    const fs::path dir = outputDir.empty() ? in.parent_path() : outputDir;
    const std::string stem = in.stem().string();
    DenoiseOutputs o;
    o.input = in;
    o.denoised = dir / (stem + "_denoised.tif");
    claim(o.denoised, in);
    if (choice.mu) {
      o.mu = dir / (stem + "_mu.tif");
      claim(o.mu, in);
    }
    if (choice.uncertainty) {
      o.uncertainty = dir / (stem + "_uncertainty.tif");
      claim(o.uncertainty, in);
    }
    if (choice.csv) {
      o.csv = dir / (stem + "_noise.csv");
      claim(o.csv, in);
    }
    plan.push_back(o);
  }
  return plan;
}

void checkDenoiseOutputs(const DenoiseOutputs& outputs, const WriteOptions& options) {
  for (const auto& p : {outputs.denoised, outputs.mu, outputs.uncertainty})
    if (!p.empty())
      checkWritable(p, options);
  if (!outputs.csv.empty())
    checkOutputPath(outputs.csv, OutputRules{options.overwrite, options.protectedInputs});
}

std::string noiseTableCsv(const DenoiseResult& result, const StackGeometry& geometry) {
  const bool hyperstack = geometry.isHyperstack();
  std::string csv = hyperstack ? "frame,channel,slice,time" : "frame";
  // Raw image units first; a_norm, b_norm in the model's normalised units (docs/NOISE_FIT.md).
  csv +=
      ",a_raw,b_raw,a_norm,b_norm,method,pixels,converged,clipped_low,clipped_high,variance_scale,"
      "flags\n";
  for (std::size_t f = 0; f < result.fits.size(); ++f) {
    const FrameFit& fit = result.fits[f];
    const NoiseFitResult& n = fit.normalised;
    csv += std::to_string(f);
    if (hyperstack) {
      const FramePosition p = geometry.positionOf(int(f));
      csv += fmt::format(",{},{},{}", p.channel, p.slice, p.timePoint);
    }
    csv += "," + number(fit.raw.a) + "," + number(fit.raw.b) + "," + number(n.a) + "," +
           number(n.b) + "," + csvField(fitMethodLabel(n)) + "," + std::to_string(n.pixelsUsed) +
           "," + (n.converged ? "true" : "false") + "," + number(n.clippedLowFraction) + "," +
           number(n.clippedHighFraction) + "," + number(fit.varianceScale) + "," +
           csvField(noiseFitFlags(n)) + "\n";
  }
  return csv;
}

std::vector<fs::path> writeDenoiseOutputs(const DenoiseResult& result,
                                          const StackGeometry& geometry,
                                          const DenoiseOutputs& outputs,
                                          const WriteOptions& options) {
  CreatedFiles created;
  std::vector<fs::path> written;
  auto record = [&](const fs::path& path, bool existed) {
    if (!existed)
      created.add(path);
    written.push_back(path);
  };
  auto writeImage = [&](const ImageStack& stack, const fs::path& path) {
    if (path.empty() || stack.empty())
      return;
    const bool existed = fs::exists(path);
    writeImageStack(stack, path, options);
    record(path, existed);
  };
  writeImage(result.posterior, outputs.denoised);
  writeImage(result.mu, outputs.mu);
  writeImage(result.uncertainty, outputs.uncertainty);
  if (!outputs.csv.empty()) {
    const bool existed = fs::exists(outputs.csv);
    writeTextAtomically(outputs.csv, noiseTableCsv(result, geometry),
                        OutputRules{options.overwrite, options.protectedInputs});
    record(outputs.csv, existed);
  }
  created.commit();
  return written;
}

} // namespace pgd
