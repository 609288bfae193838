#include "job/UtcTime.h"

#include <ctime>

namespace pgd {

std::string utcTimeNow(const char* format) {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  return std::strftime(buf, sizeof buf, format, &tm) > 0 ? std::string(buf) : std::string();
}

} // namespace pgd
