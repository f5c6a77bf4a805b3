// fuzz/record_json_fuzzer.cc
//
// Request bodies of the record API: bytes → nlohmann::json (without exceptions, as
// api/record_routes.cc parses them) → model::RecordFromJson for the type named on the
// input's first line (fuzz_input.h), with and without enum defaults → model::
// ValidateRecord, and the ID-number check and hash for person types.
//
// Properties: nothing escapes as an exception; a failed read is kInvalidArgument; a
// record that reads and validates comes back unchanged through the text the API sends
// (RecordToJson → dump → parse → RecordFromJson).

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "fuzz/fuzz_check.h"
#include "fuzz/fuzz_input.h"
#include "model/id_number.h"
#include "model/record_json.h"
#include "model/validation.h"

namespace {

using nlohmann::json;
using shanhai::StatusCode;
using shanhai::fuzz::Require;

void CheckOne(const shanhai::model::RecordType& type, const json& body, bool apply_defaults) {
  auto parsed = shanhai::model::RecordFromJson(type, body, apply_defaults);
  if (!parsed.ok()) {
    Require(parsed.status().code() == StatusCode::kInvalidArgument, "RecordFromJson failed with another code");
    return;
  }
  if (parsed->id_number && shanhai::model::CheckIdNumber(*parsed->id_number).ok()) {
    const std::string hash = shanhai::model::HashIdNumber(*parsed->id_number, "fuzz-salt-0123456789abcdef");
    Require(hash.size() == 64, "HashIdNumber is not 64 hex digits");
  }
  const shanhai::Status valid = shanhai::model::ValidateRecord(parsed->record);
  if (!valid.ok()) {
    Require(valid.code() == StatusCode::kInvalidArgument, "ValidateRecord failed with another code");
    return;
  }
  const std::string text = shanhai::model::RecordToJson(parsed->record).dump();
  const json back = json::parse(text, nullptr, /*allow_exceptions=*/false);
  Require(!back.is_discarded(), "RecordToJson wrote JSON that does not parse");
  auto again = shanhai::model::RecordFromJson(type, back, apply_defaults);
  Require(again.ok(), "a valid record's JSON does not read back");
  Require(again->record.values() == parsed->record.values(), "a valid record changed through its JSON");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const shanhai::fuzz::TypedInput in = shanhai::fuzz::SplitTypeLine(data, size);
  const json body = json::parse(in.payload, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) return 0;
  CheckOne(*in.type, body, /*apply_defaults=*/true);
  CheckOne(*in.type, body, /*apply_defaults=*/false);
  return 0;
}
