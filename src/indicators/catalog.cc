// indicators/catalog.cc
//
// Reading and checking the indicator catalog (format and rule language: catalog.h).
// Every problem of a document is reported, not only the first, so that one run shows
// everything wrong with a hand-edited file. Each problem names the indicator it belongs
// to (FieldError::field); problems of the document as a whole name "catalog", problems
// of a group name the group.

#include "indicators/catalog.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <utility>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "model/admin_code.h"

namespace shanhai::indicators {
namespace {

using nlohmann::json;
using model::FieldDef;
using model::FieldKind;
using model::RecordType;
using model::Value;

constexpr std::string_view kDocumentField = "catalog";

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }
std::string QuotedZh(std::string_view s) { return "“" + std::string(s) + "”"; }

std::string Join(const std::string& where, std::string_view key) {
  return where.empty() ? std::string(key) : where + "." + std::string(key);
}
std::string At(const std::string& where, size_t i) { return where + "[" + std::to_string(i) + "]"; }

bool IsLowerSnake(std::string_view s) {
  if (s.empty() || s.front() < 'a' || s.front() > 'z') return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool IsNumeric(FieldKind k) { return k == FieldKind::kInt || k == FieldKind::kMoney || k == FieldKind::kReal; }

// The type a kRef field points to or a kId field belongs to; empty for other kinds.
std::string_view RowTypeOf(const RecordType& owner, const FieldDef& f) {
  if (f.kind == FieldKind::kRef) return f.ref;
  if (f.kind == FieldKind::kId) return owner.name;
  return {};
}

std::string KindEn(const FieldDef& f) { return std::string(model::KindNameEn(f.kind)); }
std::string KindZh(const FieldDef& f) { return std::string(model::KindNameZh(f.kind)); }
std::string TypeZh(const RecordType& t) { return std::string(t.zh) + "（" + std::string(t.name) + "）"; }

// A field reached by a path, with the type it belongs to.
struct Resolved {
  const RecordType* owner = nullptr;
  const FieldDef* field = nullptr;
};

// Checks one catalog document. The indicators and groups are complete and meaningful
// only when `errors` is empty at the end.
class Checker {
 public:
  void Check(const json& doc);

  std::vector<Group> groups;
  std::vector<Indicator> indicators;
  std::vector<FieldError> errors;

 private:
  void Error(const std::string& field, const std::string& where, const std::string& en, const std::string& zh) {
    if (where.empty()) {
      errors.push_back({field, en, zh, 0});
    } else {
      errors.push_back({field, where + ": " + en, where + "：" + zh, 0});
    }
  }
  void CheckKeys(const std::string& field, const std::string& where, const json& obj,
                 std::initializer_list<std::string_view> allowed);
  // The non-empty string at obj[key], or nullptr (reported when required or mistyped).
  const std::string* String(const std::string& field, const std::string& where, const json& obj,
                            std::string_view key, bool required);

  void CheckGroups(const json& list);
  void CheckIndicator(const json& obj, size_t index);
  void CheckCounted(const std::string& field, Indicator& ind, const json& rule);
  void CheckDerived(const std::string& field, Indicator& ind, const json& rule);
  bool CheckScale(const std::string& field, const std::string& where, const json& rule, double& out);
  void CheckConditions(const std::string& field, const std::string& where, const RecordType& type,
                       const json& list, bool allow_exists, std::vector<Condition>& out);
  std::optional<Condition> CheckCondition(const std::string& field, const std::string& where,
                                          const RecordType& type, const json& c, bool allow_exists);
  bool ConvertValue(const std::string& field, const std::string& where, const std::string& path,
                    const FieldDef& f, const json& v, Value& out);
  Resolved ResolvePath(const std::string& field, const std::string& where, const RecordType& type,
                       std::string_view path);
  // The date field named at rule[key], or `fallback`; "" when neither. Reports non-dates.
  std::string DateField(const std::string& field, const json& rule, std::string_view key,
                        const RecordType& type, std::string_view fallback, bool& ok);
  void CheckReferences();
  bool FindCycle(const std::map<std::string, const Indicator*>& by_code, const std::string& node,
                 const std::string& target, std::set<std::string>& seen, std::vector<std::string>& path);

  std::set<std::string> group_codes_;
};

void Checker::CheckKeys(const std::string& field, const std::string& where, const json& obj,
                        std::initializer_list<std::string_view> allowed) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
      Error(field, where, "unknown key " + Quoted(it.key()), "未知的键" + QuotedZh(it.key()));
    }
  }
}

