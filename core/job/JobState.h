#pragma once
// JobState: the single state machine for long jobs. The GUI enables buttons from it, the CLI maps
// the final state to an exit code.

namespace pgd {

enum class JobState { Idle, Running, Cancelling, Cancelled, Completed, Failed };

const char* toString(JobState state);

// True while a job holds the worker (Running or Cancelling).
inline bool isBusy(JobState state) {
  return state == JobState::Running || state == JobState::Cancelling;
}

} // namespace pgd
