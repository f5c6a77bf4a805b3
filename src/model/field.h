// model/field.h
//
// FieldDef: one column of a record type, described as data. The whole ledger (storage
// schema checks, JSON and file codecs, validation, the OpenAPI document, the console's
// forms) is driven by these descriptions, so a field is declared once, here.

#ifndef SHANHAI_MODEL_FIELD_H_
#define SHANHAI_MODEL_FIELD_H_

#include <string_view>
#include <vector>

namespace shanhai::model {

enum class FieldKind {
  kId,         // int64 primary key, assigned by the store
  kText,       // UTF-8 text
  kInt,        // int64 count (persons, positions…); never negative
  kReal,       // double (areas, quantities, target values); never NaN
  kMoney,      // int64 fen (分); never negative; field names end in "_fen"
  kDate,       // ISO-8601 "YYYY-MM-DD"
  kTimestamp,  // ISO-8601 UTC "YYYY-MM-DDTHH:MM:SSZ", set by the ledger
  kBool,
  kEnum,       // one of `choices`, stored as its code
  kRef,        // int64 id of a row of the record type named `ref`
  kUnitCode,   // GB/T 2260 code as text: 6 digits (county and up), 9 (town), 12 (village)
};

// One allowed value of an enum field, with its labels.
struct Choice {
  std::string_view code;
  std::string_view zh;
  std::string_view en;
};

struct FieldDef {
  std::string_view name;  // column name and JSON key, lower_snake
  FieldKind kind = FieldKind::kText;
  std::string_view zh;  // label: console forms, file headers
  std::string_view en;
  bool required = false;
  // Set by the ledger, never accepted from input (id, derived codes, timestamps).
  bool system = false;
  std::string_view ref;          // kRef: the referenced type's name, e.g. "pairings"
  std::vector<Choice> choices;   // kEnum
  std::string_view default_code; // kEnum: the value when input omits the field
};

// The zh/en name of a kind, for messages and the OpenAPI document ("整数"/"integer").
std::string_view KindNameZh(FieldKind kind);
std::string_view KindNameEn(FieldKind kind);

}  // namespace shanhai::model

#endif  // SHANHAI_MODEL_FIELD_H_