const std::string* Checker::String(const std::string& field, const std::string& where, const json& obj,
                                   std::string_view key, bool required) {
  auto it = obj.find(key);
  if (it == obj.end()) {
    if (required) Error(field, Join(where, key), "is required", "必须填写");
    return nullptr;
  }
  const std::string* s = it->get_ptr<const std::string*>();
  if (s == nullptr || s->empty()) {
    Error(field, Join(where, key), "must be a non-empty string", "应为非空字符串");
    return nullptr;
  }
  return s;
}

void Checker::Check(const json& doc) {
  const std::string catalog(kDocumentField);
  if (!doc.is_object()) {
    Error(catalog, "", "the catalog must be a JSON object", "指标目录应为 JSON 对象");
    return;
  }
  CheckKeys(catalog, "", doc, {"version", "groups", "indicators"});
  auto version = doc.find("version");
  if (version == doc.end() || !version->is_number_integer() || version->get<int64_t>() != 1) {
    Error(catalog, "version", "must be 1", "应为 1");
  }
  auto group_list = doc.find("groups");
  if (group_list == doc.end() || !group_list->is_array() || group_list->empty()) {
    Error(catalog, "groups", "must be a non-empty list of groups", "应为非空的分组列表");
  } else {
    CheckGroups(*group_list);
  }
  auto list = doc.find("indicators");
  if (list == doc.end() || !list->is_array() || list->empty()) {
    Error(catalog, "indicators", "must be a non-empty list of indicators", "应为非空的指标列表");
    return;
  }
  for (size_t i = 0; i < list->size(); ++i) CheckIndicator((*list)[i], i);
  CheckReferences();
}

void Checker::CheckGroups(const json& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    const json& g = list[i];
    std::string field = At("groups", i);
    if (!g.is_object()) {
      Error(field, "", "a group must be an object", "分组应为对象");
      continue;
    }
    const std::string* code = String(field, "", g, "code", true);
    if (code != nullptr) field = *code;
    CheckKeys(field, "group", g, {"code", "zh", "en"});
    const std::string* zh = String(field, "group", g, "zh", true);
    const std::string* en = String(field, "group", g, "en", true);
    if (code == nullptr) continue;
    if (!IsLowerSnake(*code)) {
      Error(field, "group.code", "must be lower_snake", "应为小写字母、数字和下划线");
      continue;
    }
    if (!group_codes_.insert(*code).second) {
      Error(field, "group.code", "duplicate group code", "分组代码重复");
      continue;
    }
    groups.push_back({*code, zh ? *zh : "", en ? *en : ""});
  }
}

void Checker::CheckIndicator(const json& obj, size_t index) {
  std::string field = At("indicators", index);
  if (!obj.is_object()) {
    Error(field, "", "an indicator must be an object", "指标应为对象");
    return;
  }
  const std::string* code = String(field, "", obj, "code", true);
  if (code != nullptr && !IsLowerSnake(*code)) {
    Error(field, "code", "must be lower_snake: " + Quoted(*code), "应为小写字母、数字和下划线：" + QuotedZh(*code));
    code = nullptr;
  }
  if (code != nullptr) field = *code;
  for (size_t i = 0; i < indicators.size(); ++i) {
    if (code != nullptr && indicators[i].code == *code) {
      Error(field, "code", "duplicate code: the catalog already has " + Quoted(*code),
            "指标代码重复：目录中已有" + QuotedZh(*code));
      code = nullptr;
      break;
    }
  }
  CheckKeys(field, "", obj,
            {"code", "zh", "en", "group", "unit", "unit_en", "target", "note", "variant_of", "variant", "rule"});

  Indicator ind;
  if (code != nullptr) ind.code = *code;
  if (const std::string* s = String(field, "", obj, "zh", true)) ind.zh = *s;
  if (const std::string* s = String(field, "", obj, "en", true)) ind.en = *s;
  if (const std::string* s = String(field, "", obj, "unit", true)) ind.unit = *s;
  if (const std::string* s = String(field, "", obj, "unit_en", true)) ind.unit_en = *s;
  if (const std::string* s = String(field, "", obj, "note", false)) ind.note = *s;
  if (const std::string* s = String(field, "", obj, "group", true)) {
    ind.group = *s;
    if (group_codes_.count(*s) == 0) {
      Error(field, "group", "unknown group " + Quoted(*s), "未知的分组" + QuotedZh(*s));
    }
  }
  if (auto t = obj.find("target"); t != obj.end()) {
    if (t->is_boolean()) {
      ind.target = t->get<bool>();
    } else {
      Error(field, "target", "must be true or false", "应为 true 或 false");
    }
  }
  if (const std::string* s = String(field, "", obj, "variant_of", false)) ind.variant_of = *s;
  if (auto v = obj.find("variant"); v != obj.end()) {
    if (!v->is_object()) {
      Error(field, "variant", "must be an object {\"zh\", \"en\"}", "应为对象 {\"zh\", \"en\"}");
    } else {
      CheckKeys(field, "variant", *v, {"zh", "en"});
      if (const std::string* s = String(field, "variant", *v, "zh", true)) ind.variant_zh = *s;
      if (const std::string* s = String(field, "variant", *v, "en", true)) ind.variant_en = *s;
    }
    if (ind.variant_of.empty()) {
      Error(field, "variant", "is only for variants (set variant_of)", "仅用于变体指标（需填写 variant_of）");
    }
  } else if (!ind.variant_of.empty()) {
    Error(field, "variant", "is required for a variant: {\"zh\": …, \"en\": …}", "变体指标必须说明变体 {\"zh\": …, \"en\": …}");
  }

  auto rule = obj.find("rule");
  if (rule == obj.end() || !rule->is_object()) {
    Error(field, "rule", "is required and must be an object", "必须填写且应为对象");
  } else if (rule->contains("derived") && rule->contains("record")) {
    Error(field, "rule", "is either counted (\"record\") or derived (\"derived\"), not both",
          "计数规则（record）与派生规则（derived）只能选一种");
  } else if (rule->contains("derived")) {
    CheckDerived(field, ind, *rule);
  } else if (rule->contains("record")) {
    CheckCounted(field, ind, *rule);
  } else {
    Error(field, "rule", "needs \"record\" (counted from records) or \"derived\" (from other indicators)",
          "需要 record（由记录计数）或 derived（由其他指标派生）");
  }
  if (code != nullptr) indicators.push_back(std::move(ind));
}

