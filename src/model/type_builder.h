// model/type_builder.h (internal to model/)
//
// Small builders that keep the record-type registry readable: F/Req/Text/…/Enum make a
// FieldDef, Reference/Rec make a RecordType with the common fields around its own.

#ifndef SHANHAI_MODEL_TYPE_BUILDER_H_
#define SHANHAI_MODEL_TYPE_BUILDER_H_

#include <string_view>
#include <utility>
#include <vector>

#include "model/record_type.h"

namespace shanhai::model::internal {

using K = FieldKind;

inline FieldDef F(std::string_view name, K kind, std::string_view zh, std::string_view en) {
  FieldDef f;
  f.name = name;
  f.kind = kind;
  f.zh = zh;
  f.en = en;
  return f;
}
inline FieldDef Req(FieldDef f) {
  f.required = true;
  return f;
}
inline FieldDef Text(std::string_view n, std::string_view zh, std::string_view en) { return F(n, K::kText, zh, en); }
inline FieldDef Int(std::string_view n, std::string_view zh, std::string_view en) { return F(n, K::kInt, zh, en); }
inline FieldDef Real(std::string_view n, std::string_view zh, std::string_view en) { return F(n, K::kReal, zh, en); }
inline FieldDef Money(std::string_view n, std::string_view zh, std::string_view en) { return F(n, K::kMoney, zh, en); }
inline FieldDef Day(std::string_view n, std::string_view zh, std::string_view en) { return F(n, K::kDate, zh, en); }
inline FieldDef Bool(std::string_view n, std::string_view zh, std::string_view en) { return F(n, K::kBool, zh, en); }
inline FieldDef Ref(std::string_view n, std::string_view ref, std::string_view zh, std::string_view en) {
  FieldDef f = F(n, K::kRef, zh, en);
  f.ref = ref;
  return f;
}
// A reference to an administrative unit, held as its GB/T 2260 code.
inline FieldDef Unit(std::string_view n, std::string_view zh, std::string_view en) {
  FieldDef f = F(n, K::kUnitCode, zh, en);
  f.ref = "admin_units";
  return f;
}
inline FieldDef Enum(std::string_view n, std::string_view zh, std::string_view en, std::vector<Choice> choices,
              std::string_view default_code = {}) {
  FieldDef f = F(n, K::kEnum, zh, en);
  f.choices = std::move(choices);
  f.default_code = default_code;
  return f;
}
inline FieldDef System(FieldDef f) {
  f.system = true;
  return f;
}

inline const std::vector<Choice> kSide = {{"east", "东部", "east"}, {"west", "西部", "west"}};
inline const std::vector<Choice> kDirection = {{"e2w", "东部→西部", "east to west"},
                                        {"w2e", "西部→东部", "west to east"}};
inline const std::vector<Choice> kActive = {{"active", "有效", "active"}, {"inactive", "停用", "inactive"}};

// Fields every reference type starts with / ends with.
inline std::vector<FieldDef> ReferenceFields(std::vector<FieldDef> own) {
  std::vector<FieldDef> all;
  all.push_back(F("id", K::kId, "编号", "ID"));
  for (auto& f : own) all.push_back(std::move(f));
  all.push_back(Text("source", "来源", "Source"));
  all.push_back(Text("note", "备注", "Note"));
  all.push_back(System(F("recorded_at", K::kTimestamp, "录入时间", "Recorded at")));
  all.push_back(System(F("updated_at", K::kTimestamp, "更新时间", "Updated at")));
  return all;
}

// The common fields of every record, around the type's own fields. Provenance (source,
// who, when) and the workflow status are here so that no record type can forget them.
inline std::vector<FieldDef> RecordFields(std::vector<FieldDef> own) {
  std::vector<FieldDef> all;
  all.push_back(F("id", K::kId, "编号", "ID"));
  all.push_back(System(F("west_code", K::kUnitCode, "西部县级代码", "Western county code")));
  all.push_back(System(F("east_code", K::kUnitCode, "东部代码", "Eastern code")));
  all.push_back(Ref("pairing_id", "pairings", "结对关系", "Pairing"));
  all.push_back(Enum("status", "状态", "Status", RecordStatusChoices(), "draft"));
  all.push_back(Text("outside_pairing_reason", "结对期外说明", "Reason the date is outside the pairing"));
  for (auto& f : own) all.push_back(std::move(f));
  all.push_back(Text("source", "来源", "Source"));
  all.push_back(Text("recorded_by", "填报人", "Recorded by"));
  all.push_back(Text("note", "备注", "Note"));
  all.push_back(System(F("recorded_at", K::kTimestamp, "录入时间", "Recorded at")));
  all.push_back(System(F("updated_at", K::kTimestamp, "更新时间", "Updated at")));
  return all;
}

inline RecordType Reference(std::string_view name, std::string_view zh, std::string_view en,
                     std::vector<FieldDef> own) {
  RecordType t;
  t.name = name;
  t.zh = zh;
  t.en = en;
  t.type_class = TypeClass::kReference;
  t.fields = ReferenceFields(std::move(own));
  t.pairing_required = false;
  return t;
}

inline RecordType Rec(std::string_view name, std::string_view zh, std::string_view en, std::vector<FieldDef> own,
               std::string_view date_field, std::string_view end_date_field = {},
               std::string_view west_unit_field = {}) {
  RecordType t;
  t.name = name;
  t.zh = zh;
  t.en = en;
  t.type_class = TypeClass::kRecord;
  t.fields = RecordFields(std::move(own));
  t.date_field = date_field;
  t.end_date_field = end_date_field;
  t.west_unit_field = west_unit_field;
  return t;
}

}  // namespace shanhai::model::internal

#endif  // SHANHAI_MODEL_TYPE_BUILDER_H_
