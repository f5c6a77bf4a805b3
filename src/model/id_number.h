// model/id_number.h
//
// Resident identity numbers (居民身份证号码, GB 11643-1999). shanhai never stores one:
// it checks the number and keeps only a salted hash, so the same person is recognised
// across records and imports of one database, and a leaked database reveals no number.

#ifndef SHANHAI_MODEL_ID_NUMBER_H_
#define SHANHAI_MODEL_ID_NUMBER_H_

#include <string>
#include <string_view>

#include "base/result.h"

namespace shanhai::model {

// OK for 17 digits plus the ISO 7064 MOD 11-2 check character (0–9 or X, 'x' accepted)
// whose embedded birth date is a real day. kInvalidArgument otherwise; the message never
// repeats the number.
Status CheckIdNumber(std::string_view id_number);

// The hex BLAKE2b-256 of the upper-cased number keyed with `salt` (the database's own
// secret, 16+ bytes). REQUIRES: CheckIdNumber(id_number).ok(). Thread-safe.
std::string HashIdNumber(std::string_view id_number, std::string_view salt);

}  // namespace shanhai::model

#endif  // SHANHAI_MODEL_ID_NUMBER_H_