bool Checker::CheckScale(const std::string& field, const std::string& where, const json& rule, double& out) {
  auto s = rule.find("scale");
  if (s == rule.end()) return true;
  if (!s->is_number() || !std::isfinite(s->get<double>()) || s->get<double>() == 0) {
    Error(field, Join(where, "scale"), "must be a non-zero number", "应为非零数");
    return false;
  }
  out = s->get<double>();
  return true;
}

void Checker::CheckDerived(const std::string& field, Indicator& ind, const json& rule) {
  CheckKeys(field, "rule", rule, {"derived", "of", "scale"});
  size_t want_min = 2;
  size_t want_max = 2;
  if (const std::string* d = String(field, "rule", rule, "derived", true)) {
    if (*d == "divide") {
      ind.derivation = Derivation::kDivide;
    } else if (*d == "subtract") {
      ind.derivation = Derivation::kSubtract;
    } else if (*d == "add") {
      ind.derivation = Derivation::kAdd;
      want_max = SIZE_MAX;
    } else {
      Error(field, "rule.derived", "must be divide, add or subtract, not " + Quoted(*d),
            "应为 divide、add 或 subtract，而不是" + QuotedZh(*d));
    }
  }
  auto of = rule.find("of");
  if (of == rule.end() || !of->is_array()) {
    Error(field, "rule.of", "must be a list of indicator codes", "应为指标代码列表");
  } else {
    for (size_t i = 0; i < of->size(); ++i) {
      const std::string* code = (*of)[i].get_ptr<const std::string*>();
      if (code == nullptr || code->empty()) {
        Error(field, At("rule.of", i), "must be an indicator code", "应为指标代码");
      } else {
        ind.of.push_back(*code);
      }
    }
    if (ind.derived() && (of->size() < want_min || of->size() > want_max)) {
      Error(field, "rule.of",
            want_max == 2 ? "names exactly two indicators" : "names two or more indicators",
            want_max == 2 ? "应恰好列出两个指标" : "应列出两个或更多指标");
    }
  }
  CheckScale(field, "rule", rule, ind.scale);
}

std::string Checker::DateField(const std::string& field, const json& rule, std::string_view key,
                               const RecordType& type, std::string_view fallback, bool& ok) {
  auto it = rule.find(key);
  if (it == rule.end()) return std::string(fallback);
  const std::string* name = String(field, "rule", rule, key, true);
  if (name == nullptr) {
    ok = false;
    return {};
  }
  const FieldDef* f = type.Field(*name);
  if (f == nullptr || f->kind != FieldKind::kDate) {
    Error(field, Join("rule", key), Quoted(*name) + " is not a date field of " + std::string(type.name),
          QuotedZh(*name) + "不是" + TypeZh(type) + "的日期字段");
    ok = false;
    return {};
  }
  return *name;
}

