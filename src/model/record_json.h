// model/record_json.h
//
// The JSON form of a record, as the API speaks it: an object whose keys are field
// names. Money is an integer number of fen, dates are "YYYY-MM-DD", references are ids,
// unit references are code strings, enums are their codes, absent values are omitted on
// output and may be null on input.

#ifndef SHANHAI_MODEL_RECORD_JSON_H_
#define SHANHAI_MODEL_RECORD_JSON_H_

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "base/result.h"
#include "model/record.h"

namespace shanhai::model {

// A record read from input, with what the input actually said.
struct ParsedRecord {
  Record record;
  // Names of the fields the input gave (null counts as given: it clears the field).
  std::vector<std::string> present;
  // The raw ID number, for types with an id_hash_field; the ledger hashes it and drops it.
  std::optional<std::string> id_number;
};

// Reads `obj` as a row of `type`. Enum fields the input omits take their default.
// Errors (kInvalidArgument, every problem listed with its field): `obj` not an object; an
// unknown key; a system field; a value of the wrong JSON type (a string for an integer,
// a fraction for fen, …). Rules about values (ranges, dates, codes) are ValidateRecord's.
// `apply_defaults` false leaves omitted enums absent (for partial updates).
Result<ParsedRecord> RecordFromJson(const RecordType& type, const nlohmann::json& obj,
                                    bool apply_defaults = true);

// Writes `record` as a JSON object (absent values omitted).
nlohmann::json RecordToJson(const Record& record);

// The JSON form of one value of field `f`.
nlohmann::json ValueToJson(const FieldDef& f, const Value& v);

}  // namespace shanhai::model

#endif  // SHANHAI_MODEL_RECORD_JSON_H_
