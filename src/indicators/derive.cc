#include "indicators/derive.h"

#include <cmath>
#include <cstdio>

#include "base/date.h"
#include "model/admin_code.h"

namespace shanhai::indicators {
namespace {

using model::Record;
using model::Value;

bool Equal(const Value& a, const Value& b) {
  // Catalog values are typed like the field, but a count may meet a real.
  if (auto* i = std::get_if<int64_t>(&a); i && std::holds_alternative<double>(b))
    return static_cast<double>(*i) == std::get<double>(b);
  if (auto* d = std::get_if<double>(&a); d && std::holds_alternative<int64_t>(b))
    return *d == static_cast<double>(std::get<int64_t>(b));
  return a == b;
}

std::string KeyText(const Value& v) {
  if (auto* s = std::get_if<std::string>(&v)) return *s;
  if (auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  if (auto* d = std::get_if<double>(&v)) return std::to_string(*d);
  if (auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  return {};
}

Result<bool> MeetsOne(const Condition& c, const Record& r, Lookup& lookup) {
  SHANHAI_ASSIGN_OR_RETURN(Value v, ResolvePath(r, c.path, lookup));
  switch (c.op) {
    case Condition::Op::kIn:
      for (const Value& want : c.values)
        if (Equal(v, want)) return true;
      return false;
    case Condition::Op::kNotIn:
      for (const Value& want : c.values)
        if (Equal(v, want)) return false;
      return true;
    case Condition::Op::kPresent:
      return model::IsAbsent(v) != c.present;
    case Condition::Op::kWithin:
    case Condition::Op::kNotWithin: {
      auto* code = std::get_if<std::string>(&v);
      std::string container = r.GetString(c.code_field).value_or("");
      if (!code || container.empty()) return false;
      bool within = model::IsWithin(*code, container);
      return c.op == Condition::Op::kWithin ? within : !within;
    }
    case Condition::Op::kExistsIn: {
      if (model::IsAbsent(v)) return false;
      SHANHAI_ASSIGN_OR_RETURN(auto rows, lookup.FindBy(*c.exists_type, c.exists_field, v));
      for (const Record& row : rows) {
        SHANHAI_ASSIGN_OR_RETURN(bool ok, Meets(c.exists_where, row, lookup));
        if (ok) return true;
      }
      return false;
    }
  }
  return false;
}

// 16 hex digits of the 64-bit FNV-1a hash: collisions among even millions of keys of
// one indicator are vanishingly unlikely (about n²/2⁶⁵).
std::string CompactKey(const std::string& key) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

Result<Value> ResolvePath(const Record& record, const std::string& path, Lookup& lookup) {
  size_t dot = path.find('.');
  const model::RecordType& type = record.type();
  if (dot == std::string::npos) {
    if (type.FieldIndex(path) < 0) return Value{};
    return record.Get(path);
  }
  const std::string head = path.substr(0, dot), tail = path.substr(dot + 1);
  const model::FieldDef* f = type.Field(head);
  if (!f) return Value{};
  const Value& link = record.Get(head);
  if (model::IsAbsent(link)) return Value{};
  std::optional<Record> target;
  if (f->kind == model::FieldKind::kRef) {
    SHANHAI_ASSIGN_OR_RETURN(target, lookup.Find(*model::FindType(f->ref), std::get<int64_t>(link)));
  } else if (f->kind == model::FieldKind::kUnitCode) {
    SHANHAI_ASSIGN_OR_RETURN(target, lookup.FindUnit(std::get<std::string>(link)));
  }
  if (!target || target->type().FieldIndex(tail) < 0) return Value{};
  return target->Get(tail);
}

Result<bool> Meets(const std::vector<Condition>& conditions, const Record& record, Lookup& lookup) {
  for (const Condition& c : conditions) {
    SHANHAI_ASSIGN_OR_RETURN(bool ok, MeetsOne(c, record, lookup));
    if (!ok) return false;
  }
  return true;
}

Result<std::vector<store::Fact>> DeriveFactsFor(const Indicator& ind, const Record& r, Lookup& lookup) {
  std::vector<store::Fact> out;
  if (ind.derived() || ind.record != &r.type()) return out;
  SHANHAI_ASSIGN_OR_RETURN(bool meets, Meets(ind.where, r, lookup));
  if (!meets) return out;

  store::Fact fact;
  fact.indicator = ind.code;
  fact.record_type = std::string(r.type().name);
  fact.record_id = r.id();
  fact.pairing_id = r.type().name == "pairings" ? std::optional<int64_t>(r.id()) : r.GetInt("pairing_id");
  // Admin units are their own western (or eastern) place.
  fact.west_code = r.GetString("west_code").value_or(model::CountyPart(r.GetString("code").value_or("")));
  fact.east_code = r.GetString("east_code").value_or("");

  // When the record counts.
  if (ind.date_field.empty()) {
    fact.from_month = 0;  // undated rows (units) are always there
  } else {
    auto start_text = r.GetString(ind.date_field);
    if (!start_text) return out;
    auto start = Date::Parse(*start_text);
    if (!start.ok()) return out;
    std::optional<Date> end;
    if (!ind.end_field.empty()) {
      if (auto e = r.GetString(ind.end_field)) {
        auto parsed = Date::Parse(*e);
        if (parsed.ok()) end = *parsed;
      }
    }
    if (ind.timing == Timing::kEvent) {
      fact.from_month = store::MonthIndex(start->year(), start->month());
      fact.to_month = fact.from_month;
    } else {
      Date from = *start;
      if (ind.min_months > 0) {
        // Stable from the last day of its N-th month: 01-15 + 3 months − 1 day = 04-14.
        from = Date::FromDays(start->AddMonths(ind.min_months).ToDays() - 1);
        if (end && *end < from) return out;
      }
      fact.from_month = store::MonthIndex(from.year(), from.month());
      if (end) {
        fact.to_month = store::MonthIndex(end->year(), end->month());
        // A stock counts at a month's end only when it lasts to that day: one ending
        // on 06-15 is not active on 06-30, so its last month is May.
        if (ind.timing == Timing::kStock && end->day() < DaysInMonth(end->year(), end->month())) {
          --*fact.to_month;
          if (*fact.to_month < fact.from_month) return out;  // active at no month's end
        }
      }
    }
  }

  // What it counts for.
  switch (ind.measure) {
    case Measure::kSum: {
      SHANHAI_ASSIGN_OR_RETURN(Value v, ResolvePath(r, ind.field, lookup));
      if (auto* i = std::get_if<int64_t>(&v)) {
        fact.value = static_cast<double>(*i);
      } else if (auto* d = std::get_if<double>(&v)) {
        fact.value = *d;
      } else {
        return out;  // nothing to add
      }
      break;
    }
    case Measure::kCount:
      fact.value = 1;
      break;
    case Measure::kCountDistinct: {
      fact.value = 1;
      SHANHAI_ASSIGN_OR_RETURN(Value key, ResolvePath(r, ind.field, lookup));
      std::string text = KeyText(key), path = ind.field;
      if (text.empty() && !ind.key_fallback.empty()) {
        SHANHAI_ASSIGN_OR_RETURN(Value fallback, ResolvePath(r, ind.key_fallback, lookup));
        text = KeyText(fallback);
        path = ind.key_fallback;
      }
      // Keys from different paths must not meet by accident ("12" as an id and as a
      // name), so the path is part of the key; it is kept as a 64-bit hash because
      // distinct counts sort these keys, and short keys sort fast.
      fact.distinct_key = CompactKey(text.empty() ? "row:" + std::to_string(r.id()) : path + ":" + text);
      break;
    }
  }
  out.push_back(std::move(fact));
  return out;
}

Result<std::vector<store::Fact>> DeriveFacts(const Catalog& catalog, const Record& record, Lookup& lookup) {
  std::vector<store::Fact> all;
  for (const Indicator* ind : catalog.RulesOver(record.type().name)) {
    SHANHAI_ASSIGN_OR_RETURN(auto facts, DeriveFactsFor(*ind, record, lookup));
    for (auto& f : facts) all.push_back(std::move(f));
  }
  return all;
}

}  // namespace shanhai::indicators