void Checker::CheckCounted(const std::string& field, Indicator& ind, const json& rule) {
  CheckKeys(field, "rule", rule,
            {"record", "where", "measure", "field", "key_fallback", "scale", "timing", "date", "end", "min_months"});
  const std::string* record = String(field, "rule", rule, "record", true);
  if (record == nullptr) return;
  const RecordType* type = model::FindType(*record);
  if (type == nullptr) {
    Error(field, "rule.record", "unknown record type " + Quoted(*record), "未知的记录类型" + QuotedZh(*record));
    return;
  }
  ind.record = type;

  if (auto w = rule.find("where"); w != rule.end()) {
    CheckConditions(field, "rule.where", *type, *w, true, ind.where);
  }

  const std::string* measure = String(field, "rule", rule, "measure", true);
  const std::string* key = String(field, "rule", rule, "field", false);
  const std::string* fallback = String(field, "rule", rule, "key_fallback", false);
  if (measure != nullptr && *measure == "sum") {
    ind.measure = Measure::kSum;
    if (key == nullptr) {
      Error(field, "rule.field", "a sum needs the numeric field to add up", "求和须指定数值字段");
    } else if (key->find('.') != std::string::npos) {
      Error(field, "rule.field", "a sum adds a field of the record itself, not a path: " + Quoted(*key),
            "求和字段须为记录本身的字段，不能是路径：" + QuotedZh(*key));
    } else if (const FieldDef* f = type->Field(*key); f == nullptr) {
      Error(field, "rule.field", Quoted(*key) + " is not a field of " + std::string(type->name),
            TypeZh(*type) + "没有字段" + QuotedZh(*key));
    } else if (!IsNumeric(f->kind)) {
      Error(field, "rule.field",
            "cannot sum " + Quoted(*key) + " (" + KindEn(*f) + "): only integer, money and real fields add up",
            "不能对" + KindZh(*f) + "字段" + QuotedZh(*key) + "求和（仅限整数、金额、实数）");
    } else {
      ind.field = *key;
    }
    if (fallback != nullptr) {
      Error(field, "rule.key_fallback", "is only for count_distinct", "仅用于 count_distinct");
    }
  } else if (measure != nullptr && *measure == "count") {
    ind.measure = Measure::kCount;
    if (key != nullptr || fallback != nullptr) {
      Error(field, "rule.field", "count counts records and takes no field (use count_distinct)",
            "count 统计记录条数，不取字段（去重计数用 count_distinct）");
    }
  } else if (measure != nullptr && *measure == "count_distinct") {
    ind.measure = Measure::kCountDistinct;
    if (key == nullptr) {
      Error(field, "rule.field", "count_distinct needs the key to tell records apart", "count_distinct 须指定去重键");
    } else if (ResolvePath(field, "rule.field", *type, *key).field != nullptr) {
      ind.field = *key;
    }
    if (fallback != nullptr && ResolvePath(field, "rule.key_fallback", *type, *fallback).field != nullptr) {
      ind.key_fallback = *fallback;
    }
  } else if (measure != nullptr) {
    Error(field, "rule.measure", "must be sum, count or count_distinct, not " + Quoted(*measure),
          "应为 sum、count 或 count_distinct，而不是" + QuotedZh(*measure));
  }
  if (rule.contains("scale") && ind.measure != Measure::kSum) {
    Error(field, "rule.scale", "applies to sums and derived rules only", "仅用于求和与派生规则");
  } else {
    CheckScale(field, "rule", rule, ind.scale);
  }

  bool timing_ok = true;
  if (const std::string* t = String(field, "rule", rule, "timing", false)) {
    if (*t == "event") {
      ind.timing = Timing::kEvent;
    } else if (*t == "span") {
      ind.timing = Timing::kSpan;
    } else if (*t == "stock") {
      ind.timing = Timing::kStock;
    } else {
      Error(field, "rule.timing", "must be event, span or stock, not " + Quoted(*t),
            "应为 event、span 或 stock，而不是" + QuotedZh(*t));
      timing_ok = false;
    }
  } else if (rule.contains("timing")) {
    timing_ok = false;
  }
  bool dates_ok = true;
  ind.date_field = DateField(field, rule, "date", *type, type->date_field, dates_ok);
  std::string end = DateField(field, rule, "end", *type, type->end_date_field, dates_ok);
  if (timing_ok && dates_ok) {
    if (ind.timing == Timing::kEvent) {
      if (rule.contains("end")) {
        Error(field, "rule.end", "is only for span and stock timing", "仅用于 span 与 stock 时间口径");
      }
    } else {
      ind.end_field = end;
    }
    if (ind.date_field.empty() && ind.timing != Timing::kStock) {
      Error(field, "rule.timing",
            std::string(type->name) + " has no date: its rows are always active, so the timing must be stock",
            TypeZh(*type) + "没有日期字段，始终有效，时间口径应为 stock");
    }
    if (ind.timing == Timing::kSpan && ind.end_field.empty()) {
      Error(field, "rule.end",
            "span timing needs an end-date field and " + std::string(type->name) + " has none; name one or use stock",
            "span 口径需要结束日期字段，" + TypeZh(*type) + "没有；请指定 end 或改用 stock");
    }
    if (!ind.end_field.empty() && ind.end_field == ind.date_field) {
      Error(field, "rule.end", "must differ from the date field", "不能与日期字段相同");
    }
  }

  if (auto m = rule.find("min_months"); m != rule.end()) {
    if (!m->is_number_integer() || m->get<int64_t>() < 0 || m->get<int64_t>() > 1200) {
      Error(field, "rule.min_months", "must be a whole number of months (0–1200)", "应为 0–1200 的整数月数");
    } else {
      ind.min_months = static_cast<int>(m->get<int64_t>());
      if (ind.min_months > 0 && ind.timing == Timing::kEvent) {
        Error(field, "rule.min_months", "applies to span and stock timing only", "仅用于 span 与 stock 时间口径");
      }
    }
  }
}

