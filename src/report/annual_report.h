// report/annual_report.h
//
// The annual report of a pairing (or of an administrative unit, either side): every
// indicator of the catalog for one year, grouped by the catalog's groups in report order
// (组织领导与结对, 资金支持, 人才交流, 产业合作, 劳务协作, 消费帮扶, 社会帮扶, 乡村振兴示范),
// each row with what was done (完成数), what was agreed (任务数), the completion rate,
// last year's value and the change on it, the cumulative value, and the published
// figures (公开报道数) that speak of the same indicator, scope and year, each compared
// with the value computed for that figure's own scope and period.
//
// The report is a plain value: BuildAnnualReport computes it inside one read
// transaction, and the renderers (report/render.h) turn it into text, JSON, HTML or
// XLSX without touching the database again.
//
//   auto report = store.Read([&](store::Txn& txn) -> Status {
//     SHANHAI_ASSIGN_OR_RETURN(built, BuildAnnualReport(catalog, txn, Scope::Pairing(2), 2022));
//     return Status::Ok();
//   });
//   std::cout << RenderText(built);
//
// Thread-safety: an AnnualReport is a value; BuildAnnualReport uses only the caller's
// transaction.

#ifndef SHANHAI_REPORT_ANNUAL_REPORT_H_
#define SHANHAI_REPORT_ANNUAL_REPORT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "indicators/catalog.h"
#include "indicators/query.h"
#include "store/store.h"

namespace shanhai::report {

// Published figures differing from the computed value by more than this share of the
// published value (5 %) are flagged.
inline constexpr double kFlagThresholdPct = 5.0;

// 任务数: one value, or a range (min–max) as some agreements set it. For a unit scope the
// targets of its pairings are summed (a value counts as a range of one point when summed
// with ranges).
struct Target {
  std::optional<double> value;  // set for a single value
  std::optional<double> min;    // set for a range (with max)
  std::optional<double> max;
  int pairings = 0;             // how many target rows were summed

  bool is_range() const { return min.has_value(); }
  // The value completion is measured against: the value, or the range's minimum.
  double basis() const { return value.value_or(min.value_or(0)); }
};

// Where the actual value stands against a range target.
enum class RangeStanding { kNone, kBelow, kWithin, kAbove };

// A published figure (reported_figures row) beside the computed value.
struct ReportedFigure {
  int64_t id = 0;
  double value = 0;
  std::optional<double> value_max;
  std::string qualifier;     // exact | at_least | about | range | at_most
  std::string qualifier_zh;  // 确数, 余/多/超（下限）…
  std::string unit;
  std::string quote;         // the sentence as published
  std::string source_doc;
  std::string source_date;   // "YYYY-MM-DD" or empty
  std::string period_start;  // "YYYY-MM-DD"
  std::string period_end;
  bool is_cumulative = false;
  // The scope the figure speaks of ("厦门市—彭阳县", "海原县"), as resolved, and whether
  // it is the report's own scope (such figures are listed first).
  std::string scope_name;
  bool same_scope = false;
  // The value computed for that scope and the figure's period, when the two can be
  // compared (the period is a whole year, quarter or month and the units agree — a
  // figure in another unit is compared with the indicator's variant in that unit, such
  // as 户 for 项目带动脱贫人口, named by `compared_variant`); otherwise
  // `not_compared_zh/en` says why.
  std::string compared_variant;     // the variant's code, when one was used
  std::string compared_variant_zh;  // and its label ("户")
  std::optional<double> computed;
  std::optional<double> difference;      // computed − reported (for a range: to the nearest bound)
  std::optional<double> difference_pct;  // difference ÷ reported × 100, when reported ≠ 0
  bool flagged = false;                  // |difference_pct| > kFlagThresholdPct
  std::string not_compared_zh;
  std::string not_compared_en;
};

// One indicator's line.
struct ReportRow {
  std::string code;
  std::string name_zh;
  std::string name_en;
  std::string unit;     // the catalog's unit ("元", "人", "%", …)
  std::string unit_en;
  // Variants (人 vs 人次, 下达口径 …) follow their main indicator; `depth` is 1 for a
  // variant of a main indicator, 2 for a variant of a variant, 0 otherwise.
  bool variant = false;
  std::string variant_of;
  std::string variant_zh;
  std::string variant_en;
  int depth = 0;
  bool target_indicator = false;  // the catalog marks it as one agreements set

  std::optional<double> actual;      // 完成数: the year's value (none: a ratio over 0)
  std::optional<double> last_year;   // the previous year's value
  std::optional<double> cumulative;  // up to the end of the year (from the pairing's start)
  std::optional<double> change;      // actual − last_year
  std::optional<double> change_pct;  // change ÷ last_year × 100, when last_year > 0

  std::optional<Target> target;
  std::optional<double> completion_pct;  // actual ÷ target.basis() × 100, when basis > 0
  RangeStanding standing = RangeStanding::kNone;

  // The published figures: those of the report's own scope first, then by id.
  std::vector<ReportedFigure> reported;

  // True when any published figure is flagged.
  bool has_flag() const;
};

struct ReportGroup {
  std::string code;  // "funds"
  std::string zh;    // "资金支持"
  std::string en;
  std::vector<ReportRow> rows;
};

// A line of the 任务数/完成数 view: an indicator the scope has a target for.
struct TaskRow {
  std::string group_zh;
  std::string code;
  std::string name_zh;
  std::string unit;
  Target target;
  std::optional<double> actual;
  std::optional<double> completion_pct;
  RangeStanding standing = RangeStanding::kNone;
  bool done = false;  // actual ≥ target.basis()
};

struct AnnualReport {
  std::string title_zh;  // "厦门市—宁夏回族自治区（“两县一镇”）2022年东西部协作年度报告"
  std::string title_en;
  indicators::Scope scope;
  std::string scope_kind_zh;  // "结对关系" / "行政区划（东部）" / "行政区划（西部）"
  std::string scope_name;     // as Calculator::Resolve names it
  int64_t sub_pairings = 0;   // pairing scope: pairings below it, counted in the totals
  int year = 0;
  std::string period_zh;      // "2022年"
  std::string generated_at;   // UTC, "YYYY-MM-DDTHH:MM:SSZ"
  std::vector<ReportGroup> groups;  // every catalog group, in catalog order
  std::vector<TaskRow> tasks;       // indicators with a target, in report order

  // Every row, in report order.
  std::vector<const ReportRow*> AllRows() const;
  // The row of `code`, or nullptr.
  const ReportRow* Find(std::string_view code) const;
};

// Builds the report of `scope` (a pairing or a unit; not kAll) for `year`, reading
// through `txn` (a read transaction is enough). Every catalog indicator appears exactly
// once. Targets: for a pairing, the targets rows of that pairing and year; for a unit,
// the sum over the pairings whose east_unit or west_unit is exactly that unit, leaving
// out those that lie below another such pairing (their targets are part of it). Published
// figures: accepted reported_figures of the indicator whose period overlaps the year and
// whose scope matches — for a pairing, a figure attributed to a pairing of its subtree,
// or attributed to none and scoped within its western unit; for a unit, a figure scoped
// within the unit or attributed to a pairing whose party on the unit's side lies within
// it. Errors: kInvalidArgument for a kAll scope or a year outside 1900–2999; kNotFound
// for an unknown pairing or unit; the store's errors.
Result<AnnualReport> BuildAnnualReport(const indicators::Catalog& catalog, store::Txn& txn,
                                       const indicators::Scope& scope, int year);

}  // namespace shanhai::report

#endif  // SHANHAI_REPORT_ANNUAL_REPORT_H_
