#pragma once
// Shared inputs of the workbench tests: a small generated 16-bit stack and a tiny CPU training
// configuration that trains in well under a second per step.
#include "image/ImageStack.h"
#include "train/TrainingConfig.h"

#include <cmath>
#include <random>

namespace pgd {

// Three 128x128 frames of smooth blobs with Poisson-Gaussian-like noise, 16-bit.
inline ImageStack makeStack() {
  ImageStack s(3, 128, 128);
  std::mt19937 rng(5);
  std::normal_distribution<float> noise(0.0f, 1.0f);
  for (int f = 0; f < s.frames(); ++f)
    for (int y = 0; y < s.height(); ++y)
      for (int x = 0; x < s.width(); ++x) {
        const double clean =
            200.0 +
            1500.0 * std::exp(-((x - 40.0) * (x - 40.0) + (y - 60.0) * (y - 60.0)) / 300.0) +
            800.0 * std::exp(-((x - 90.0) * (x - 90.0) + (y - 30.0) * (y - 30.0)) / 150.0) +
            10.0 * f;
        s.at(f, y, x) = std::round(float(clean + std::sqrt(4.0 * clean + 100.0) * noise(rng)));
      }
  s.metadata().sourceType = PixelType::UInt16;
  return s;
}

inline TrainingConfig tinyConfig(long steps) {
  TrainingConfig c = TrainingConfig::fromPreset("quick");
  c.network.width = 8;
  c.network.headWidth = 64;
  c.cropSize = 32;
  c.batchSize = 1;
  c.maxSteps = steps;
  c.stepsPerEpoch = 2;
  c.earlyStopPatience = 0;
  c.device = "cpu";
  return c;
}

} // namespace pgd