void Checker::CheckConditions(const std::string& field, const std::string& where, const RecordType& type,
                              const json& list, bool allow_exists, std::vector<Condition>& out) {
  if (!list.is_array()) {
    Error(field, where, "must be a list of conditions", "应为条件列表");
    return;
  }
  for (size_t i = 0; i < list.size(); ++i) {
    if (auto c = CheckCondition(field, At(where, i), type, list[i], allow_exists)) out.push_back(std::move(*c));
  }
}

Resolved Checker::ResolvePath(const std::string& field, const std::string& where, const RecordType& type,
                              std::string_view path) {
  const std::string p(path);
  size_t dot = path.find('.');
  if (dot != std::string_view::npos && path.find('.', dot + 1) != std::string_view::npos) {
    Error(field, where, "path " + Quoted(p) + " has more than one hop (at most one, as in \"person_id.household_type\")",
          "路径" + QuotedZh(p) + "跨越多于一层引用（最多一层，如 person_id.household_type）");
    return {};
  }
  std::string_view head = path.substr(0, dot);
  const FieldDef* f = type.Field(head);
  if (f == nullptr) {
    Error(field, where, Quoted(head) + " is not a field of " + std::string(type.name),
          TypeZh(type) + "没有字段" + QuotedZh(head));
    return {};
  }
  if (dot == std::string_view::npos) return {&type, f};
  const RecordType* target = nullptr;
  if (f->kind == FieldKind::kRef) {
    target = model::FindType(f->ref);
  } else if (f->kind == FieldKind::kUnitCode) {
    target = model::FindType("admin_units");
  } else {
    Error(field, where,
          "cannot go through " + Quoted(head) + " in " + Quoted(p) + ": it holds " + KindEn(*f) +
              ", not a reference or a unit code",
          "路径" + QuotedZh(p) + "无法经由" + QuotedZh(head) + "：它是" + KindZh(*f) + "字段，不是引用或区划代码");
    return {};
  }
  if (target == nullptr) {
    Error(field, where, "the type " + Quoted(f->ref) + " referenced by " + Quoted(head) + " is not registered",
          QuotedZh(head) + "引用的类型" + QuotedZh(f->ref) + "未注册");
    return {};
  }
  std::string_view tail = path.substr(dot + 1);
  const FieldDef* g = target->Field(tail);
  if (g == nullptr) {
    Error(field, where,
          Quoted(tail) + " is not a field of " + std::string(target->name) + " (reached through " + Quoted(head) + ")",
          "经由" + QuotedZh(head) + "到达的" + TypeZh(*target) + "没有字段" + QuotedZh(tail));
    return {};
  }
  return {target, g};
}

