#pragma once
// What the noise echo guard (train/NoiseEcho.h) refused in a finished run, for the command line's
// note and the workbench's message: a run of a blind spot above one pixel whose held-out loss
// kept improving while its prediction started to copy the noise keeps an earlier checkpoint, and
// the user should know why the loss curve's lowest point is not the model saved. Any thread.
#include "train/Trainer.h"

#include <limits>
#include <string>
#include <vector>

namespace pgd {

struct EchoRefusals {
  long count = 0; // validations with a new best loss that were not kept
  long firstStep = -1;
  long lastStep = -1;
  double largestEcho = std::numeric_limits<double>::quiet_NaN(); // among the refused ones
  // The least of the whole run; from a TrainingResult, the guard's reference
  // (TrainingResult::echoReference).
  double leastEcho = std::numeric_limits<double>::quiet_NaN();
};

// From a run's histories: the step and the noise echo of every validation, and the refused steps
// (TrainingResult's historySteps, noiseEchoHistory and echoRefusedSteps).
EchoRefusals echoRefusalsOf(const std::vector<long>& steps, const std::vector<double>& echoes,
                            const std::vector<long>& refused);
EchoRefusals echoRefusalsOf(const TrainingResult& result);

// One line for people ("" when nothing was refused), e.g. "steps 3700-4800: 12 validations with a
// lower held-out loss were not kept: ...".
std::string describeEchoRefusals(const EchoRefusals& refusals);

} // namespace pgd
