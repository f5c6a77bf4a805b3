// base/clock.h
//
// The wall clock as shanhai writes it into rows and logs.

#ifndef SHANHAI_BASE_CLOCK_H_
#define SHANHAI_BASE_CLOCK_H_

#include <cstdint>
#include <string>

namespace shanhai {

// The current UTC time as ISO-8601 "YYYY-MM-DDTHH:MM:SSZ". Thread-safe.
std::string NowUtcIso();

// The UTC time `seconds` from now (negative: in the past), in the same form. Such
// strings order like the times they name, so expiry checks compare them as text.
// Thread-safe.
std::string UtcIsoFromNow(int64_t seconds);

}  // namespace shanhai

#endif  // SHANHAI_BASE_CLOCK_H_