bool Checker::ConvertValue(const std::string& field, const std::string& where, const std::string& path,
                           const FieldDef& f, const json& v, Value& out) {
  auto mismatch = [&](const std::string& en, const std::string& zh) {
    Error(field, where, en + " (" + Quoted(path) + " holds " + KindEn(f) + ")",
          zh + "（" + QuotedZh(path) + "是" + KindZh(f) + "字段）");
    return false;
  };
  switch (f.kind) {
    case FieldKind::kId:
    case FieldKind::kInt:
    case FieldKind::kMoney:
    case FieldKind::kRef:
      if (v.is_number_integer() &&
          !(v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX))) {
        out = v.get<int64_t>();
        return true;
      }
      if (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>() && std::fabs(v.get<double>()) < 9e15) {
        out = static_cast<int64_t>(v.get<double>());
        return true;
      }
      return mismatch("expected a whole number, got " + v.dump(), "应为整数，实际为 " + v.dump());
    case FieldKind::kReal:
      if (!v.is_number()) return mismatch("expected a number, got " + v.dump(), "应为数值，实际为 " + v.dump());
      out = v.get<double>();
      return true;
    case FieldKind::kBool:
      if (!v.is_boolean()) return mismatch("expected true or false, got " + v.dump(), "应为 true 或 false，实际为 " + v.dump());
      out = v.get<bool>();
      return true;
    case FieldKind::kEnum: {
      const std::string* s = v.get_ptr<const std::string*>();
      bool known = s != nullptr && std::any_of(f.choices.begin(), f.choices.end(),
                                               [&](const model::Choice& c) { return c.code == *s; });
      if (!known) {
        std::string codes;
        for (const model::Choice& c : f.choices) codes += (codes.empty() ? "" : ", ") + std::string(c.code);
        return mismatch(v.dump() + " is not one of its codes: " + codes, v.dump() + " 不是其代码之一：" + codes);
      }
      out = *s;
      return true;
    }
    case FieldKind::kDate: {
      const std::string* s = v.get_ptr<const std::string*>();
      if (s == nullptr || !Date::Parse(*s).ok()) {
        return mismatch("expected a date YYYY-MM-DD, got " + v.dump(), "应为日期 YYYY-MM-DD，实际为 " + v.dump());
      }
      out = *s;
      return true;
    }
    case FieldKind::kUnitCode: {
      const std::string* s = v.get_ptr<const std::string*>();
      if (s == nullptr || !model::IsWellFormedUnitCode(*s)) {
        return mismatch("expected a GB/T 2260 code, got " + v.dump(), "应为 GB/T 2260 区划代码，实际为 " + v.dump());
      }
      out = *s;
      return true;
    }
    case FieldKind::kText:
    case FieldKind::kTimestamp: {
      const std::string* s = v.get_ptr<const std::string*>();
      if (s == nullptr) return mismatch("expected a string, got " + v.dump(), "应为字符串，实际为 " + v.dump());
      out = *s;
      return true;
    }
  }
  return mismatch("unsupported field kind", "不支持的字段类型");
}

