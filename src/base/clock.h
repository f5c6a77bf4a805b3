// base/clock.h
//
// The wall clock as shanhai writes it into rows and logs.

#ifndef SHANHAI_BASE_CLOCK_H_
#define SHANHAI_BASE_CLOCK_H_

#include <string>

namespace shanhai {

// The current UTC time as ISO-8601 "YYYY-MM-DDTHH:MM:SSZ". Thread-safe.
std::string NowUtcIso();

}  // namespace shanhai

#endif  // SHANHAI_BASE_CLOCK_H_
