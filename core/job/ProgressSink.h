#pragma once
// ProgressSink: how long jobs (load, train, denoise, fit) report progress and learn about cancel.
// A job calls report() from its own (worker) thread; report() returns false once the user has
// cancelled, and the job then stops within one training step or one tile and throws
// Error(ErrorKind::Cancelled). Implementations must be cheap: the job may call report() often;
// ThrottledProgress forwards at most ~10 updates per second.
#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <string>

namespace pgd {

struct ProgressUpdate {
  double fraction = 0.0; // 0..1 of the whole job
  std::string stage;     // short human-readable stage, e.g. "training", "denoising frame 3/10"
  // Optional training figures (NaN / -1 when not applicable).
  long step = -1;
  long totalSteps = -1;
  double trainLoss = std::numeric_limits<double>::quiet_NaN();
  double validationLoss = std::numeric_limits<double>::quiet_NaN();
  // Held-out MSE of mu against the noisy values (normalised units; blind-spot nets only).
  double validationMuError = std::numeric_limits<double>::quiet_NaN();
  // How much of a noise-like probe mu copies (train/NoiseEcho.h; NaN for one-pixel blind spots),
  // and whether this validation had the best loss so far but was not kept for it.
  double noiseEcho = std::numeric_limits<double>::quiet_NaN();
  bool echoRefused = false;
  double learningRate = std::numeric_limits<double>::quiet_NaN();
  double secondsElapsed = std::numeric_limits<double>::quiet_NaN();
  double secondsLeft = std::numeric_limits<double>::quiet_NaN();
  // The training time budget (NaN when none) and whether it, not the step limit, bounds the run
  // now: `fraction` is then secondsElapsed / timeBudgetSeconds.
  double timeBudgetSeconds = std::numeric_limits<double>::quiet_NaN();
  bool timeBound = false;
  bool isValidation = false; // true when this update carries a fresh validation loss
  // A remark made once, on the update it concerns: e.g. a warm start saying it shrank the base,
  // so the validation loss rises at first. Empty on most updates; sinks forward and show it.
  std::string note;
};

class ProgressSink {
public:
  virtual ~ProgressSink() = default;
  // Returns false when the job should stop (cancelled).
  virtual bool report(const ProgressUpdate& update) = 0;
};

// Ignores updates; cancels when the shared flag (if any) is set. Safe from any thread.
class NullProgress : public ProgressSink {
public:
  explicit NullProgress(const std::atomic<bool>* cancelFlag = nullptr) : m_cancel(cancelFlag) {}
  bool report(const ProgressUpdate&) override { return !(m_cancel && m_cancel->load()); }

private:
  const std::atomic<bool>* m_cancel;
};

// Forwards to another sink at most every `interval`, plus validation updates and the final 100%
// update; always checks cancel. Called from the job's thread only.
class ThrottledProgress : public ProgressSink {
public:
  explicit ThrottledProgress(ProgressSink& inner,
                             std::chrono::milliseconds interval = std::chrono::milliseconds(100))
      : m_inner(inner), m_interval(interval) {}

  bool report(const ProgressUpdate& update) override {
    const auto now = std::chrono::steady_clock::now();
    const bool due = now - m_last >= m_interval || update.isValidation || update.fraction >= 1.0 ||
                     !update.note.empty();
    if (!due)
      return m_lastAnswer;
    m_last = now;
    m_lastAnswer = m_inner.report(update);
    return m_lastAnswer;
  }

private:
  ProgressSink& m_inner;
  std::chrono::milliseconds m_interval;
  std::chrono::steady_clock::time_point m_last{};
  bool m_lastAnswer = true;
};

} // namespace pgd