std::optional<Condition> Checker::CheckCondition(const std::string& field, const std::string& where,
                                                 const RecordType& type, const json& c, bool allow_exists) {
  if (!c.is_object()) {
    Error(field, where, "a condition must be an object", "条件应为对象");
    return std::nullopt;
  }
  CheckKeys(field, where, c, {"field", "in", "not_in", "present", "within", "not_within", "exists_in"});
  const std::string* path = String(field, where, c, "field", true);
  Resolved r = path ? ResolvePath(field, Join(where, "field"), type, *path) : Resolved{};
  static constexpr std::string_view kOps[] = {"in", "not_in", "present", "within", "not_within", "exists_in"};
  std::string_view op;
  int ops = 0;
  for (std::string_view o : kOps) {
    if (c.contains(o)) {
      op = o;
      ++ops;
    }
  }
  if (ops != 1) {
    Error(field, where, "a condition needs exactly one of in, not_in, present, within, not_within, exists_in",
          "条件须恰好包含 in、not_in、present、within、not_within、exists_in 之一");
    return std::nullopt;
  }
  if (r.field == nullptr) return std::nullopt;
  Condition cond;
  cond.path = *path;
  const json& arg = *c.find(op);
  const std::string arg_where = Join(where, op);
  if (op == "in" || op == "not_in") {
    cond.op = op == "in" ? Condition::Op::kIn : Condition::Op::kNotIn;
    if (!arg.is_array() || arg.empty()) {
      Error(field, arg_where, "must be a non-empty list of values", "应为非空的取值列表");
      return std::nullopt;
    }
    bool ok = true;
    for (size_t i = 0; i < arg.size(); ++i) {
      Value v;
      if (ConvertValue(field, At(arg_where, i), *path, *r.field, arg[i], v)) {
        cond.values.push_back(std::move(v));
      } else {
        ok = false;
      }
    }
    if (!ok) return std::nullopt;
  } else if (op == "present") {
    cond.op = Condition::Op::kPresent;
    if (!arg.is_boolean()) {
      Error(field, arg_where, "must be true or false", "应为 true 或 false");
      return std::nullopt;
    }
    cond.present = arg.get<bool>();
  } else if (op == "within" || op == "not_within") {
    cond.op = op == "within" ? Condition::Op::kWithin : Condition::Op::kNotWithin;
    const std::string* code = arg.get_ptr<const std::string*>();
    if (code == nullptr || (*code != "east_code" && *code != "west_code")) {
      Error(field, arg_where, "must be \"east_code\" or \"west_code\"", "应为 \"east_code\" 或 \"west_code\"");
      return std::nullopt;
    }
    if (r.field->kind != FieldKind::kUnitCode) {
      Error(field, arg_where, Quoted(*path) + " holds " + KindEn(*r.field) + ", not a unit code",
            QuotedZh(*path) + "是" + KindZh(*r.field) + "字段，不是区划代码");
      return std::nullopt;
    }
    const FieldDef* own = type.Field(*code);
    if (own == nullptr || own->kind != FieldKind::kUnitCode) {
      Error(field, arg_where, std::string(type.name) + " has no " + *code, TypeZh(type) + "没有 " + *code);
      return std::nullopt;
    }
    cond.code_field = *code;
  } else {
    cond.op = Condition::Op::kExistsIn;
    if (!allow_exists) {
      Error(field, arg_where, "exists_in cannot be nested inside exists_in", "exists_in 不能嵌套");
      return std::nullopt;
    }
    if (!arg.is_object()) {
      Error(field, arg_where, "must be an object {\"record\", \"field\", \"where\"}",
            "应为对象 {\"record\", \"field\", \"where\"}");
      return std::nullopt;
    }
    CheckKeys(field, arg_where, arg, {"record", "field", "where"});
    const std::string* record = String(field, arg_where, arg, "record", true);
    const std::string* other = String(field, arg_where, arg, "field", true);
    if (record == nullptr || other == nullptr) return std::nullopt;
    const RecordType* target = model::FindType(*record);
    if (target == nullptr) {
      Error(field, Join(arg_where, "record"), "unknown record type " + Quoted(*record),
            "未知的记录类型" + QuotedZh(*record));
      return std::nullopt;
    }
    const FieldDef* g = target->Field(*other);
    if (g == nullptr) {
      Error(field, Join(arg_where, "field"), Quoted(*other) + " is not a field of " + std::string(target->name),
            TypeZh(*target) + "没有字段" + QuotedZh(*other));
      return std::nullopt;
    }
    std::string_view rows_a = RowTypeOf(*r.owner, *r.field);
    std::string_view rows_b = RowTypeOf(*target, *g);
    bool comparable = (rows_a.empty() && rows_b.empty()) ? r.field->kind == g->kind : rows_a == rows_b;
    if (!comparable) {
      Error(field, Join(arg_where, "field"),
            Quoted(*path) + " and " + std::string(target->name) + "." + *other + " do not hold the same kind of value",
            QuotedZh(*path) + "与" + TypeZh(*target) + "的" + QuotedZh(*other) + "取值类型不同");
      return std::nullopt;
    }
    cond.exists_type = target;
    cond.exists_field = *other;
    if (auto w = arg.find("where"); w != arg.end()) {
      size_t before = errors.size();
      CheckConditions(field, Join(arg_where, "where"), *target, *w, false, cond.exists_where);
      if (errors.size() != before) return std::nullopt;
    }
  }
  return cond;
}

bool Checker::FindCycle(const std::map<std::string, const Indicator*>& by_code, const std::string& node,
                        const std::string& target, std::set<std::string>& seen, std::vector<std::string>& path) {
  auto it = by_code.find(node);
  if (it == by_code.end()) return false;
  for (const std::string& next : it->second->of) {
    if (next == target) {
      path.push_back(next);
      return true;
    }
    if (!seen.insert(next).second) continue;
    path.push_back(next);
    if (FindCycle(by_code, next, target, seen, path)) return true;
    path.pop_back();
  }
  return false;
}

