#pragma once
// JobState: the single state machine for long jobs. The GUI enables buttons from it, the CLI maps
// the final state to an exit code. Scheduled: queued for the worker but not started yet (a
// second click finds the worker busy; a cancel pressed now is honoured when the job starts).

namespace pgd {

enum class JobState { Idle, Scheduled, Running, Cancelling, Cancelled, Completed, Failed };

const char* toString(JobState state);

// True while a job holds or waits for the worker (Scheduled, Running or Cancelling).
inline bool isBusy(JobState state) {
  return state == JobState::Scheduled || state == JobState::Running ||
         state == JobState::Cancelling;
}

} // namespace pgd
