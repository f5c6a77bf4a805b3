// indicators/catalog.h
//
// The indicator catalog: the official indicators of East–West cooperation
// (design/indicators.md §2) as DATA, read from catalog/indicators.json. Adding an
// indicator of an existing shape is an edit to that file, not to C++.
//
// ---- The file ---------------------------------------------------------------------
// {"version": 1, "groups": [{"code": "funds", "zh": "资金", "en": "Funds"}, …],
//  "indicators": [Indicator, …]}
//
// Indicator:
//   {"code": "fund_fiscal_aid",            lower_snake, unique
//    "zh": "财政援助资金", "en": "Fiscal aid funds",
//    "group": "funds",                     one of the groups, in report order:
//                                          org 组织领导/结对, funds 资金, talent 人才,
//                                          industry 产业合作, labour 劳务协作,
//                                          consumption 消费帮扶, social 社会帮扶,
//                                          rural 乡村振兴示范
//    "unit": "元", "unit_en": "yuan",      what the computed value is counted in
//    "target": true,                       appears in annual agreements (任务数)
//    "note": "…",                          optional: the counting rule in words (zh)
//    "rule": Rule}                         how the value is computed from records
//
// Rule (counted from records):
//   {"record": "fund_transfers",           a record type of model/record_type.h (also
//                                          "pairings" and "admin_units")
//    "where": [Condition, …],              all must hold (default: none)
//    "measure": "sum" | "count" | "count_distinct",
//    "field": "amount_fen",                sum: the numeric field summed;
//                                          count_distinct: the key (a path, below);
//                                          count: unused (counts records)
//    "key_fallback": "name",               count_distinct: path used when `field` is
//                                          absent on a record (e.g. secondees without
//                                          an ID number are told apart by name)
//    "scale": 0.01,                        sum: multiplier (fen → 元); default 1
//    "timing": "event" | "span" | "stock", default "event":
//        event — the record counts in the period holding its date field;
//        span  — the record counts in every period its date … end-date span overlaps
//                (open end: ongoing); with count_distinct, a person with two spells
//                in a period counts once;
//        stock — the record counts in a period if it is active at the period's end
//                (date ≤ period end, and end absent or ≥ period end).
//    "date": "start_date", "end": "end_date",  override the type's date/end fields;
//                                          types without a date (admin units) are
//                                          always active
//    "min_months": 3}                      span/stock: only from the day the span has
//                                          lasted this many months (稳定就业3个月以上);
//                                          a span that ends sooner never counts
//
// Rule (derived from other indicators of the catalog, same scope and period):
//   {"derived": "divide" | "add" | "subtract",
//    "of": ["fund_fiscal_disbursed", "fund_fiscal_aid"],   two codes (add: two or more)
//    "scale": 100}                         multiplier on the result (ratios → %)
//   A division by zero yields no value (shown as "—"), never infinity.
//
// Condition:
//   {"field": PATH, "in": [v, …]}          value is one of (enum codes, numbers, bools)
//   {"field": PATH, "not_in": [v, …]}
//   {"field": PATH, "present": true|false} value is (not) absent
//   {"field": PATH, "within": "east_code" | "west_code"}
//                                          a unit-code value lies inside the record's
//                                          eastern or western code (by code prefix)
//   {"field": PATH, "not_within": "east_code" | "west_code"}
//   {"field": PATH, "exists_in": {"record": "investments", "field": "enterprise_id",
//                                 "where": [Condition, …]}}
//                                          some row of that type, meeting its own
//                                          conditions, has this value in that field
//                                          (an employer that landed an investment)
//
// PATH: a field of the record ("stage"), or a hop through a reference:
// "person_id.household_type" (kRef → the referenced row's field), "west_code.key_county"
// or "work_unit.side" (a unit code → the admin unit's field). One hop at most.
//
// Variants and switches are indicators of their own, related by "variant_of":
//   {"code": "tal_prof_e2w_persontimes", "variant_of": "tal_prof_e2w",
//    "variant": {"zh": "人次", "en": "person-times"}, …rule…}
// e.g. 人 vs 人次, stable ≥ 3 months or not, 监测对象 included or not.
//
// Thread-safety: a Catalog is immutable after Load and may be shared.

#ifndef SHANHAI_INDICATORS_CATALOG_H_
#define SHANHAI_INDICATORS_CATALOG_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "model/record.h"

namespace shanhai::indicators {

enum class Measure { kSum, kCount, kCountDistinct };
enum class Timing { kEvent, kSpan, kStock };
enum class Derivation { kNone, kDivide, kAdd, kSubtract };

struct Condition {
  enum class Op { kIn, kNotIn, kPresent, kWithin, kNotWithin, kExistsIn };
  std::string path;                      // "stage" or "person_id.household_type"
  Op op = Op::kIn;
  std::vector<model::Value> values;      // kIn / kNotIn (typed as the field's values)
  bool present = true;                   // kPresent
  std::string code_field;                // kWithin / kNotWithin: "east_code" / "west_code"
  // kExistsIn: a row of `exists_type` meeting `exists_where` has the value in `exists_field`.
  const model::RecordType* exists_type = nullptr;
  std::string exists_field;
  std::vector<Condition> exists_where;
};

struct Indicator {
  std::string code;
  std::string zh;
  std::string en;
  std::string group;
  std::string unit;
  std::string unit_en;
  bool target = false;
  std::string note;
  std::string variant_of;  // empty unless a variant
  std::string variant_zh;
  std::string variant_en;

  // Counted rules (derivation == kNone).
  const model::RecordType* record = nullptr;
  std::vector<Condition> where;
  Measure measure = Measure::kCount;
  std::string field;         // sum field / distinct key path
  std::string key_fallback;  // distinct key path when `field` is absent
  double scale = 1;
  Timing timing = Timing::kEvent;
  std::string date_field;    // resolved: the rule's or the type's
  std::string end_field;     // resolved; empty for events
  int min_months = 0;

  // Derived rules.
  Derivation derivation = Derivation::kNone;
  std::vector<std::string> of;

  bool derived() const { return derivation != Derivation::kNone; }
};

struct Group {
  std::string code;
  std::string zh;
  std::string en;
};

class Catalog {
 public:
  // Parses and checks a catalog document. Errors (kInvalidArgument, each problem with
  // the indicator code as its field): malformed JSON; unknown keys; unknown record
  // types, fields or paths; a sum over a non-numeric field; conditions whose values do
  // not fit the field (e.g. an enum code that does not exist); unknown groups; derived
  // rules naming unknown indicators or forming a cycle; duplicate codes.
  static Result<std::shared_ptr<const Catalog>> Parse(std::string_view json_text);
  // Reads and parses the file at `path` (errors also kNotFound).
  static Result<std::shared_ptr<const Catalog>> Load(const std::string& path);
  // The catalog shipped in the source tree (catalog/indicators.json), located through
  // SHANHAI_CATALOG, else the build's source directory.
  static Result<std::shared_ptr<const Catalog>> LoadDefault();

  const std::vector<Indicator>& indicators() const { return indicators_; }
  const std::vector<Group>& groups() const { return groups_; }
  // The indicator with this code, or nullptr.
  const Indicator* Find(std::string_view code) const;
  // The counted (non-derived) indicators over `record_type`, in catalog order.
  std::vector<const Indicator*> RulesOver(std::string_view record_type) const;

 private:
  std::vector<Indicator> indicators_;
  std::vector<Group> groups_;
};

}  // namespace shanhai::indicators

#endif  // SHANHAI_INDICATORS_CATALOG_H_