void Checker::CheckReferences() {
  std::map<std::string, const Indicator*> by_code;
  for (const Indicator& ind : indicators) by_code.emplace(ind.code, &ind);
  for (const Indicator& ind : indicators) {
    if (!ind.variant_of.empty()) {
      if (ind.variant_of == ind.code) {
        Error(ind.code, "variant_of", "an indicator cannot be a variant of itself", "指标不能是自身的变体");
      } else if (by_code.count(ind.variant_of) == 0) {
        Error(ind.code, "variant_of", "unknown indicator " + Quoted(ind.variant_of),
              "未知的指标" + QuotedZh(ind.variant_of));
      }
    }
    for (const std::string& code : ind.of) {
      if (by_code.count(code) == 0) {
        Error(ind.code, "rule.of", "unknown indicator " + Quoted(code), "未知的指标" + QuotedZh(code));
      }
    }
    std::set<std::string> seen;
    std::vector<std::string> path = {ind.code};
    if (ind.derived() && FindCycle(by_code, ind.code, ind.code, seen, path)) {
      std::string chain;
      for (const std::string& step : path) chain += (chain.empty() ? "" : " → ") + step;
      Error(ind.code, "rule.of", "derived rules form a cycle: " + chain, "派生规则形成循环：" + chain);
    }
  }
}

}  // namespace

Result<std::shared_ptr<const Catalog>> Catalog::Parse(std::string_view json_text) {
  const std::string catalog(kDocumentField);
  try {
    // nlohmann keeps the last of duplicate keys silently; a hand-edited catalog with two
    // "rule"s would lose one without a word, so they are caught while parsing.
    std::vector<std::set<std::string>> open_objects;
    std::vector<std::string> duplicates;
    json::parser_callback_t note_keys = [&](int, json::parse_event_t event, json& parsed) {
      if (event == json::parse_event_t::object_start) {
        open_objects.emplace_back();
      } else if (event == json::parse_event_t::object_end) {
        if (!open_objects.empty()) open_objects.pop_back();
      } else if (event == json::parse_event_t::key && !open_objects.empty()) {
        const std::string* key = parsed.get_ptr<const std::string*>();
        if (key != nullptr && !open_objects.back().insert(*key).second) duplicates.push_back(*key);
      }
      return true;
    };
    json doc;
    try {
      doc = json::parse(json_text.begin(), json_text.end(), note_keys);
    } catch (const json::exception& e) {
      std::string detail = e.what();
      return Status::InvalidArgument("the indicator catalog is not valid JSON: " + detail,
                                     "指标目录不是合法的 JSON：" + detail,
                                     {{catalog, "not valid JSON: " + detail, "不是合法的 JSON：" + detail, 0}});
    }
    Checker checker;
    for (const std::string& key : duplicates) {
      checker.errors.push_back({catalog, "the key " + Quoted(key) + " appears twice in one object",
                                "同一对象中键" + QuotedZh(key) + "出现两次", 0});
    }
    checker.Check(doc);
    if (!checker.errors.empty()) {
      const FieldError& first = checker.errors.front();
      const std::string n = std::to_string(checker.errors.size());
      return Status::InvalidArgument(
          "the indicator catalog has " + n + " problem(s); first: " + first.field + ": " + first.message_en,
          "指标目录有 " + n + " 处问题；第一处：" + first.field + "：" + first.message_zh,
          std::move(checker.errors));
    }
    auto result = std::make_shared<Catalog>();
    result->groups_ = std::move(checker.groups);
    result->indicators_ = std::move(checker.indicators);
    return std::shared_ptr<const Catalog>(std::move(result));
  } catch (const std::exception& e) {
    return Status::Internal(std::string("reading the indicator catalog failed: ") + e.what());
  }
}

Result<std::shared_ptr<const Catalog>> Catalog::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound("cannot read the indicator catalog " + path, "无法读取指标目录 " + path);
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    return Status::NotFound("cannot read the indicator catalog " + path, "无法读取指标目录 " + path);
  }
  Result<std::shared_ptr<const Catalog>> parsed = Parse(text.str());
  if (!parsed.ok()) return parsed.status().WithPrefix(path + ": ", path + "：");
  return parsed;
}

Result<std::shared_ptr<const Catalog>> Catalog::LoadDefault() {
  std::string path;
  if (const char* env = std::getenv("SHANHAI_CATALOG"); env != nullptr && *env != '\0') {
    path = env;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) path += "/indicators.json";
  } else {
#ifdef SHANHAI_SOURCE_DIR
    path = std::string(SHANHAI_SOURCE_DIR) + "/catalog/indicators.json";
#else
    path = "catalog/indicators.json";
#endif
  }
  return Load(path);
}

const Indicator* Catalog::Find(std::string_view code) const {
  for (const Indicator& ind : indicators_) {
    if (ind.code == code) return &ind;
  }
  return nullptr;
}

std::vector<const Indicator*> Catalog::RulesOver(std::string_view record_type) const {
  std::vector<const Indicator*> out;
  for (const Indicator& ind : indicators_) {
    if (!ind.derived() && ind.record != nullptr && ind.record->name == record_type) out.push_back(&ind);
  }
  return out;
}

}  // namespace shanhai::indicators
