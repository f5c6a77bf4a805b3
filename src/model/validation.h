// model/validation.h
//
// The rules a row must satisfy on its own, with no database at hand: required fields,
// value shapes (enum codes, dates, unit codes, identity and credit codes), ranges
// (amounts ≥ 0, end ≥ start) and each type's own rules (a pairing has exactly one party
// on each side, a target has a value or a range…). Rules that need other rows (does the
// pairing exist, is it active on that date) live in ledger/, which calls these first.

#ifndef SHANHAI_MODEL_VALIDATION_H_
#define SHANHAI_MODEL_VALIDATION_H_

#include <string_view>

#include "base/status.h"
#include "model/record.h"

namespace shanhai::model {

// OK, or kInvalidArgument listing every problem found (not only the first), each with
// its field and a message in English and Chinese. System fields are not checked.
Status ValidateRecord(const Record& record);

// OK for an 18-character unified social credit code (GB 32100-2015) whose check
// character matches; kInvalidArgument otherwise.
Status CheckCreditCode(std::string_view uscc);

}  // namespace shanhai::model

#endif  // SHANHAI_MODEL_VALIDATION_H_
