#pragma once
// StageTimer: adds the CPU time of the whole process and of the calling thread and the wall time of
// a scope to a NoiseFitStageTime (noise/NoiseFitTimings.h). Costs three clock reads at each end,
// nothing when given no slot. Create and destroy on one thread.
#include "noise/NoiseFitTimings.h"

#include <ctime>

namespace pgd {

class StageTimer {
public:
  explicit StageTimer(NoiseFitStageTime* slot) : m_slot(slot) {
    if (m_slot)
      m_start = now();
  }
  ~StageTimer() {
    if (!m_slot)
      return;
    const Clocks end = now();
    m_slot->cpuMs += end.cpu - m_start.cpu;
    m_slot->threadMs += end.thread - m_start.thread;
    m_slot->wallMs += end.wall - m_start.wall;
  }
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;

private:
  struct Clocks {
    double cpu = 0.0;
    double thread = 0.0;
    double wall = 0.0;
  };
  static double ms(clockid_t clock) {
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) * 1e-6;
  }
  static Clocks now() {
    return {ms(CLOCK_PROCESS_CPUTIME_ID), ms(CLOCK_THREAD_CPUTIME_ID), ms(CLOCK_MONOTONIC)};
  }

  NoiseFitStageTime* m_slot;
  Clocks m_start;
};

} // namespace pgd
