#include "indicators/query.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <tuple>

#include "base/date.h"
#include "model/admin_code.h"

namespace shanhai::indicators {
namespace {

Status BadPeriod(const std::string& what_en, const std::string& what_zh) {
  return Status::InvalidArgument(what_en, what_zh, {{"period", what_en, what_zh, 0}});
}

Status CheckYear(int year) {
  if (year < 1996 || year > 2100)
    return BadPeriod("year must be between 1996 and 2100", "年度应在1996至2100之间");
  return Status::Ok();
}

store::FactQuery::Measure MeasureOf(Measure m) {
  switch (m) {
    case Measure::kSum: return store::FactQuery::Measure::kSum;
    case Measure::kCount: return store::FactQuery::Measure::kCount;
    case Measure::kCountDistinct: return store::FactQuery::Measure::kCountDistinct;
  }
  return store::FactQuery::Measure::kSum;
}

store::FactQuery::Timing TimingOf(Timing t) {
  switch (t) {
    case Timing::kEvent: return store::FactQuery::Timing::kEvent;
    case Timing::kSpan: return store::FactQuery::Timing::kSpan;
    case Timing::kStock: return store::FactQuery::Timing::kStock;
  }
  return store::FactQuery::Timing::kEvent;
}

int32_t MonthOf(const std::string& date) {
  auto d = Date::Parse(date);
  return d.ok() ? store::MonthIndex(d->year(), d->month()) : 0;
}

// Rules over rows that carry no pairing are scoped by place even for a pairing.
bool ByPlace(const Indicator& ind) {
  return ind.record && ind.record->FieldIndex("pairing_id") < 0 && ind.record->name != "pairings";
}

}  // namespace

Result<Period> Period::Year(int year) {
  SHANHAI_RETURN_IF_ERROR(CheckYear(year));
  return Period{Kind::kYear, year, 0};
}

Result<Period> Period::Quarter(int year, int quarter) {
  SHANHAI_RETURN_IF_ERROR(CheckYear(year));
  if (quarter < 1 || quarter > 4) return BadPeriod("quarter must be 1 to 4", "季度应为1至4");
  return Period{Kind::kQuarter, year, quarter};
}

Result<Period> Period::Month(int year, int month) {
  SHANHAI_RETURN_IF_ERROR(CheckYear(year));
  if (month < 1 || month > 12) return BadPeriod("month must be 1 to 12", "月份应为1至12");
  return Period{Kind::kMonth, year, month};
}

Result<Period> Period::CumulativeThrough(int year) {
  SHANHAI_RETURN_IF_ERROR(CheckYear(year));
  return Period{Kind::kCumulative, year, 0};
}

Period Period::YearBefore() const {
  Period p = *this;
  --p.year;
  return p;
}

int32_t Period::first_month() const {
  switch (kind) {
    case Kind::kYear: return store::MonthIndex(year, 1);
    case Kind::kQuarter: return store::MonthIndex(year, 3 * part - 2);
    case Kind::kMonth: return store::MonthIndex(year, part);
    case Kind::kCumulative: return 0;
  }
  return 0;
}

int32_t Period::last_month() const {
  switch (kind) {
    case Kind::kYear:
    case Kind::kCumulative: return store::MonthIndex(year, 12);
    case Kind::kQuarter: return store::MonthIndex(year, 3 * part);
    case Kind::kMonth: return store::MonthIndex(year, part);
  }
  return 0;
}

std::string Period::LabelZh() const {
  std::string y = std::to_string(year);
  switch (kind) {
    case Kind::kYear: return y + "年";
    case Kind::kQuarter: return y + "年第" + std::to_string(part) + "季度";
    case Kind::kMonth: return y + "年" + std::to_string(part) + "月";
    case Kind::kCumulative: return "截至" + y + "年底累计";
  }
  return y;
}

std::string Period::LabelEn() const {
  std::string y = std::to_string(year);
  switch (kind) {
    case Kind::kYear: return y;
    case Kind::kQuarter: return y + " Q" + std::to_string(part);
    case Kind::kMonth: return y + "-" + (part < 10 ? "0" : "") + std::to_string(part);
    case Kind::kCumulative: return "cumulative to the end of " + y;
  }
  return y;
}

Result<ResolvedScope> Calculator::Resolve(const Scope& scope) {
  ResolvedScope r;
  r.scope = scope;
  switch (scope.kind) {
    case Scope::Kind::kAll:
      r.name_zh = "全国";
      return r;
    case Scope::Kind::kPairing: {
      const model::RecordType& pairings = *model::FindType("pairings");
      SHANHAI_ASSIGN_OR_RETURN(r.pairing, txn_.Get(pairings, scope.pairing_id));
      if (!r.pairing)
        return Status::NotFound("no pairing " + std::to_string(scope.pairing_id),
                                "结对关系 " + std::to_string(scope.pairing_id) + " 不存在");
      r.name_zh = r.pairing->GetString("name").value_or("结对关系 " + std::to_string(scope.pairing_id));
      r.start_month = MonthOf(r.pairing->GetString("start_date").value_or(""));
      // The pairing and everything below it: walk the parent links downwards.
      store::ListQuery q;
      q.type = &pairings;
      q.limit = 100'000;
      SHANHAI_ASSIGN_OR_RETURN(store::Page all, txn_.List(q));
      std::vector<int64_t> frontier = {scope.pairing_id};
      r.pairing_ids = frontier;
      while (!frontier.empty()) {
        std::vector<int64_t> next;
        for (const model::Record& p : all.rows) {
          auto parent = p.GetInt("parent_id");
          if (parent && std::find(frontier.begin(), frontier.end(), *parent) != frontier.end() &&
              std::find(r.pairing_ids.begin(), r.pairing_ids.end(), p.id()) == r.pairing_ids.end()) {
            next.push_back(p.id());
            r.pairing_ids.push_back(p.id());
          }
        }
        frontier = std::move(next);
      }
      return r;
    }
    case Scope::Kind::kUnit: {
      if (!model::IsWellFormedUnitCode(scope.unit_code))
        return Status::InvalidArgument("not an administrative code: '" + scope.unit_code + "'",
                                       "不是行政区划代码：'" + scope.unit_code + "'",
                                       {{"unit", "not an administrative code", "不是行政区划代码", 0}});
      SHANHAI_ASSIGN_OR_RETURN(r.unit, txn_.GetUnitByCode(scope.unit_code));
      if (!r.unit)
        return Status::NotFound("no administrative unit " + scope.unit_code, "行政区划 " + scope.unit_code + " 不存在");
      r.name_zh = r.unit->GetString("name").value_or(scope.unit_code);
      r.side = r.unit->GetString("side").value_or("west");
      return r;
    }
  }
  return r;
}

store::FactQuery Calculator::BaseQuery(const Indicator& ind, const Period& period) const {
  store::FactQuery q;
  q.indicator = ind.code;
  q.measure = MeasureOf(ind.measure);
  q.timing = TimingOf(ind.timing);
  q.from_month = period.first_month();
  q.to_month = period.last_month();
  // "Since the beginning": an event or span from any earlier month; a stock still at
  // the period's end.
  return q;
}

Result<std::optional<double>> Calculator::Value(const Indicator& ind, const ResolvedScope& scope, const Period& period) {
  return Compute(ind, scope, period, 0);
}

void Calculator::ApplyScope(store::FactQuery& q, const ResolvedScope& scope, const Period& period,
                            bool by_place) {
  if (period.kind == Period::Kind::kCumulative && scope.scope.kind == Scope::Kind::kPairing)
    q.from_month = scope.start_month;
  switch (scope.scope.kind) {
    case Scope::Kind::kAll:
      break;
    case Scope::Kind::kPairing:
      if (by_place) {
        // Rows that belong to no pairing (administrative units): the pairing's scope
        // is the place of its western party.
        std::string west = scope.pairing ? scope.pairing->GetString("west_code").value_or("") : "";
        q.west_prefix = west.empty() ? std::string("-") : std::string(model::SignificantPrefix(west));
      } else {
        q.pairing_ids = scope.pairing_ids;
      }
      break;
    case Scope::Kind::kUnit: {
      std::string prefix(model::SignificantPrefix(scope.scope.unit_code));
      // Codes in facts are county-level (6 digits): a township or village scope
      // narrows to its county, the finest grain the facts keep.
      if (prefix.size() > 6) prefix = prefix.substr(0, 6);
      if (scope.side == "east") {
        q.east_prefix = prefix;
      } else {
        q.west_prefix = prefix;
      }
      break;
    }
  }
}

std::optional<double> Calculator::Combine(const Indicator& ind, const std::map<std::string, double>& counted,
                                          int depth) const {
  if (!ind.derived()) {
    auto it = counted.find(ind.code);
    return it == counted.end() ? std::optional<double>() : std::optional<double>(it->second);
  }
  if (depth > 16) return std::nullopt;
  std::vector<double> parts;
  for (const std::string& code : ind.of) {
    const Indicator* part = catalog_.Find(code);
    if (!part) return std::nullopt;
    auto v = Combine(*part, counted, depth + 1);
    if (!v) return std::nullopt;
    parts.push_back(*v);
  }
  double result = 0;
  switch (ind.derivation) {
    case Derivation::kDivide:
      // A ratio over nothing has no value, never infinity.
      if (parts.size() != 2 || parts[1] == 0) return std::nullopt;
      result = parts[0] / parts[1];
      break;
    case Derivation::kAdd:
      for (double p : parts) result += p;
      break;
    case Derivation::kSubtract:
      if (parts.size() != 2) return std::nullopt;
      result = parts[0] - parts[1];
      break;
    case Derivation::kNone:
      break;
  }
  return result * ind.scale;
}

Result<std::optional<double>> Calculator::Compute(const Indicator& ind, const ResolvedScope& scope,
                                                  const Period& period, int depth) {
  (void)depth;
  SHANHAI_ASSIGN_OR_RETURN(auto values, Values({&ind}, scope, period));
  return values[ind.code];
}

Result<std::map<std::string, std::optional<double>>> Calculator::Values(const std::vector<const Indicator*>& wanted,
                                                                        const ResolvedScope& scope,
                                                                        const Period& period) {
  // The counted indicators needed, derived ones through their parts.
  // Batches of one measure and timing; rules over rows without a pairing (units) are
  // scoped by place and so batched apart.
  std::map<std::tuple<Measure, Timing, bool>, std::vector<const Indicator*>> by_kind;
  std::set<std::string> seen;
  std::function<Status(const Indicator&, int)> need = [&](const Indicator& ind, int depth) -> Status {
    if (depth > 16) return Status::Internal("derived indicators nest too deeply: " + ind.code);
    if (!seen.insert(ind.code).second) return Status::Ok();
    if (!ind.derived()) {
      by_kind[{ind.measure, ind.timing, ByPlace(ind)}].push_back(&ind);
      return Status::Ok();
    }
    for (const std::string& code : ind.of) {
      const Indicator* part = catalog_.Find(code);
      if (!part) return Status::Internal("derived indicator " + ind.code + " names unknown " + code);
      SHANHAI_RETURN_IF_ERROR(need(*part, depth + 1));
    }
    return Status::Ok();
  };
  for (const Indicator* ind : wanted) SHANHAI_RETURN_IF_ERROR(need(*ind, 0));

  std::map<std::string, double> counted;
  for (const auto& [kind, list] : by_kind) {
    store::FactQuery q = BaseQuery(*list.front(), period);
    q.indicator.clear();
    for (const Indicator* ind : list) {
      q.indicators.push_back(ind->code);
      counted[ind->code] = 0;  // no facts: a sum or count of nothing
    }
    ApplyScope(q, scope, period, std::get<2>(kind));
    SHANHAI_ASSIGN_OR_RETURN(auto groups, txn_.AggregateFacts(q));
    for (const auto& g : groups) counted[g.indicator] = g.value;
    for (const Indicator* ind : list) counted[ind->code] *= ind->scale;
  }
  std::map<std::string, std::optional<double>> out;
  for (const Indicator* ind : wanted) out[ind->code] = Combine(*ind, counted, 0);
  return out;
}

Result<std::map<int64_t, double>> Calculator::ValueByPairing(const Indicator& ind, const Period& period) {
  if (ind.derived())
    return Status::InvalidArgument("derived indicators are not ranked: " + ind.code,
                                   "派生指标不参与排名：" + ind.code);
  store::FactQuery q = BaseQuery(ind, period);
  q.group_by_pairing = true;
  SHANHAI_ASSIGN_OR_RETURN(auto groups, txn_.AggregateFacts(q));
  std::map<int64_t, double> out;
  for (const auto& g : groups)
    if (g.pairing_id) out[*g.pairing_id] = g.value * ind.scale;
  return out;
}

}  // namespace shanhai::indicators
