#pragma once
// InterruptGuard: while alive, SIGINT (Ctrl-C) and SIGTERM set a process-wide atomic flag instead
// of killing the process, so long jobs can stop cleanly through their ProgressSink. A second
// SIGINT restores the default action and re-raises it (hard stop). The previous handlers are
// restored by the destructor. Create one at a time, on the main thread. Unless quiet, the first
// signal also prints a one-line "cancelling" notice.
#include <atomic>
#include <csignal>

namespace pgd {

class InterruptGuard {
public:
  explicit InterruptGuard(bool quiet = false);
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  // Set by the signal handler; cleared when a guard is created.
  static const std::atomic<bool>& flag();
  // True while a guard has its handlers installed.
  static bool active();

private:
  struct sigaction m_oldInt {};
  struct sigaction m_oldTerm {};
};

} // namespace pgd
