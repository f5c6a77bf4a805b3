// store/fact.h
//
// Fact: one record's contribution to one indicator, kept in the indicator_facts table
// in the same transaction as the record itself. The indicator engine (indicators/)
// decides what facts a record yields; the store keeps them and aggregates them, so a
// total is fresh the moment its record is written and never needs a batch run.
//
// Periods are month indexes (year × 12 + month − 1): a fact is active from from_month to
// to_month inclusive (to_month absent: still active).

#ifndef SHANHAI_STORE_FACT_H_
#define SHANHAI_STORE_FACT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace shanhai::store {

// The month index of a date's year and month (1..12).
constexpr int32_t MonthIndex(int year, int month) { return year * 12 + (month - 1); }

struct Fact {
  std::string indicator;
  std::string record_type;
  int64_t record_id = 0;
  std::optional<int64_t> pairing_id;
  std::string west_code;  // the record's western code (shard key)
  std::string east_code;  // the record's eastern code, or empty
  int32_t from_month = 0;
  std::optional<int32_t> to_month;
  double value = 1;          // what a sum adds (counts use 1)
  std::string distinct_key;  // what a distinct count tells apart; empty otherwise

  friend bool operator==(const Fact&, const Fact&) = default;
};

// What to aggregate and over which facts.
struct FactQuery {
  enum class Measure { kSum, kCount, kCountDistinct };
  // Which facts fall in the period [from_month, to_month]:
  //  kEvent — from_month inside it; kSpan — active at any month of it;
  //  kStock — active at its last month.
  enum class Timing { kEvent, kSpan, kStock };

  std::string indicator;
  // Instead of `indicator`: several indicators of the same measure and timing at once,
  // one group per indicator that has facts (a dashboard asks for dozens).
  std::vector<std::string> indicators;
  Measure measure = Measure::kSum;
  Timing timing = Timing::kEvent;
  int32_t from_month = 0;
  int32_t to_month = 0;
  // Scope; every given filter must hold. Empty/absent: no filter.
  std::vector<int64_t> pairing_ids;
  std::optional<std::string> west_prefix;  // west_code LIKE prefix%
  std::optional<std::string> east_prefix;  // east_code LIKE prefix%
  // One value per pairing_id (ranking) instead of one overall.
  bool group_by_pairing = false;
};

struct FactGroup {
  std::string indicator;              // set when several indicators were asked for
  std::optional<int64_t> pairing_id;  // set when grouped by pairing
  double value = 0;
};

}  // namespace shanhai::store

#endif  // SHANHAI_STORE_FACT_H_
