// model/field_text.h
//
// The text form of field values, as people write them in CSV and XLSX files: money in
// yuan with two decimals (the column "amount_fen" is written "amount_yuan"), booleans as
// 是/否, enums by code or by their Chinese or English label.

#ifndef SHANHAI_MODEL_FIELD_TEXT_H_
#define SHANHAI_MODEL_FIELD_TEXT_H_

#include <string>
#include <string_view>

#include "base/result.h"
#include "model/record.h"

namespace shanhai::model {

// The column name of `f` in files: the field name, but "_fen" becomes "_yuan".
std::string FileColumnName(const FieldDef& f);

// The column header of `f` in files meant for people: "金额（元）", "日期".
std::string FileColumnLabel(const FieldDef& f);

// Reads `text` (surrounding spaces ignored) as a value of `f`. Empty text is absent.
// Errors: kInvalidArgument naming what was expected, in English and Chinese.
Result<Value> ParseFieldText(const FieldDef& f, std::string_view text);

// Writes `v` as text that ParseFieldText reads back to the same value.
std::string FormatFieldText(const FieldDef& f, const Value& v);

}  // namespace shanhai::model

#endif  // SHANHAI_MODEL_FIELD_TEXT_H_
