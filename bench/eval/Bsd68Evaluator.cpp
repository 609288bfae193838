#include "Bsd68Evaluator.h"

#include "PsnrConvention.h"
#include "image/StackReader.h"
#include "infer/Denoiser.h"
#include "job/Error.h"
#include "noise/PoissonGaussianNoise.h"

#include <algorithm>
#include <filesystem>
#include <ostream>

#include <fmt/format.h>

namespace pgd {

namespace fs = std::filesystem;

namespace {

constexpr double kSigma = 25.0;

std::vector<fs::path> pngsIn(const fs::path& folder) {
  std::vector<fs::path> files;
  if (fs::is_directory(folder))
    for (const auto& e : fs::directory_iterator(folder))
      if (e.path().extension() == ".png")
        files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

ImageStack noisyCopy(const ImageStack& clean, std::uint64_t seed) {
  SynthesisOptions o;
  o.seed = seed;
  ImageStack noisy = addPoissonGaussianNoise(clean, {0.0, kSigma * kSigma}, o);
  noisy.metadata().sourceType = PixelType::Float32;
  return noisy;
}

} // namespace

Bsd68Evaluator::Bsd68Evaluator(const EvalSettings& settings, const EvalTrainer& trainer,
                               std::ostream& log)
    : m_settings(settings), m_trainer(trainer), m_log(log) {}

std::vector<ScoreRow> Bsd68Evaluator::evaluate() const {
  const auto trainFiles = pngsIn(m_settings.dataDir / "BSD_Train400");
  auto testFiles = pngsIn(m_settings.dataDir / "BSD68");
  if (trainFiles.empty() || testFiles.empty())
    throw Error(ErrorKind::Input, "BSD68: BSD_Train400 or BSD68 folder missing or empty");
  if (m_settings.bsd68Images > 0 && std::size_t(m_settings.bsd68Images) < testFiles.size())
    testFiles.resize(std::size_t(m_settings.bsd68Images));
  std::vector<ImageStack> train;
  std::uint64_t seed = m_settings.seed * 7919;
  for (const auto& f : trainFiles)
    train.push_back(noisyCopy(readImageStack(f), seed++));
  m_log << fmt::format("bsd68: {} noisy training crops, {} test images, sigma {:g}\n", train.size(),
                       testFiles.size(), kSigma)
        << std::flush;
  const TrainingResult ours = m_trainer.train(train, EvalModelKind::Uncalibrated, "bsd68 ours");
  const TrainingResult n2v = m_trainer.train(train, EvalModelKind::N2V, "bsd68 n2v");

  std::vector<ScoreRow> rows;
  NullProgress quiet;
  DenoiseOptions options = m_settings.denoiseOptions();
  options.wantMu = true;
  for (const auto& f : testFiles) {
    const ImageStack clean = readImageStack(f);
    const ImageStack noisy = noisyCopy(clean, seed++);
    const DenoiseResult out = Denoiser(ours.model, options).denoise(noisy, quiet);
    const DenoiseResult n2vOut =
        Denoiser(n2v.model, m_settings.denoiseOptions()).denoise(noisy, quiet);
    const auto add = [&](const std::string& method, const ImageStack& result,
                         const TrainingResult* model) {
      const ImageScore s = scoreImage(result, clean, PsnrConvention::Range255);
      ScoreRow r;
      r.set = "bsd68";
      r.image = f.stem().string();
      r.method = method;
      r.convention = toString(PsnrConvention::Range255);
      r.psnr = s.psnr;
      r.ssim = s.ssim;
      r.plainPsnr = s.plainPsnr;
      r.preset = m_settings.preset;
      r.device = model ? model->model.device() : "cpu";
      if (model) {
        r.trainSteps = model->steps;
        r.bestStep = model->bestStep;
        r.trainSeconds = model->model.info().trainingSeconds;
        r.stopReason = model->stopReason;
      }
      if (method == "ours-posterior") {
        r.aNorm = out.fits.front().normalised.a;
        r.bNorm = out.fits.front().normalised.b;
        r.aRaw = out.fits.front().raw.a;
        r.bRaw = out.fits.front().raw.b;
        r.noiseSource = "auto: " + out.fits.front().normalised.method + " fit";
      }
      rows.push_back(r);
    };
    add("noisy", noisy, nullptr);
    add("n2v", n2vOut.posterior, &n2v);
    add("ours-mu", out.mu, &ours);
    add("ours-posterior", out.posterior, &ours);
    m_log << fmt::format("  {}: noisy {:.2f}  n2v {:.2f}  mu {:.2f}  posterior {:.2f} dB\n",
                         f.stem().string(), rows[rows.size() - 4].psnr, rows[rows.size() - 3].psnr,
                         rows[rows.size() - 2].psnr, rows.back().psnr)
          << std::flush;
  }
  return rows;
}

} // namespace pgd
