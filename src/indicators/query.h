// indicators/query.h
//
// Computing an indicator's value for a scope and a period from the live facts: the
// read side of the engine. Every value is answered by one aggregate query over
// indicator_facts (derived indicators by a few), so it is as fresh as the last write.
//
// Scopes:
//  - a pairing, with every pairing below it (厦门市→宁夏 includes 厦门→泾源县, …);
//  - an administrative unit on either side, rolled up over its hierarchy and all its
//    pairings (everything 厦门市 does; everything 海原县 receives): by the records'
//    eastern or western code, so a person employed under two pairings of the same
//    western county counts once for that county;
//  - everything (national).
// Periods: a year, a quarter, a month, or cumulative up to the end of a year (from the
// pairing's start, for a pairing scope).
//
// Thread-safety: a Calculator belongs to one transaction.

#ifndef SHANHAI_INDICATORS_QUERY_H_
#define SHANHAI_INDICATORS_QUERY_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "indicators/catalog.h"
#include "store/store.h"

namespace shanhai::indicators {

struct Period {
  enum class Kind { kYear, kQuarter, kMonth, kCumulative };
  Kind kind = Kind::kYear;
  int year = 0;
  int part = 0;  // quarter 1–4 or month 1–12; 0 otherwise

  static Result<Period> Year(int year);
  static Result<Period> Quarter(int year, int quarter);
  static Result<Period> Month(int year, int month);
  // From the beginning (the pairing's start) to the end of `year`.
  static Result<Period> CumulativeThrough(int year);

  // The same kind of period one year earlier.
  Period YearBefore() const;
  // First and last month index (store::MonthIndex) covered; cumulative starts at 0.
  int32_t first_month() const;
  int32_t last_month() const;
  // "2023年", "2023年第2季度", "2023年5月", "截至2023年底累计".
  std::string LabelZh() const;
  std::string LabelEn() const;
};

struct Scope {
  enum class Kind { kAll, kPairing, kUnit };
  Kind kind = Kind::kAll;
  int64_t pairing_id = 0;  // kPairing
  std::string unit_code;   // kUnit

  static Scope All() { return {}; }
  static Scope Pairing(int64_t id) { return {Kind::kPairing, id, {}}; }
  static Scope Unit(std::string code) { return {Kind::kUnit, 0, std::move(code)}; }
};

// A scope resolved against the database.
struct ResolvedScope {
  Scope scope;
  std::string name_zh;                // "厦门市—宁夏回族自治区", "海原县", "全国"
  std::vector<int64_t> pairing_ids;   // kPairing: the pairing and all below it
  std::optional<model::Record> pairing;  // kPairing: the pairing itself
  std::optional<model::Record> unit;     // kUnit: the unit
  std::string side;                   // kUnit: "east" or "west"
  int32_t start_month = 0;            // kPairing: its start (for cumulative periods)
};

class Calculator {
 public:
  // `catalog` and `txn` must outlive the calculator.
  Calculator(const Catalog& catalog, store::Txn& txn) : catalog_(catalog), txn_(txn) {}

  // Looks the scope up. Errors: kNotFound for an unknown pairing or unit;
  // kInvalidArgument for a malformed unit code.
  Result<ResolvedScope> Resolve(const Scope& scope);

  // The value of `indicator` (in its catalog unit) for the scope and period; nullopt
  // when it has none (a ratio whose denominator is 0).
  Result<std::optional<double>> Value(const Indicator& indicator, const ResolvedScope& scope, const Period& period);

  // The values of many indicators at once (nullopt as for Value), answered with one
  // aggregate query per kind of counting rule instead of one per indicator.
  Result<std::map<std::string, std::optional<double>>> Values(const std::vector<const Indicator*>& indicators,
                                                              const ResolvedScope& scope, const Period& period);

  // The value for each pairing that has facts (for rankings), ungrouped by hierarchy:
  // each pairing's own records only. Derived indicators are not ranked (kInvalidArgument).
  Result<std::map<int64_t, double>> ValueByPairing(const Indicator& indicator, const Period& period);

 private:
  Result<std::optional<double>> Compute(const Indicator& indicator, const ResolvedScope& scope, const Period& period,
                                        int depth);
  store::FactQuery BaseQuery(const Indicator& indicator, const Period& period) const;
  // `by_place`: the rule counts rows without a pairing (administrative units).
  static void ApplyScope(store::FactQuery& q, const ResolvedScope& scope, const Period& period, bool by_place);
  // The value of a derived indicator from the values of the counted ones.
  std::optional<double> Combine(const Indicator& indicator, const std::map<std::string, double>& counted,
                                int depth) const;

  const Catalog& catalog_;
  store::Txn& txn_;
};

}  // namespace shanhai::indicators

#endif  // SHANHAI_INDICATORS_QUERY_H_
