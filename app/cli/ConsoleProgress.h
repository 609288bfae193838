#pragma once
// ConsoleProgress: the CLI's ProgressSink. Styles: Bar (a redrawn bar with time left, for a
// terminal), Lines (plain lines at most every few seconds, for logs), Json (one JSON object per
// line, for scripts), None (--quiet). Every style reports cancel when the shared flag (set by
// InterruptGuard on Ctrl-C) is raised. Writes to the stream it is given (stderr in the CLI).
// Used from the job's thread only (the CLI runs jobs on its main thread).
#include "job/ProgressSink.h"

#include <atomic>
#include <chrono>
#include <ostream>
#include <string>

namespace pgd {

enum class ProgressStyle { Bar, Lines, Json, None };

class ConsoleProgress : public ProgressSink {
public:
  ConsoleProgress(std::ostream& stream, ProgressStyle style, const std::atomic<bool>& cancel,
                  std::string task);
  ~ConsoleProgress() override;
  ConsoleProgress(const ConsoleProgress&) = delete;
  ConsoleProgress& operator=(const ConsoleProgress&) = delete;

  bool report(const ProgressUpdate& update) override;
  // Names the current task (e.g. the file being denoised); restarts the time-left estimate.
  void setTask(std::string task);
  // Ends a pending bar line so that following output starts on a fresh line.
  void finish();

private:
  using Clock = std::chrono::steady_clock;
  bool isDue(const ProgressUpdate& update, Clock::time_point now) const;
  double secondsLeft(const ProgressUpdate& update, Clock::time_point now) const;
  void drawBar(const ProgressUpdate& update, double left);
  void writeLine(const ProgressUpdate& update, double left);
  void writeNote(const ProgressUpdate& update);
  void writeJson(const ProgressUpdate& update, double left, double elapsed);

  std::ostream& m_stream;
  ProgressStyle m_style;
  const std::atomic<bool>& m_cancel;
  std::string m_task;
  std::string m_lastStage;
  Clock::time_point m_start;
  Clock::time_point m_lastOutput{};
  bool m_anyOutput = false;
  bool m_barOpen = false;
  std::size_t m_barLength = 0;
};

// "1:05" / "1:02:03" for a duration in seconds; "?" when unknown.
std::string formatDuration(double seconds);

} // namespace pgd
