#pragma once
// The noise echo guard's margin (train/NoiseEcho.h), on its own so that TrainingConfig, which
// the workbench includes, need not include LibTorch.

namespace pgd {

// A validation whose echo exceeds the least echo of the run so far by more than this does not
// count as an improvement: the network has started to copy the noise. Measured runs
// (docs/NOISE_FIT.md, "The noise echo"): on BPAE G the echo drifts up by about 0.01 over 3,000
// steps while nothing leaks, then climbs by 0.07 within 500 steps as the extrapolation sets in;
// on BPAE B, whose noise still correlates three pixels apart, it climbs slowly, and 0.03 kept
// a better checkpoint there than 0.02 or 0.05.
constexpr double kNoiseEchoMargin = 0.03;

// A validation whose held-out loss the next validation lowers by more than this does not set the
// echo the guard compares against: the network was still learning the image's coarse structure,
// and follows fine structure (the probe's, and the image's) less than it will once it has learnt
// the signal. Measured (docs/NOISE_FIT.md, "The noise echo"): FMD widefield BPAE R's first
// validation (step 100) echoed 0.008 and the next 0.060 with its loss 0.227 lower; comparing
// with 0.008 kept the step-100 model (posterior 25.30 dB) where step 200 scores 27.59 dB. BPAE B's
// and G's first validations are followed by drops of 0.082 and 0.024 and stay the reference.
constexpr double kNoiseEchoBaselineLossDrop = 0.15;

} // namespace pgd
