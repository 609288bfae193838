#include "cli/SimulateCommand.h"

#include "cli/Plural.h"
#include "image/Normalization.h"
#include "image/StackReader.h"
#include "image/StackWriter.h"
#include "job/Error.h"
#include "noise/NoiseUnitsText.h"
#include "noise/PoissonGaussianNoise.h"
#include "sample/SamplePhantom.h"

#include <fmt/format.h>

namespace pgd {

SimulateCommand::SimulateCommand(CLI::App& parent)
    : Command(parent, "simulate",
              "Add Poisson-Gaussian noise (var = a*x + b) to a clean image or to the built-in "
              "phantom",
              "  pgdenoise simulate clean.tif -o noisy.tif --lambda 30 --sigma 10\n"
              "  pgdenoise simulate clean.tif -o noisy.tif --a 0.01 --b 0.0004\n"
              "  pgdenoise simulate --phantom --size 256 --frames 4 -o noisy.tif "
              "--clean-output clean.tif --a 0.02 --b 0.001 --dtype source") {
  auto& a = app();
  a.add_option("input", m_input, "Clean image (TIFF or PNG); omit with --phantom");
  a.add_option("-o,--output", m_output, "Noisy image to write (.tif, .tiff or .png)")->required();
  a.add_option("--clean-output", m_cleanOutput, "Also write the clean image here");
  a.add_flag("--phantom", m_phantom,
             "Use the built-in fluorescence phantom (cells, nuclei, filaments) as clean image");
  a.add_option_function<int>(
       "--size", [this](int s) { m_width = m_height = s; }, "Phantom width and height")
      ->check(CLI::Range(16, 16384));
  a.add_option("--width", m_width, "Phantom width")->check(CLI::Range(16, 16384));
  a.add_option("--height", m_height, "Phantom height")->check(CLI::Range(16, 16384));
  a.add_option("--frames", m_frames, "Phantom frames")->check(CLI::Range(1, 10000));
  a.add_option("--raw-scale", m_rawScale, "Phantom raw units: raw = offset + scale * x")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  a.add_option("--raw-offset", m_rawOffset, "Phantom raw offset")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  auto* oa =
      a.add_option("--a", m_a, "Signal-dependent noise scale a")->check(CLI::NonNegativeNumber);
  auto* ob = a.add_option("--b", m_b, "Signal-independent noise variance b")
                 ->check(CLI::NonNegativeNumber);
  auto* ol = a.add_option("--lambda", m_lambda, "Paper level lambda (a = 1/lambda)")
                 ->check(CLI::PositiveNumber);
  auto* os = a.add_option("--sigma", m_sigma, "Paper level sigma (b = (sigma/255)^2)")
                 ->check(CLI::NonNegativeNumber);
  ol->excludes(oa);
  os->excludes(ob);
  a.add_flag("--raw-units", m_rawUnits,
             "--a/--b are in the image's raw units (default: normalised units, the paper's)");
  a.add_flag("--clip", m_clip, "Clip noisy values to [0, 1] normalised (saturating sensor)");
  a.add_option("--seed", m_seed, "Random seed")->capture_default_str();
  a.add_option("--dtype", m_dtype, "Output sample type: float32 or source (input's type)")
      ->check(CLI::IsMember({"float32", "source"}))
      ->capture_default_str();
  a.add_flag("--overwrite", m_overwrite, "Replace existing output files (never inputs)");
}

void SimulateCommand::run(CliContext& context) {
  if (m_phantom == !m_input.empty())
    throw Error(ErrorKind::Usage, "simulate: give either a clean input image or --phantom");
  const bool haveAB = m_a >= 0.0 || m_b >= 0.0;
  const bool haveLevels = m_lambda > 0.0 || m_sigma >= 0.0;
  if (haveAB == haveLevels)
    throw Error(ErrorKind::Usage, "simulate: give the noise as --a/--b or as --lambda/--sigma");
  if (haveLevels && m_rawUnits)
    throw Error(ErrorKind::Usage, "simulate: --raw-units applies to --a/--b only");

  WriteOptions writeOptions;
  writeOptions.overwrite = m_overwrite;
  writeOptions.pixelType = m_dtype == "source" ? OutputPixelType::Source : OutputPixelType::Float32;
  if (!m_input.empty())
    writeOptions.protectedInputs.push_back(m_input);
  checkWritable(m_output, writeOptions);
  if (!m_cleanOutput.empty()) {
    checkWritable(m_cleanOutput, writeOptions);
    if (std::filesystem::weakly_canonical(m_cleanOutput) ==
        std::filesystem::weakly_canonical(m_output))
      throw Error(ErrorKind::Usage, "simulate: --output and --clean-output are the same file");
  }

  ImageStack clean;
  Normalization norm;
  if (m_phantom) {
    PhantomOptions po;
    po.width = m_width;
    po.height = m_height;
    po.frames = m_frames;
    clean = makeCleanPhantom(po);
    norm.scale = m_rawScale;
    norm.offset = m_rawOffset;
    for (auto& v : clean.values())
      v = static_cast<float>(norm.toRawValue(v));
    clean.metadata().sourceType = PixelType::UInt16;
  } else {
    clean = readImageStack(m_input);
    norm = Normalization::fromData(clean);
    const auto [lo, hi] = clean.minMax();
    if (lo == hi && !m_rawUnits)
      throw Error(ErrorKind::Input,
                  fmt::format("{}: the clean image is constant ({}), so normalised units are "
                              "undefined; give --a/--b with --raw-units",
                              m_input, lo));
  }

  NoiseParams normalised;
  if (haveLevels) {
    normalised = NoiseParams::fromPaperLevels(m_lambda > 0.0 ? m_lambda : 0.0,
                                              m_sigma >= 0.0 ? m_sigma : 0.0);
  } else {
    const NoiseParams given{m_a >= 0.0 ? m_a : 0.0, m_b >= 0.0 ? m_b : 0.0};
    normalised = m_rawUnits ? norm.toNormalisedParams(given) : given;
    if (normalised.a < 0.0 || normalised.b < 0.0)
      throw Error(ErrorKind::Usage,
                  fmt::format("simulate: raw a={}, b={} give negative normalised noise "
                              "(a={:.6g}, b={:.6g}) for this image's offset",
                              given.a, given.b, normalised.a, normalised.b));
  }

  ImageStack noisy = norm.normalised(clean);
  SynthesisOptions so;
  so.seed = m_seed;
  so.clipToUnitRange = m_clip;
  addPoissonGaussianNoise(noisy.values().data(), noisy.values().data(), noisy.size(), normalised,
                          so);
  norm.toRawValues(noisy.values().data(), noisy.size(), noisy.values().data());

  writeImageStack(noisy, m_output, writeOptions);
  if (!m_cleanOutput.empty())
    writeImageStack(clean, m_cleanOutput, writeOptions);

  const NoiseParams raw = norm.toRaw(normalised);
  context.out << fmt::format("wrote {} ({} {}x{})\n", m_output, countOf(noisy.frames(), "frame"),
                             noisy.width(), noisy.height());
  if (!m_cleanOutput.empty())
    context.out << fmt::format("wrote {}\n", m_cleanOutput);
  // Raw first, then the normalised units fit-noise reports for the written file (its own
  // Normalization::fromData). The noise was drawn in the clean image's normalised units, which
  // differ from those when the noise widens the percentiles: that line says so.
  const Normalization written = Normalization::fromData(readImageStack(m_output));
  context.out << fmt::format("noise: {}\n",
                             noiseUnitsText(raw, written.toNormalisedParams(raw), 6));
  context.out << fmt::format("drawn as a={:.6g} b={:.6g} on the clean image mapped by raw = {:.6g} "
                             "* x {:+.6g}; fit-noise normalises by raw = {:.6g} * x {:+.6g}\n",
                             normalised.a, normalised.b, norm.scale, norm.offset, written.scale,
                             written.offset);
}

} // namespace pgd
