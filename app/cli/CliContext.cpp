#include "cli/CliContext.h"

#include <nlohmann/json.hpp>

namespace pgd {
namespace {

std::string jsonLine(const char* key, const std::string& text) {
  nlohmann::json j;
  j[key] = text;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

void CliContext::note(const std::string& line) const {
  if (quiet)
    return;
  err << (progressStyle == ProgressStyle::Json ? jsonLine("message", line) : line) << "\n"
      << std::flush;
}

void CliContext::warn(const std::string& line) const {
  err << (progressStyle == ProgressStyle::Json ? jsonLine("warning", line)
                                               : "pgdenoise: warning: " + line)
      << "\n"
      << std::flush;
}

} // namespace pgd
