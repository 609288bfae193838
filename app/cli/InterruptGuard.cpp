#include "cli/InterruptGuard.h"

#include <unistd.h>

namespace pgd {
namespace {

std::atomic<bool> gInterrupted{false};
std::atomic<bool> gActive{false};
std::atomic<bool> gQuiet{false};

extern "C" void onInterrupt(int signal) {
  if (gInterrupted.exchange(true) && signal == SIGINT) {
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
    return;
  }
  if (gQuiet)
    return;
  static const char kMessage[] = "\npgdenoise: cancelling (press Ctrl-C again to stop at once)\n";
  const ssize_t written = ::write(STDERR_FILENO, kMessage, sizeof(kMessage) - 1);
  static_cast<void>(written);
}

} // namespace

InterruptGuard::InterruptGuard(bool quiet) {
  gInterrupted = false;
  gQuiet = quiet;
  struct sigaction action {};
  action.sa_handler = onInterrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, &m_oldInt);
  sigaction(SIGTERM, &action, &m_oldTerm);
  gActive = true;
}

InterruptGuard::~InterruptGuard() {
  gActive = false;
  sigaction(SIGINT, &m_oldInt, nullptr);
  sigaction(SIGTERM, &m_oldTerm, nullptr);
}

const std::atomic<bool>& InterruptGuard::flag() {
  return gInterrupted;
}

bool InterruptGuard::active() {
  return gActive;
}

} // namespace pgd
