#include "train/EchoRefusals.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace pgd {

EchoRefusals echoRefusalsOf(const std::vector<long>& steps, const std::vector<double>& echoes,
                            const std::vector<long>& refused) {
  EchoRefusals r;
  for (std::size_t i = 0; i < echoes.size() && i < steps.size(); ++i) {
    const double echo = echoes[i];
    if (!std::isfinite(echo))
      continue;
    if (!(r.leastEcho <= echo))
      r.leastEcho = echo;
    if (std::find(refused.begin(), refused.end(), steps[i]) != refused.end() &&
        !(r.largestEcho >= echo))
      r.largestEcho = echo;
  }
  r.count = long(refused.size());
  if (r.count > 0) {
    r.firstStep = refused.front();
    r.lastStep = refused.back();
  }
  return r;
}

EchoRefusals echoRefusalsOf(const TrainingResult& result) {
  EchoRefusals r =
      echoRefusalsOf(result.historySteps, result.noiseEchoHistory, result.echoRefusedSteps);
  // The guard's own reference, which leaves out an undertrained first validation's low echo.
  if (std::isfinite(result.echoReference))
    r.leastEcho = result.echoReference;
  return r;
}

std::string describeEchoRefusals(const EchoRefusals& r) {
  if (r.count == 0)
    return {};
  const std::string steps = r.firstStep == r.lastStep
                                ? fmt::format("step {}", r.firstStep)
                                : fmt::format("steps {}-{}", r.firstStep, r.lastStep);
  return fmt::format("{}: {} validation{} with a lower held-out loss {} not kept: the prediction "
                     "had started to copy the noise around the blind spot (noise echo up to "
                     "{:.3f}, the run's least {:.3f}; docs/NOISE_FIT.md, \"The noise echo\")",
                     steps, r.count, r.count == 1 ? "" : "s", r.count == 1 ? "was" : "were",
                     r.largestEcho, r.leastEcho);
}

} // namespace pgd
