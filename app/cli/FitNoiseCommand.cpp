#include "cli/FitNoiseCommand.h"

#include "cli/FrameColumns.h"
#include "cli/Table.h"
#include "image/FrameSource.h"
#include "image/InputFiles.h"
#include "image/Normalization.h"
#include "image/NormalizationSampling.h"
#include "image/StackReader.h"
#include "job/Error.h"
#include "noise/FoiEstimator.h"
#include "noise/GroundTruthFit.h"
#include "workflow/DenoisingJob.h"

#include <fmt/format.h>

#include <memory>
#include <optional>

namespace pgd {
namespace {

// The table's rows, kept until every file is read: the channel/slice/time columns
// (cli/FrameColumns.h) appear when any input is a hyperstack.
class FitRows {
public:
  void add(const std::string& file, const StackGeometry& g, int frame, const NoiseFitResult& n,
           NoiseParams raw) {
    m_rows.push_back({file, g, frame, n, raw});
    m_hyperstack = m_hyperstack || g.isHyperstack();
  }

  Table table() const {
    std::vector<std::string> columns = {"file"};
    for (std::string& c : frameColumns(m_hyperstack))
      columns.push_back(std::move(c));
    // Raw image units first; a_norm, b_norm in the normalised units (docs/NOISE_FIT.md, "Units").
    columns.insert(columns.end(), {"method", "a_raw", "b_raw", "a_norm", "b_norm", "pixels",
                                   "converged", "clipped_low", "clipped_high", "flags"});
    Table table(columns);
    for (const Row& r : m_rows) {
      std::vector<nlohmann::ordered_json> row = {r.file};
      for (auto& cell : frameCells(r.geometry, r.frame, m_hyperstack))
        row.push_back(std::move(cell));
      const NoiseFitResult& n = r.fit;
      row.insert(row.end(),
                 {fitMethodLabel(n), r.raw.a, r.raw.b, n.a, n.b, n.pixelsUsed, n.converged,
                  n.clippedLowFraction, n.clippedHighFraction, noiseFitFlags(n)});
      table.addRow(std::move(row));
    }
    return table;
  }

private:
  struct Row {
    std::string file;
    StackGeometry geometry;
    int frame;
    NoiseFitResult fit;
    NoiseParams raw;
  };
  std::vector<Row> m_rows;
  bool m_hyperstack = false;
};

// One warning line per file whose fit of some frame is flagged (docs/NOISE_FIT.md,
// "Constraints and flags").
void warnFlagged(const CliContext& context, const std::string& file,
                 const std::vector<NoiseFitResult>& fits) {
  const std::string line = flaggedFitsLine(fits);
  if (!line.empty())
    context.warn(fmt::format("{}: {}", file, line));
}

// Frame `frame` of `source` in the units of `norm`.
std::vector<float> normalisedFrame(FrameSource& source, int frame, const Normalization& norm) {
  std::vector<float> v(source.frameSize());
  source.read(frame, v.data());
  norm.toNormalised(v.data(), v.size(), v.data());
  return v;
}

// The raw value of a frame whose pixels all read one value, or nothing. Such a frame holds no
// noise to fit: a file of one such frame is refused, a stack's such frame is flagged
// `constant-frame` (docs/NOISE_FIT.md, "Quality verdict"), as `denoise` does.
std::optional<double> constantRawValue(const std::vector<float>& frame, const Normalization& norm) {
  if (const auto v = constantValue(frame.data(), frame.size()))
    return norm.toRawValue(double(*v));
  return std::nullopt;
}

[[noreturn]] void refuseConstantImage(const std::string& file, double value) {
  throw Error(ErrorKind::Input,
              fmt::format("{}: the image is constant ({:g}), no noise to fit", file, value));
}

// The row of a stack's constant frame (`value` raw), or the error of a file that is one.
NoiseFitResult constantFrameRow(const std::string& file, int frames, double value) {
  if (frames == 1)
    refuseConstantImage(file, value);
  return constantFrameResult(fmt::format("frame is constant ({:g}): no noise to fit", value));
}

} // namespace

FitNoiseCommand::FitNoiseCommand(CLI::App& parent)
    : Command(parent, "fit-noise",
              "Estimate the Poisson-Gaussian noise (a,b) of images: from a model, a clean "
              "reference or Foi's estimator",
              "  pgdenoise fit-noise --model mymodel noisy.tif\n"
              "  pgdenoise fit-noise --clean clean.tif noisy.tif --format json\n"
              "  pgdenoise fit-noise --foi stack.tif --format csv > ab.csv") {
  auto& a = app();
  a.add_option("images", m_inputs, "Noisy images, stacks or folders")->required();
  auto* model = a.add_option("-m,--model", m_model, "Model name in the store, or a model folder");
  auto* clean = a.add_option("--clean", m_clean,
                             "Clean reference (same size; one frame or one per noisy frame)");
  auto* foi = a.add_flag("--foi", m_foi, "Foi et al. 2008 single-image estimator (no model)");
  model->excludes(clean)->excludes(foi);
  clean->excludes(foi);
  a.add_option("--device", m_device, "Where --model runs: auto, cpu or cuda")
      ->check(CLI::IsMember({"auto", "cpu", "cuda"}))
      ->capture_default_str();
  a.add_option("--format", m_format, "Output: table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  m_fit.add(a, false);
  m_shard.add(a);
}

void FitNoiseCommand::run(CliContext& context) {
  if (m_model.empty() && m_clean.empty() && !m_foi)
    throw Error(ErrorKind::Usage, "fit-noise: choose a method: --model, --clean or --foi");
  const auto files = m_shard.pick(collectImageFiles(m_inputs), context);
  const NoiseFitOptions fitOptions = m_fit.options();
  if (m_model.empty() && fitOptions.residual == FitResidual::LocalDifference)
    throw Error(ErrorKind::Usage, "fit-noise: --residual local needs --model (it bins by mu)");
  FitRows rows;

  if (!m_model.empty()) {
    const Model model = DenoisingJob::loadModel(m_model, m_device);
    DenoiseOptions options;
    options.fit = fitOptions;
    options.wantMu = false;
    options.wantUncertainty = false;
    const DenoisingJob job(model, options);
    auto progress = context.progress("fit-noise");
    // Frame by frame (DenoisingJob::runFrames): only the fits are kept, so memory does not grow
    // with the stack.
    for (const auto& file : files) {
      const std::unique_ptr<FrameSource> source = openFrameSource(file);
      progress->setTask(file.filename().string());
      std::vector<NoiseFitResult> fits;
      try {
        job.runFrames(
            *source,
            [&](const DenoisedFrame& d) {
              rows.add(file.string(), source->geometry(), d.index, d.fit.normalised, d.fit.raw);
              fits.push_back(d.fit.normalised);
            },
            *progress);
      } catch (const ConstantImageError& e) {
        // The denoiser refuses it as having nothing to denoise; say what fit-noise lacks, as
        // without a model.
        refuseConstantImage(file.string(), e.value());
      }
      warnFlagged(context, file.string(), fits);
    }
    progress->finish();
  } else if (!m_clean.empty()) {
    // Frame by frame: a first pass for the normalisation (normalizationOfFrames), then one
    // noisy and one clean frame at a time.
    const std::unique_ptr<FrameSource> clean = openFrameSource(m_clean);
    const GroundTruthFit fitter(fitOptions);
    for (const auto& file : files) {
      const std::unique_ptr<FrameSource> noisy = openFrameSource(file);
      if (noisy->width() != clean->width() || noisy->height() != clean->height() ||
          (clean->frames() != 1 && clean->frames() != noisy->frames()))
        throw Error(ErrorKind::Input,
                    fmt::format("{}: size {}x{}x{} does not match the clean reference {} "
                                "({}x{}x{})",
                                file.string(), noisy->width(), noisy->height(), noisy->frames(),
                                m_clean, clean->width(), clean->height(), clean->frames()));
      const Normalization norm = normalizationOfFrames(*noisy);
      std::vector<NoiseFitResult> fits;
      for (int f = 0; f < noisy->frames(); ++f) {
        const auto y = normalisedFrame(*noisy, f, norm);
        const int cf = clean->frames() == 1 ? 0 : f;
        const auto x = normalisedFrame(*clean, cf, norm);
        // One clean level gives one variance, a*x + b, and no way to tell a from b.
        if (const auto v = constantRawValue(x, norm))
          throw Error(ErrorKind::Input,
                      fmt::format("{}: {} is constant ({:g}), so a and b cannot be told apart",
                                  m_clean,
                                  clean->frames() == 1 ? std::string("the clean reference")
                                                       : fmt::format("frame {}", cf + 1),
                                  *v));
        const auto v = constantRawValue(y, norm);
        const NoiseFitResult r = v ? constantFrameRow(file.string(), noisy->frames(), *v)
                                   : fitter.fit(y.data(), x.data(), y.size());
        rows.add(file.string(), noisy->geometry(), f, r, norm.toRaw({r.a, r.b}));
        fits.push_back(r);
      }
      warnFlagged(context, file.string(), fits);
    }
  } else {
    const FoiEstimator estimator;
    for (const auto& file : files) {
      const std::unique_ptr<FrameSource> noisy = openFrameSource(file);
      const Normalization norm = normalizationOfFrames(*noisy);
      std::vector<NoiseFitResult> fits;
      for (int f = 0; f < noisy->frames(); ++f) {
        const auto y = normalisedFrame(*noisy, f, norm);
        NoiseFitResult r;
        if (const auto v = constantRawValue(y, norm)) {
          r = constantFrameRow(file.string(), noisy->frames(), *v);
        } else {
          try {
            r = estimator.estimate(y.data(), noisy->width(), noisy->height());
          } catch (const Error& e) {
            throw Error(e.kind(), fmt::format("{}: {}", file.string(), e.what()));
          }
        }
        rows.add(file.string(), noisy->geometry(), f, r, norm.toRaw({r.a, r.b}));
        fits.push_back(r);
      }
      warnFlagged(context, file.string(), fits);
    }
  }
  rows.table().print(context.out, parseTableFormat(m_format));
}

} // namespace pgd
