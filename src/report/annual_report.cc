#include "report/annual_report.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <utility>

#include "base/clock.h"
#include "base/date.h"
#include "model/admin_code.h"
#include "model/record_type.h"

namespace shanhai::report {
namespace {

using indicators::Indicator;
using indicators::Period;
using indicators::ResolvedScope;
using indicators::Scope;

// Every row matching `query`, page by page (its offset and limit are ignored).
Result<std::vector<model::Record>> ListAll(store::Txn& txn, store::ListQuery query) {
  constexpr int64_t kPage = 5000;
  std::vector<model::Record> all;
  query.offset = 0;
  query.limit = kPage;
  for (;;) {
    SHANHAI_ASSIGN_OR_RETURN(store::Page page, txn.List(query));
    const auto got = static_cast<int64_t>(page.rows.size());
    for (model::Record& r : page.rows) all.push_back(std::move(r));
    if (got < kPage || query.offset + got >= page.total) break;
    query.offset += got;
  }
  return all;
}

// The Chinese label of enum `field` of `type` for `code` (the code itself if unknown).
std::string ChoiceZh(std::string_view type, std::string_view field, const std::string& code) {
  const model::RecordType* t = model::FindType(type);
  const model::FieldDef* f = t ? t->Field(field) : nullptr;
  if (f != nullptr)
    for (const model::Choice& c : f->choices)
      if (c.code == code) return std::string(c.zh);
  return code;
}

// The catalog's indicators in report order: groups in catalog order; in each, the main
// indicators in catalog order, each followed depth-first by its variants.
struct Ordered {
  const Indicator* indicator;
  int depth;
};
std::vector<std::vector<Ordered>> OrderByGroup(const indicators::Catalog& catalog) {
  const auto& groups = catalog.groups();
  std::map<std::string, std::vector<const Indicator*>> variants;  // main code → variants
  for (const Indicator& ind : catalog.indicators())
    if (!ind.variant_of.empty() && catalog.Find(ind.variant_of) != nullptr) variants[ind.variant_of].push_back(&ind);
  std::vector<std::vector<Ordered>> out(groups.size());
  std::set<std::string> placed;
  auto group_index = [&](const std::string& code) -> size_t {
    for (size_t i = 0; i < groups.size(); ++i)
      if (groups[i].code == code) return i;
    return groups.size() - 1;  // Catalog::Parse rejects unknown groups; last resort only
  };
  std::function<void(std::vector<Ordered>&, const Indicator*, int)> place = [&](std::vector<Ordered>& rows,
                                                                                const Indicator* ind, int depth) {
    if (!placed.insert(ind->code).second) return;
    rows.push_back({ind, depth});
    auto it = variants.find(ind->code);
    if (it == variants.end()) return;
    for (const Indicator* v : it->second) place(rows, v, depth + 1);
  };
  for (const Indicator& ind : catalog.indicators()) {
    const bool main = ind.variant_of.empty() || catalog.Find(ind.variant_of) == nullptr;
    if (main && !groups.empty()) place(out[group_index(ind.group)], &ind, 0);
  }
  // A variant cycle would leave rows unplaced; they still get a line of their own.
  for (const Indicator& ind : catalog.indicators())
    if (!placed.count(ind.code) && !groups.empty()) place(out[group_index(ind.group)], &ind, 0);
  return out;
}

// The targets of the scope for the year, by indicator code.
Result<std::map<std::string, Target>> LoadTargets(store::Txn& txn, const ResolvedScope& scope, int year) {
  const model::RecordType* targets_type = model::FindType("targets");
  const model::RecordType* pairings_type = model::FindType("pairings");
  std::set<int64_t> pairing_ids;
  if (scope.scope.kind == Scope::Kind::kPairing) {
    pairing_ids.insert(scope.scope.pairing_id);
  } else {
    std::map<int64_t, std::optional<int64_t>> parent_of;  // pairing → its parent
    for (const char* field : {"east_unit", "west_unit"}) {
      store::ListQuery q;
      q.type = pairings_type;
      q.equals.emplace_back(field, model::Value(std::in_place_type<std::string>, scope.scope.unit_code));
      SHANHAI_ASSIGN_OR_RETURN(auto rows, ListAll(txn, q));
      for (const model::Record& p : rows) {
        pairing_ids.insert(p.id());
        parent_of[p.id()] = p.GetInt("parent_id");
      }
    }
    // A pairing below another of the set (厦门市—彭阳县 under 厦门市—宁夏) has its target
    // inside its ancestor's: only the topmost ones are summed.
    std::set<int64_t> nested;
    for (int64_t id : pairing_ids) {
      std::optional<int64_t> up = parent_of[id];
      for (int hops = 0; up && hops < 64; ++hops) {
        if (pairing_ids.count(*up)) {
          nested.insert(id);
          break;
        }
        if (!parent_of.count(*up)) {
          SHANHAI_ASSIGN_OR_RETURN(auto parent, txn.Get(*pairings_type, *up));
          parent_of[*up] = parent ? parent->GetInt("parent_id") : std::nullopt;
        }
        up = parent_of[*up];
      }
    }
    for (int64_t id : nested) pairing_ids.erase(id);
  }
  std::map<std::string, Target> out;
  if (pairing_ids.empty()) return out;
  store::ListQuery q;
  q.type = targets_type;
  q.year = year;
  if (pairing_ids.size() == 1) q.pairing_id = *pairing_ids.begin();
  SHANHAI_ASSIGN_OR_RETURN(auto rows, ListAll(txn, q));
  // Sums per code: the single values, and the ranges with single values as points.
  struct Sum {
    double value = 0, min = 0, max = 0;
    bool any_range = false;
    bool any = false;
    int rows = 0;
  };
  std::map<std::string, Sum> sums;
  for (const model::Record& t : rows) {
    auto pid = t.GetInt("pairing_id");
    auto code = t.GetString("indicator_code");
    if (!pid || !pairing_ids.count(*pid) || !code) continue;
    auto value = t.GetReal("target_value");
    auto min = t.GetReal("min_value");
    auto max = t.GetReal("max_value");
    if (!value && !min && !max) continue;
    Sum& s = sums[*code];
    ++s.rows;
    s.any = true;
    if (value) {
      s.value += *value;
      s.min += *value;
      s.max += *value;
    } else {
      s.any_range = true;
      const double lo = min.value_or(max.value_or(0));
      s.min += lo;
      s.max += max.value_or(lo);
    }
  }
  for (const auto& [code, s] : sums) {
    Target t;
    t.pairings = s.rows;
    if (s.any_range) {
      t.min = s.min;
      t.max = s.max;
    } else {
      t.value = s.value;
    }
    out.emplace(code, t);
  }
  return out;
}

// The period a published figure covers, when it is one the engine computes: a whole
// calendar year, quarter or month, or (for cumulative figures) everything up to the end
// of a year from no later than the scope's start.
std::optional<Period> FigurePeriod(const std::string& start_text, const std::string& end_text, bool cumulative,
                                   int32_t scope_start_month) {
  auto start = Date::Parse(start_text);
  auto end = Date::Parse(end_text);
  if (!start.ok() || !end.ok()) return std::nullopt;
  const bool starts_month = start->day() == 1;
  const bool ends_month = end->day() == DaysInMonth(end->year(), end->month());
  if (starts_month && ends_month && start->year() == end->year()) {
    if (start->month() == 1 && end->month() == 12) {
      auto p = Period::Year(start->year());
      if (p.ok()) return *p;
    }
    if (start->month() == end->month()) {
      auto p = Period::Month(start->year(), start->month());
      if (p.ok()) return *p;
    }
    if ((start->month() - 1) % 3 == 0 && end->month() == start->month() + 2) {
      auto p = Period::Quarter(start->year(), (start->month() - 1) / 3 + 1);
      if (p.ok()) return *p;
    }
  }
  if (cumulative && end->month() == 12 && end->day() == 31 &&
      store::MonthIndex(start->year(), start->month()) <= scope_start_month) {
    auto p = Period::CumulativeThrough(end->year());
    if (p.ok()) return *p;
  }
  return std::nullopt;
}

class Builder {
 public:
  Builder(const indicators::Catalog& catalog, store::Txn& txn) : catalog_(catalog), txn_(txn), calc_(catalog, txn) {}

