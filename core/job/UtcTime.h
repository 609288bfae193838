#pragma once
// The current time in UTC as text, for the timestamps pgdenoise records (model.json's created,
// the evaluation report's start and end). Any thread.
#include <string>

namespace pgd {

// Now, in UTC, formatted by std::strftime's `format` (e.g. "%Y-%m-%dT%H:%M:%SZ").
std::string utcTimeNow(const char* format);

} // namespace pgd
