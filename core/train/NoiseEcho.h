#pragma once
// The noise echo of a network that hides more than the pixel (NetworkSpec::blindSpot > 1): how
// much of a probe that looks like the image's own noise the prediction at each pixel copies from
// the probe's values around the hidden square. Such a network is trained on noise correlated
// between neighbours and can learn to extrapolate that noise across its blind spot; the held-out
// loss counts the copied noise as a gain while the denoised image gets worse (docs/NOISE_FIT.md,
// "Correlated noise"). The echo sees it without clean data.
//
// The probe is the window's fine structure (the window less a Gaussian blur of sigma
// kNoiseEchoBlurSigma), shifted by half the window in both directions, so it carries the noise's
// correlation between neighbours but none of the pixel's own noise, scaled to
// kNoiseEchoProbeFraction times the window's noise scale (train/ValidationNoise.h). The echo is
// the regression slope of mu's change on the probe, sum(dmu * z) / sum(z * z), over the scored
// pixels (train/ValidationScoring.cpp). Measured on FMD widefield BPAE G: about 0.01 for models
// that predict the signal only, 0.24-0.26 for models whose mu copies part of the pixel's own noise
// (correlation +0.44 with it), within 0.02 of the slope for the true noise of another part of the
// image. On images with little noise the probe's share of signal adds to it, so the trainer
// compares a run's echoes with each other, not with zero. Any thread; no state.
#include "train/NoiseEchoMargin.h"

#include <torch/torch.h>

#include <limits>

namespace pgd {

constexpr double kNoiseEchoBlurSigma = 8.0;
constexpr double kNoiseEchoProbeFraction = 0.5;

// The probe for `window` (N x 1 x H x W, float, any device).
torch::Tensor noiseEchoProbe(const torch::Tensor& window);

// The trainer's rule, one per run, fed every validation's echo and held-out loss in order:
// admits() says whether that checkpoint may count as an improvement. Its echo must be at most the
// reference plus `margin` (kNoiseEchoMargin unless a test asks otherwise); the reference is the
// least echo of the earlier validations that were not followed by a drop in the held-out loss of
// more than kNoiseEchoBaselineLossDrop (an undertrained network's low echo is no reference), and
// a checkpoint is admitted while there is no reference yet. A NaN echo (a one-pixel blind spot)
// is always admitted and changes nothing.
class NoiseEchoGuard {
public:
  NoiseEchoGuard() = default;
  explicit NoiseEchoGuard(double margin) : m_margin(margin) {}
  bool admits(double echo, double loss);
  // The reference so far (infinity before there is one).
  double leastEcho() const { return m_least; }

private:
  double m_margin = kNoiseEchoMargin;
  double m_least = std::numeric_limits<double>::infinity();
  // The previous validation's echo and loss, which join the reference once the next loss is known.
  double m_pendingEcho = std::numeric_limits<double>::quiet_NaN();
  double m_pendingLoss = std::numeric_limits<double>::quiet_NaN();
};

} // namespace pgd
