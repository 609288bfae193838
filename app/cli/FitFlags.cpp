#include "cli/FitFlags.h"

#include "job/Error.h"

namespace pgd {

void FitFlags::add(CLI::App& app, bool allowFixed) {
  std::vector<std::string> variants{"full", "gaussian", "poisson"};
  if (allowFixed)
    variants.push_back("fixed");
  app.add_option("--variant", m_variant,
                 allowFixed ? "Noise model fitted per image: full (a and b), gaussian (a = 0), "
                              "poisson (b = 0), fixed (use --fixed-a/--fixed-b, calibrated "
                              "camera)"
                            : "Noise model fitted per image: full (a and b), gaussian (a = 0), "
                              "poisson (b = 0)")
      ->check(CLI::IsMember(variants))
      ->capture_default_str();
  app.add_option("--mask", m_mask,
                 "Pixels used by the fit: auto (every pixel with the local residual, mu with "
                 "the paper's), mu (2%..97% percentiles of the clean estimate), noisy (the "
                 "paper's cut on noisy values), none")
      ->check(CLI::IsMember({"auto", "mu", "noisy", "none"}))
      ->capture_default_str();
  app.add_option("--residual", m_residual,
                 "What the fit reads as each pixel's noise: auto (per frame: local where the "
                 "frame's noise measures as independent from pixel to pixel, else pseudo-clean), "
                 "pseudo-clean (the paper: y - mu) or local (a second difference of the noisy "
                 "image, at level mu; not misled by an undertrained mu, assumes "
                 "pixel-independent noise)")
      ->check(CLI::IsMember({"auto", "pseudo-clean", "local"}))
      ->capture_default_str();
  app.add_flag("--exact", m_exact, "Exact per-pixel objective instead of the binned fast path");
  if (allowFixed) {
    app.add_option("--fixed-a", m_fixedA, "a for --variant fixed")->check(CLI::NonNegativeNumber);
    app.add_option("--fixed-b", m_fixedB, "b for --variant fixed")->check(CLI::NonNegativeNumber);
    app.add_flag("--raw-units", m_rawUnits,
                 "--fixed-a/--fixed-b are in raw image units (default: normalised units)");
  }
}

NoiseFitOptions FitFlags::options() const {
  NoiseFitOptions o;
  if (m_variant == "gaussian")
    o.variant = FitVariant::GaussianOnly;
  else if (m_variant == "poisson")
    o.variant = FitVariant::PoissonOnly;
  else if (m_variant == "fixed")
    o.variant = FitVariant::Fixed;
  if (m_mask == "mu")
    o.mask = FitMask::CleanPercentile;
  else if (m_mask == "noisy")
    o.mask = FitMask::NoisyPercentile;
  else if (m_mask == "none")
    o.mask = FitMask::None;
  if (m_residual == "local")
    o.residual = FitResidual::LocalDifference;
  else if (m_residual == "pseudo-clean")
    o.residual = FitResidual::PseudoClean;
  o.binned = !m_exact;
  if (fixed()) {
    if (m_fixedA < 0.0 || m_fixedB < 0.0)
      throw Error(ErrorKind::Usage, "--variant fixed needs --fixed-a and --fixed-b");
    o.fixed = {m_fixedA, m_fixedB};
  } else if (m_fixedA >= 0.0 || m_fixedB >= 0.0) {
    throw Error(ErrorKind::Usage, "--fixed-a/--fixed-b need --variant fixed");
  }
  return o;
}

} // namespace pgd
