#pragma once
// BlindSpotChoice: the blind spot a training run gives the network, chosen from its noisy images.
// Laine et al.'s net hides the pixel itself, which is enough when the noise is independent from
// pixel to pixel. Where it comes in grains of several pixels (FMD widefield: neighbours correlate
// about +0.6, two pixels apart +0.1 to +0.25), the network reads the pixel's noise from its
// neighbours: mu copies part of the noise, the posterior keeps it and the noise fit reads a and b
// far too low. A 5x5 blind spot hides the neighbours up to two pixels away too. The choice reads
// the correlation of adjacent local differences (noise/LocalDifferenceCorrelation.h), the
// statistic that flags such noise in the noise fit, on a few frames of the training data
// (docs/NOISE_FIT.md, "Correlated noise"). Pure functions; safe from any thread.
#include "image/ImageStack.h"
#include "train/TrainingConfig.h"

#include <string>
#include <vector>

namespace pgd {

// The blind spot for noise correlated between neighbouring pixels.
constexpr int kCorrelatedNoiseBlindSpot = 5;
// Frames read for the choice, evenly spread over all stacks: the correlation is a statistic of
// the noise, which one frame already measures well (2^18 pairs each).
constexpr int kBlindSpotChoiceFrames = 8;

struct BlindSpotChoice {
  int blindSpot = 1;          // 1 or kCorrelatedNoiseBlindSpot
  double correlation = 0.0;   // median over the frames read; NaN when nothing could be measured
  int frames = 0;             // frames measured
  std::string reason() const; // one line for the user, e.g. for the training's start line
};

// Measures the frames' noise correlation and picks the blind spot: kCorrelatedNoiseBlindSpot
// where the median lies above kCorrelatedNoiseFlag (noise/NoiseFitter.h), 1 otherwise (and when
// no frame is large enough to measure).
BlindSpotChoice chooseBlindSpot(const std::vector<ImageStack>& data);

// Fills in config.network.blindSpot where it is 0 ("choose from the data") for a blind-spot
// network; a U-Net gets 1 (it has no blind spot to size). Returns the choice made, or nothing
// measured (frames 0) when the config already said.
BlindSpotChoice resolveBlindSpot(TrainingConfig& config, const std::vector<ImageStack>& data);

} // namespace pgd
