#include "noise/FitVerdict.h"

#include "noise/LocalDifferenceCorrelation.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace pgd {

std::string correlatedNoiseWarning(double correlation) {
  return fmt::format("the noise is correlated between neighbouring pixels (adjacent local "
                     "differences correlate {:+.2f}, independent noise {:+.2f}): the network "
                     "predicts part of it, so a and b read low (pgdenoise train chooses a 5x5 "
                     "blind spot for such images)",
                     correlation, kIndependentNoiseCorrelation);
}

namespace {

// Every verdict flag with the rule that raises it, in the order noiseFitFlags() lists them.
struct FlagRule {
  const char* name;
  bool (*raised)(const NoiseFitResult&);
};

constexpr FlagRule kFlagRules[] = {
    {"at-bound", [](const NoiseFitResult& r) { return r.atBound; }},
    {"few-pixels", [](const NoiseFitResult& r) { return r.fewPixels; }},
    {"not-converged", [](const NoiseFitResult& r) { return !r.converged && r.iterations > 0; }},
    {"heavy-clipping", [](const NoiseFitResult& r) { return r.heavyClipping; }},
    {"correlated-noise", [](const NoiseFitResult& r) { return r.correlatedNoise; }},
    {"undertrained", [](const NoiseFitResult& r) { return r.undertrained; }},
    {"unlike-training", [](const NoiseFitResult& r) { return r.unlikeTraining; }},
    {"constant-frame", [](const NoiseFitResult& r) { return r.constantFrame; }},
};

} // namespace

const std::vector<std::string>& noiseFitFlagNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> n;
    for (const FlagRule& rule : kFlagRules)
      n.emplace_back(rule.name);
    return n;
  }();
  return names;
}

std::string noiseFitFlags(const NoiseFitResult& r) {
  std::string flags;
  for (const FlagRule& rule : kFlagRules) {
    if (!rule.raised(r))
      continue;
    if (!flags.empty())
      flags += ';';
    flags += rule.name;
  }
  return flags.empty() ? "ok" : flags;
}

void addModelVerdict(NoiseFitResult& r, const std::string& undertrained,
                     const std::vector<std::string>& mismatches) {
  r.undertrained = !undertrained.empty();
  if (r.undertrained)
    r.warnings.push_back(undertrained);
  r.unlikeTraining = !mismatches.empty();
  if (r.unlikeTraining)
    r.warnings.push_back(
        fmt::format("image unlike the model's training data: {}", fmt::join(mismatches, "; ")));
}

std::string flaggedFitsLine(const std::vector<NoiseFitResult>& frames) {
  std::vector<std::string> flagged;
  std::vector<std::string> warnings;
  for (std::size_t f = 0; f < frames.size(); ++f) {
    if (noiseFitFlags(frames[f]) == "ok")
      continue;
    flagged.push_back(std::to_string(f));
    for (const std::string& w : frames[f].warnings)
      if (std::find(warnings.begin(), warnings.end(), w) == warnings.end())
        warnings.push_back(w);
  }
  if (flagged.empty())
    return "";
  const std::string where =
      frames.size() == 1 ? std::string()
                         : fmt::format(" on frame{} {} of {}", flagged.size() == 1 ? "" : "s",
                                       fmt::join(flagged, ", "), frames.size());
  return fmt::format("noise fit flagged{}: {}", where, fmt::join(warnings, "; "));
}

namespace noisefit {

void flagFit(NoiseFitResult& r, const NoiseFitOptions& o) {
  r.fewPixels = r.pixelsUsed < kMinFitPixels;
  r.warnings.clear();
  if (r.atBound)
    r.warnings.push_back(
        r.a <= 0.0 ? "a constraint is active: a = 0 (no signal-dependent noise resolved)"
                   : fmt::format("a constraint is active: the variance a*mu + b reaches its "
                                 "floor at the lowest level used (mu = {:.4g})",
                                 r.levelMin));
  if (r.fewPixels)
    r.warnings.push_back(
        fmt::format("only {} pixels entered the fit (fewer than {})", r.pixelsUsed, kMinFitPixels));
  if (!r.converged && r.iterations > 0)
    r.warnings.push_back(
        fmt::format("Nelder-Mead did not converge in {} iterations", r.iterations));
  r.heavyClipping = r.clippedLowFraction + r.clippedHighFraction >= kHeavyClipFraction;
  if (r.heavyClipping)
    r.warnings.push_back(fmt::format("{:.1f}% of the pixels are clipped (from {:.0f}% on)",
                                     100.0 * (r.clippedLowFraction + r.clippedHighFraction),
                                     100.0 * kHeavyClipFraction));
  // false for NaN; a network that hides the neighbours the noise correlates with leaves all of
  // the pixel's noise in the residual (NoiseFitOptions::blindSpot).
  r.correlatedNoise = o.blindSpot <= 1 && r.noiseCorrelation > kCorrelatedNoiseFlag;
  if (r.correlatedNoise)
    r.warnings.push_back(correlatedNoiseWarning(r.noiseCorrelation));
}

} // namespace noisefit

} // namespace pgd
