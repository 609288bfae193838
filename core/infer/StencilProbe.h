#pragma once
// StencilProbe: measures on the network, level by level, how strongly its mu follows the noise of
// the four pixels the local difference subtracts (noise/StencilCoupling.h), without a clean
// image. mu of a central crop of the frame is predicted as it is, then with small changes: around
// each pixel of a sparse lattice, the four pixels one away (then two away) get +-delta, one random
// sign per lattice pixel. The change of mu at the lattice pixel over its sign and delta is the sum
// of mu's responses to those four pixels, plus the far lattice pixels' changes, which cancel on
// average (random signs) but not in a square: each distance is changed twice with independent
// signs, and the product of the two sums, averaged over the lattice pixels of similar mu, is the
// coupling of that band of levels. delta is a quarter of the crop's noise standard deviation,
// read off its local differences, so the network answers linearly. Five network passes over at
// most kMaxCrop^2 pixels (four when the frame is the crop and its mu is given). Checked against the
// weights regressed on the true noise of synthetic frames (docs/NOISE_FIT.md, "Selection by mu").
// Runs on the calling thread.
#include "infer/TiledPrediction.h"
#include "noise/StencilCoupling.h"

#include <cstdint>

namespace pgd {

struct StencilProbeOptions {
  static constexpr int kMaxCrop = 512;
  // Lattice spacing: crosses of reach 2 stay 8 pixels clear of each other.
  static constexpr int kSpacing = 12;
  // Bands of equal count of lattice pixels (about 140 each in a 512^2 crop).
  static constexpr int kBands = 12;
  std::uint64_t seed = 20261205;
};

// y: one width x height frame in the network's (normalised) units. `predict` runs the network on
// one frame (TilePredictor's signature; the Denoiser passes its tiled prediction). A frame too
// small for a band's worth of lattice pixels, or without noise to scale the changes by, gives an
// unmeasured coupling.
// `mu`, when given, is the frame's own mu from `predict`: a frame no larger than the crop then
// needs only the two changed passes.
StencilCoupling measureStencilCoupling(const TilePredictor& predict, const float* y, int width,
                                       int height, const StencilProbeOptions& options = {},
                                       const float* mu = nullptr);

} // namespace pgd