  Result<AnnualReport> Build(const Scope& scope, int year);

 private:
  // Values come from one batched computation of every indicator per scope and period
  // (a handful of queries), not one query per row.
  Result<std::optional<double>> Value(const Indicator& ind, const ResolvedScope& scope, const Period& period) {
    std::string key = std::to_string(static_cast<int>(scope.scope.kind)) + "/" + std::to_string(scope.scope.pairing_id) +
                      "/" + scope.scope.unit_code + "/" + std::to_string(static_cast<int>(period.kind)) + "/" +
                      std::to_string(period.year) + "/" + std::to_string(period.part);
    auto it = values_.find(key);
    if (it == values_.end()) {
      std::vector<const Indicator*> all;
      for (const Indicator& i : catalog_.indicators()) all.push_back(&i);
      SHANHAI_ASSIGN_OR_RETURN(auto computed, calc_.Values(all, scope, period));
      it = values_.emplace(key, std::move(computed)).first;
    }
    return it->second[ind.code];
  }
  // The published figures for the report's scope and year, by indicator code.
  Result<std::map<std::string, std::vector<model::Record>>> LoadFigures(const ResolvedScope& scope, int year);
  // True when figure `f` speaks of (part of) the report's scope.
  Result<bool> FigureMatches(const model::Record& f, const ResolvedScope& scope);
  Result<ReportedFigure> Compare(const Indicator& ind, const model::Record& f, const ResolvedScope& report_scope);
  // The scope a figure is compared in, resolved once per pairing or unit.
  Result<const ResolvedScope*> FigureScope(const model::Record& f);

