#pragma once
// SamplePhantom: a deterministic fluorescence-like test scene (cells with cytoplasm, textured
// nuclei, thin bright filaments, blurred by a Gaussian PSF) and the bundled sample made from it:
// a 16-bit stack with Poisson-Gaussian noise at known a,b. Used by ./run.sh, the GUI's
// "Open sample", tests and benchmarks. Pure computation; safe from any thread.
#include "image/ImageStack.h"
#include "image/Normalization.h"
#include "noise/PoissonGaussianNoise.h"

#include <cstdint>
#include <filesystem>

namespace pgd {

struct PhantomOptions {
  int width = 512;
  int height = 512;
  int frames = 1;
  std::uint64_t seed = 7;
  double bleachPerFrame = 0.04; // relative intensity loss per frame (photobleaching)
};

// Clean scene in normalised units, values in [0, 1].
ImageStack makeCleanPhantom(const PhantomOptions& options = {});

struct SampleSpec {
  PhantomOptions phantom{512, 512, 4, 7, 0.04};
  NoiseParams noise{1.0 / 30.0, (10.0 / 255.0) * (10.0 / 255.0)}; // lambda 30, sigma 10
  double rawScale = 4000.0;  // raw = rawOffset + rawScale * normalised
  double rawOffset = 1000.0; // a camera-like offset well above the read noise (no clipping at 0)
  std::uint64_t noiseSeed = 11;
};

struct Sample {
  ImageStack noisy; // uint16 source type, raw units
  ImageStack clean; // float, raw units
  SampleSpec spec;
};

Sample makeSample(const SampleSpec& spec = {});

// The sample's true noise in raw units, and in the normalised units pgdenoise uses for a model
// trained on it and for fit-noise (Normalization::fromData of the noisy stack), so a user can
// compare it with what those report. (The synthesis itself ran in SampleSpec's own units.)
struct SampleNoise {
  NoiseParams raw;
  NoiseParams normalised;
  Normalization normalization;
};
SampleNoise trueNoise(const Sample& sample);

// Writes <dir>/pgd_sample.tif (noisy, 16-bit), <dir>/pgd_sample_clean.tif (float32) and
// <dir>/pgd_sample.json (true a,b in raw units and in the units of trueNoise()). Overwrites its
// own files only. Returns the true noise.
SampleNoise writeSample(const std::filesystem::path& dir, const SampleSpec& spec = {});

} // namespace pgd
