#include "train/BlindSpotChoice.h"

#include "noise/LocalDifferenceCorrelation.h"
#include "noise/NoiseFitter.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pgd {

std::string BlindSpotChoice::reason() const {
  if (!std::isfinite(correlation))
    return fmt::format("{0}x{0} blind spot (the noise's correlation could not be measured)",
                       blindSpot);
  if (blindSpot > 1)
    return fmt::format(
        "{0}x{0} blind spot: the noise is correlated between neighbouring pixels "
        "(adjacent local differences correlate {1:+.2f}, independent noise {2:+.2f})",
        blindSpot, correlation, kIndependentNoiseCorrelation);
  return fmt::format("one-pixel blind spot: the noise reads as independent from pixel to pixel "
                     "(adjacent local differences correlate {:+.2f})",
                     correlation);
}

BlindSpotChoice chooseBlindSpot(const std::vector<ImageStack>& data) {
  std::vector<const ImageStack*> stacks;
  std::size_t total = 0;
  for (const ImageStack& s : data)
    if (s.frames() > 0 && s.width() >= 4 && s.height() >= 4) {
      stacks.push_back(&s);
      total += std::size_t(s.frames());
    }
  BlindSpotChoice choice;
  choice.correlation = std::numeric_limits<double>::quiet_NaN();
  if (total == 0)
    return choice;
  // Frame i of the picks is frame floor(i * total / picks) of all frames in order.
  const std::size_t picks = std::min<std::size_t>(total, kBlindSpotChoiceFrames);
  std::vector<double> correlations;
  for (std::size_t i = 0; i < picks; ++i) {
    std::size_t index = i * total / picks;
    const ImageStack* stack = stacks.front();
    for (const ImageStack* s : stacks) {
      if (index < std::size_t(s->frames())) {
        stack = s;
        break;
      }
      index -= std::size_t(s->frames());
    }
    const float* frame = stack->frame(int(index));
    const auto [low, high] = std::minmax_element(frame, frame + stack->frameSize());
    // The frame's extremes as clip levels: saturated and zero-clipped pixels carry no noise. As
    // many pairs as the noise fit's auto residual reads, so both see the same statistic.
    const double c = localDifferenceCorrelation(frame, stack->width(), stack->height(), *low, *high,
                                                NoiseFitOptions{}.correlationPairs)
                         .correlation;
    if (std::isfinite(c))
      correlations.push_back(c);
  }
  choice.frames = int(correlations.size());
  if (correlations.empty())
    return choice;
  const auto mid = correlations.begin() + std::ptrdiff_t(correlations.size() / 2);
  std::nth_element(correlations.begin(), mid, correlations.end());
  choice.correlation = *mid;
  choice.blindSpot = choice.correlation > kCorrelatedNoiseFlag ? kCorrelatedNoiseBlindSpot : 1;
  return choice;
}

BlindSpotChoice resolveBlindSpot(TrainingConfig& config, const std::vector<ImageStack>& data) {
  if (config.network.kind != NetworkKind::BlindSpot) {
    config.network.blindSpot = 1;
    return {};
  }
  if (config.network.blindSpot != 0)
    return {config.network.blindSpot, std::numeric_limits<double>::quiet_NaN(), 0};
  const BlindSpotChoice choice = chooseBlindSpot(data);
  config.network.blindSpot = choice.blindSpot;
  return choice;
}

} // namespace pgd