  const indicators::Catalog& catalog_;
  store::Txn& txn_;
  indicators::Calculator calc_;
  std::map<std::string, std::optional<ResolvedScope>> figure_scopes_;
  std::map<int64_t, std::optional<model::Record>> pairings_;
  std::map<std::string, std::map<std::string, std::optional<double>>> values_;  // by scope and period
};

Result<std::map<std::string, std::vector<model::Record>>> Builder::LoadFigures(const ResolvedScope& scope,
                                                                               int year) {
  store::ListQuery q;
  q.type = model::FindType("reported_figures");
  q.year = year;  // the period overlaps the year
  q.sort_field = "id";
  SHANHAI_ASSIGN_OR_RETURN(auto rows, ListAll(txn_, q));
  std::map<std::string, std::vector<model::Record>> out;
  for (model::Record& f : rows) {
    auto code = f.GetString("indicator_code");
    if (!code || catalog_.Find(*code) == nullptr) continue;
    if (f.GetString("review").value_or("accepted") != "accepted") continue;
    SHANHAI_ASSIGN_OR_RETURN(bool match, FigureMatches(f, scope));
    if (match) out[*code].push_back(std::move(f));
  }
  return out;
}

Result<bool> Builder::FigureMatches(const model::Record& f, const ResolvedScope& scope) {
  const auto pairing_id = f.GetInt("pairing_id");
  const std::string scope_unit = f.GetString("scope_unit").value_or("");
  if (scope.scope.kind == Scope::Kind::kPairing) {
    if (pairing_id)
      return std::find(scope.pairing_ids.begin(), scope.pairing_ids.end(), *pairing_id) != scope.pairing_ids.end();
    // A figure attributed to no pairing speaks of a place: it belongs to the pairing when
    // the place lies within the pairing's western party.
    const std::string west = scope.pairing ? scope.pairing->GetString("west_unit").value_or("") : "";
    return !scope_unit.empty() && !west.empty() && model::IsWithin(scope_unit, west);
  }
  const std::string& unit = scope.scope.unit_code;
  if (!scope_unit.empty() && model::IsWithin(scope_unit, unit)) return true;
  if (!pairing_id) return false;
  auto cached = pairings_.find(*pairing_id);
  if (cached == pairings_.end()) {
    SHANHAI_ASSIGN_OR_RETURN(auto p, txn_.Get(*model::FindType("pairings"), *pairing_id));
    cached = pairings_.emplace(*pairing_id, std::move(p)).first;
  }
  if (!cached->second) return false;
  const model::Record& p = *cached->second;
  const bool east = scope.side == "east";
  std::string party = p.GetString(east ? "east_unit" : "west_unit").value_or("");
  if (party.empty()) party = p.GetString(east ? "east_code" : "west_code").value_or("");
  return !party.empty() && model::IsWithin(party, unit);
}

Result<const ResolvedScope*> Builder::FigureScope(const model::Record& f) {
  const auto pairing_id = f.GetInt("pairing_id");
  const std::string unit = f.GetString("scope_unit").value_or("");
  std::string key;
  Scope scope;
  if (pairing_id) {
    key = "p" + std::to_string(*pairing_id);
    scope = Scope::Pairing(*pairing_id);
  } else if (!unit.empty()) {
    key = "u" + unit;
    scope = Scope::Unit(unit);
  } else {
    return nullptr;
  }
  auto it = figure_scopes_.find(key);
  if (it == figure_scopes_.end()) {
    auto resolved = calc_.Resolve(scope);
    std::optional<ResolvedScope> value;
    if (resolved.ok()) {
      value = std::move(*resolved);
    } else if (resolved.status().code() != StatusCode::kNotFound &&
               resolved.status().code() != StatusCode::kInvalidArgument) {
      return resolved.status();
    }
    it = figure_scopes_.emplace(key, std::move(value)).first;
  }
  return it->second ? &*it->second : nullptr;
}

Result<ReportedFigure> Builder::Compare(const Indicator& ind, const model::Record& f,
                                       const ResolvedScope& report_scope) {
  ReportedFigure r;
  r.id = f.id();
  r.value = f.GetReal("value").value_or(0);
  r.value_max = f.GetReal("value_max");
  r.qualifier = f.GetString("qualifier").value_or("exact");
  r.qualifier_zh = ChoiceZh("reported_figures", "qualifier", r.qualifier);
  r.unit = f.GetString("unit").value_or("");
  r.quote = f.GetString("quote").value_or("");
  r.source_doc = f.GetString("source_doc").value_or("");
  r.source_date = f.GetString("source_date").value_or("");
  r.period_start = f.GetString("period_start").value_or("");
  r.period_end = f.GetString("period_end").value_or("");
  r.is_cumulative = f.GetBool("is_cumulative").value_or(false);

  SHANHAI_ASSIGN_OR_RETURN(const ResolvedScope* scope, FigureScope(f));
  if (scope == nullptr) {
    r.not_compared_zh = "报道范围无法对应到结对或区划，未比较";
    r.not_compared_en = "the figure's scope is no known pairing or unit; not compared";
    return r;
  }
  r.scope_name = scope->name_zh;
  r.same_scope = scope->scope.kind == report_scope.scope.kind &&
                 scope->scope.pairing_id == report_scope.scope.pairing_id &&
                 scope->scope.unit_code == report_scope.scope.unit_code;
  const Indicator* compared = &ind;
  if (r.unit != ind.unit) {
    for (const Indicator& v : catalog_.indicators())
      if (v.variant_of == ind.code && v.unit == r.unit) {
        compared = &v;
        r.compared_variant = v.code;
        r.compared_variant_zh = v.variant_zh;
        break;
      }
  }
  if (r.unit != compared->unit) {
    r.not_compared_zh = "计量单位不同（报道：" + r.unit + "，指标：" + ind.unit + "），未比较";
    r.not_compared_en = "units differ (reported: " + r.unit + ", indicator: " + ind.unit + "); not compared";
    return r;
  }
  std::optional<Period> period = FigurePeriod(r.period_start, r.period_end, r.is_cumulative, scope->start_month);
  if (!period) {
    r.not_compared_zh = "报道期间（" + r.period_start + "至" + r.period_end + "）不是整年、整季或整月，未比较";
    r.not_compared_en = "the period (" + r.period_start + " to " + r.period_end +
                        ") is no whole year, quarter or month; not compared";
    return r;
  }
  SHANHAI_ASSIGN_OR_RETURN(r.computed, Value(*compared, *scope, *period));
  if (!r.computed) {
    r.not_compared_zh = "计算值为空（分母为0），未比较";
    r.not_compared_en = "no computed value (a ratio over zero); not compared";
    return r;
  }
  const double computed = *r.computed;
  double reference = r.value;
  if (r.qualifier == "range" && r.value_max) {
    if (computed >= r.value && computed <= *r.value_max) reference = computed;
    else if (computed > *r.value_max) reference = *r.value_max;
  }
  r.difference = computed - reference;
  if (reference != 0) r.difference_pct = *r.difference / std::fabs(reference) * 100;
  r.flagged = r.difference_pct ? std::fabs(*r.difference_pct) > kFlagThresholdPct : *r.difference != 0;
  return r;
}

Result<AnnualReport> Builder::Build(const Scope& scope, int year) {
  if (scope.kind == Scope::Kind::kAll)
    return Status::InvalidArgument("an annual report is for a pairing or a unit, not for everything",
                                   "年度报告须指定结对关系或行政区划");
  SHANHAI_ASSIGN_OR_RETURN(Period this_year, Period::Year(year));
  // The year before the first one a Period allows has no value.
  const Result<Period> last_year = Period::Year(year - 1);
  SHANHAI_ASSIGN_OR_RETURN(Period cumulative, Period::CumulativeThrough(year));
  SHANHAI_ASSIGN_OR_RETURN(ResolvedScope resolved, calc_.Resolve(scope));

  AnnualReport report;
  report.scope = scope;
  report.year = year;
  report.scope_name = resolved.name_zh;
  report.period_zh = this_year.LabelZh();
  report.generated_at = NowUtcIso();
  std::string programme_zh = "东西部协作";
  if (scope.kind == Scope::Kind::kPairing) {
    report.scope_kind_zh = "结对关系";
    report.sub_pairings = static_cast<int64_t>(resolved.pairing_ids.size()) - 1;
    if (resolved.pairing) {
      if (auto programme = resolved.pairing->GetString("programme"))
        programme_zh = ChoiceZh("pairings", "programme", *programme);
    }
  } else {
    report.scope_kind_zh = resolved.side == "east" ? "行政区划（东部）" : "行政区划（西部）";
  }
  report.title_zh = resolved.name_zh + std::to_string(year) + "年" + programme_zh + "年度报告";
  report.title_en = "Annual report " + std::to_string(year) + ": " + resolved.name_zh;

  SHANHAI_ASSIGN_OR_RETURN(auto targets, LoadTargets(txn_, resolved, year));
  SHANHAI_ASSIGN_OR_RETURN(auto figures, LoadFigures(resolved, year));

  const auto ordered = OrderByGroup(catalog_);
  for (size_t g = 0; g < catalog_.groups().size(); ++g) {
    const indicators::Group& group = catalog_.groups()[g];
    ReportGroup out{group.code, group.zh, group.en, {}};
    for (const Ordered& o : ordered[g]) {
      const Indicator& ind = *o.indicator;
      ReportRow row;
      row.code = ind.code;
      row.name_zh = ind.zh;
      row.name_en = ind.en;
      row.unit = ind.unit;
      row.unit_en = ind.unit_en;
      row.variant = !ind.variant_of.empty();
      row.variant_of = ind.variant_of;
      row.variant_zh = ind.variant_zh;
      row.variant_en = ind.variant_en;
      row.depth = o.depth;
      row.target_indicator = ind.target;
      SHANHAI_ASSIGN_OR_RETURN(row.actual, Value(ind, resolved, this_year));
      if (last_year.ok()) {
        SHANHAI_ASSIGN_OR_RETURN(row.last_year, Value(ind, resolved, *last_year));
      }
      SHANHAI_ASSIGN_OR_RETURN(row.cumulative, Value(ind, resolved, cumulative));
      if (row.actual && row.last_year) {
        row.change = *row.actual - *row.last_year;
        if (*row.last_year > 0) row.change_pct = *row.change / *row.last_year * 100;
      }
      if (auto t = targets.find(ind.code); t != targets.end()) {
        row.target = t->second;
        const double basis = t->second.basis();
        if (row.actual && basis > 0) row.completion_pct = *row.actual / basis * 100;
        if (row.actual && t->second.is_range()) {
          row.standing = *row.actual < *t->second.min   ? RangeStanding::kBelow
                         : *row.actual > *t->second.max ? RangeStanding::kAbove
                                                        : RangeStanding::kWithin;
        }
      }
      if (auto fs = figures.find(ind.code); fs != figures.end()) {
        for (const model::Record& f : fs->second) {
          SHANHAI_ASSIGN_OR_RETURN(ReportedFigure r, Compare(ind, f, resolved));
          row.reported.push_back(std::move(r));
        }
        std::stable_sort(row.reported.begin(), row.reported.end(),
                         [](const ReportedFigure& a, const ReportedFigure& b) { return a.same_scope && !b.same_scope; });
      }
      if (row.target) {
        TaskRow task;
        task.group_zh = group.zh;
        task.code = row.code;
        task.name_zh = row.name_zh;
        task.unit = row.unit;
        task.target = *row.target;
        task.actual = row.actual;
        task.completion_pct = row.completion_pct;
        task.standing = row.standing;
        task.done = row.actual && *row.actual >= row.target->basis();
        report.tasks.push_back(std::move(task));
      }
      out.rows.push_back(std::move(row));
    }
    report.groups.push_back(std::move(out));
  }
  return report;
}

}  // namespace

bool ReportRow::has_flag() const {
  return std::any_of(reported.begin(), reported.end(), [](const ReportedFigure& f) { return f.flagged; });
}

std::vector<const ReportRow*> AnnualReport::AllRows() const {
  std::vector<const ReportRow*> rows;
  for (const ReportGroup& g : groups)
    for (const ReportRow& r : g.rows) rows.push_back(&r);
  return rows;
}

const ReportRow* AnnualReport::Find(std::string_view code) const {
  for (const ReportGroup& g : groups)
    for (const ReportRow& r : g.rows)
      if (r.code == code) return &r;
  return nullptr;
}

Result<AnnualReport> BuildAnnualReport(const indicators::Catalog& catalog, store::Txn& txn,
                                       const indicators::Scope& scope, int year) {
  if (year < 1900 || year > 2999)
    return Status::InvalidArgument("year must be between 1900 and 2999", "年度应在 1900 至 2999 之间",
                                   {{"year", "out of range", "超出范围", 0}});
  Builder builder(catalog, txn);
  return builder.Build(scope, year);
}

}  // namespace shanhai::report
