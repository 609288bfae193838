#include "cli/ConsoleProgress.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pgd {
namespace {

constexpr int kBarWidth = 24;
constexpr auto kBarInterval = std::chrono::milliseconds(100);
constexpr auto kLineInterval = std::chrono::seconds(5);
constexpr auto kJsonInterval = std::chrono::milliseconds(500);

std::string trainingFigures(const ProgressUpdate& u) {
  std::string s;
  if (u.step >= 0 && u.totalSteps > 0)
    s += fmt::format(" step {}/{}", u.step, u.totalSteps);
  if (std::isfinite(u.trainLoss))
    s += fmt::format(" loss {:.5g}", u.trainLoss);
  if (std::isfinite(u.validationLoss))
    s += fmt::format(" val {:.5g}", u.validationLoss);
  if (std::isfinite(u.validationMuError))
    s += fmt::format(" mu-err {:.4g}", u.validationMuError);
  if (std::isfinite(u.noiseEcho))
    s += fmt::format(" echo {:.3f}", u.noiseEcho);
  if (u.echoRefused)
    s += " (not kept: copies noise)";
  return s;
}

nlohmann::json numberOrNull(double v) {
  return std::isfinite(v) ? nlohmann::json(v) : nullptr;
}

} // namespace

std::string formatDuration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0)
    return "?";
  const long total = std::lround(seconds);
  if (total >= 3600)
    return fmt::format("{}:{:02}:{:02}", total / 3600, (total / 60) % 60, total % 60);
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

ConsoleProgress::ConsoleProgress(std::ostream& stream, ProgressStyle style,
                                 const std::atomic<bool>& cancel, std::string task)
    : m_stream(stream), m_style(style), m_cancel(cancel), m_task(std::move(task)),
      m_start(Clock::now()) {}

ConsoleProgress::~ConsoleProgress() {
  finish();
}

void ConsoleProgress::setTask(std::string task) {
  finish();
  m_task = std::move(task);
  m_start = Clock::now();
  m_lastStage.clear();
  m_anyOutput = false;
}

void ConsoleProgress::finish() {
  if (m_barOpen) {
    m_stream << "\n" << std::flush;
    m_barOpen = false;
    m_barLength = 0;
  }
}

bool ConsoleProgress::isDue(const ProgressUpdate& update, Clock::time_point now) const {
  if (!m_anyOutput || update.fraction >= 1.0 || update.stage != m_lastStage || update.echoRefused ||
      !update.note.empty())
    return true;
  const auto since = now - m_lastOutput;
  switch (m_style) {
  case ProgressStyle::Bar:
    return since >= kBarInterval;
  case ProgressStyle::Lines:
    return since >= kLineInterval || update.isValidation;
  case ProgressStyle::Json:
    return since >= kJsonInterval || update.isValidation;
  case ProgressStyle::None:
    return false;
  }
  return false;
}

double ConsoleProgress::secondsLeft(const ProgressUpdate& update, Clock::time_point now) const {
  if (std::isfinite(update.secondsLeft))
    return update.secondsLeft;
  const double elapsed = std::chrono::duration<double>(now - m_start).count();
  if (update.fraction < 0.01 || elapsed < 1.0)
    return std::numeric_limits<double>::quiet_NaN();
  return elapsed * (1.0 - update.fraction) / update.fraction;
}

bool ConsoleProgress::report(const ProgressUpdate& update) {
  const bool keepGoing = !m_cancel.load();
  if (m_style == ProgressStyle::None)
    return keepGoing;
  const auto now = Clock::now();
  if (!isDue(update, now))
    return keepGoing;
  const double left = secondsLeft(update, now);
  const double elapsed = std::isfinite(update.secondsElapsed)
                             ? update.secondsElapsed
                             : std::chrono::duration<double>(now - m_start).count();
  switch (m_style) {
  case ProgressStyle::Bar:
    drawBar(update, left);
    writeNote(update);
    break;
  case ProgressStyle::Lines:
    writeLine(update, left);
    writeNote(update);
    break;
  case ProgressStyle::Json:
    writeJson(update, left, elapsed);
    break;
  case ProgressStyle::None:
    break;
  }
  m_lastStage = update.stage;
  m_lastOutput = now;
  m_anyOutput = true;
  return keepGoing;
}

void ConsoleProgress::drawBar(const ProgressUpdate& update, double left) {
  const double f = std::clamp(update.fraction, 0.0, 1.0);
  const int filled = static_cast<int>(std::lround(f * kBarWidth));
  std::string line = fmt::format("{} [{}{}] {:3.0f}% {}{}", m_task, std::string(filled, '#'),
                                 std::string(kBarWidth - filled, '.'), f * 100.0, update.stage,
                                 trainingFigures(update));
  if (f < 1.0)
    line += fmt::format(" | {} left", formatDuration(left));
  const std::size_t length = line.size();
  if (length < m_barLength)
    line += std::string(m_barLength - length, ' ');
  m_stream << "\r" << line << std::flush;
  m_barLength = length;
  m_barOpen = true;
}

void ConsoleProgress::writeLine(const ProgressUpdate& update, double left) {
  std::string line =
      fmt::format("{}: {:3.0f}% {}{}", m_task, std::clamp(update.fraction, 0.0, 1.0) * 100.0,
                  update.stage, trainingFigures(update));
  if (update.fraction < 1.0 && std::isfinite(left))
    line += fmt::format(", {} left", formatDuration(left));
  m_stream << line << "\n" << std::flush;
}

void ConsoleProgress::writeNote(const ProgressUpdate& update) {
  // A note gets a line of its own under the bar or line it came with; the bar goes on below it.
  if (update.note.empty())
    return;
  finish();
  m_stream << m_task << ": " << update.note << "\n" << std::flush;
}

void ConsoleProgress::writeJson(const ProgressUpdate& update, double left, double elapsed) {
  nlohmann::json j;
  j["task"] = m_task;
  j["fraction"] = std::clamp(update.fraction, 0.0, 1.0);
  j["stage"] = update.stage;
  if (update.step >= 0)
    j["step"] = update.step;
  if (update.totalSteps >= 0)
    j["total_steps"] = update.totalSteps;
  j["train_loss"] = numberOrNull(update.trainLoss);
  j["validation_loss"] = numberOrNull(update.validationLoss);
  j["validation_mu_error"] = numberOrNull(update.validationMuError);
  j["noise_echo"] = numberOrNull(update.noiseEcho);
  j["echo_refused"] = update.echoRefused;
  j["learning_rate"] = numberOrNull(update.learningRate);
  j["elapsed_s"] = numberOrNull(elapsed);
  j["left_s"] = numberOrNull(left);
  j["validation"] = update.isValidation;
  if (!update.note.empty())
    j["note"] = update.note;
  m_stream << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n"
           << std::flush;
}

} // namespace pgd
