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

} // namespace pgd
