#include "base/clock.h"

#include <ctime>

namespace shanhai {

std::string NowUtcIso() { return UtcIsoFromNow(0); }

std::string UtcIsoFromNow(int64_t seconds) {
  std::time_t t = std::time(nullptr) + static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace shanhai
