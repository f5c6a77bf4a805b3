// The annual report as JSON (report/render.h).

#include "report/render.h"

namespace shanhai::report {
namespace {

using nlohmann::json;

json Opt(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json TargetJson(const std::optional<Target>& t) {
  if (!t) return nullptr;
  json out = json::object();
  if (t->is_range()) {
    out["min"] = *t->min;
    out["max"] = *t->max;
  } else {
    out["value"] = t->value.value_or(0);
  }
  out["pairings"] = t->pairings;
  return out;
}

std::string_view StandingCode(RangeStanding s) {
  switch (s) {
    case RangeStanding::kBelow:
      return "below";
    case RangeStanding::kWithin:
      return "within";
    case RangeStanding::kAbove:
      return "above";
    case RangeStanding::kNone:
      break;
  }
  return "";
}

json StandingJson(RangeStanding s) { return s == RangeStanding::kNone ? json(nullptr) : json(StandingCode(s)); }

json FigureJson(const ReportedFigure& f) {
  json out = {{"id", f.id},
              {"value", f.value},
              {"value_max", Opt(f.value_max)},
              {"qualifier", f.qualifier},
              {"qualifier_zh", f.qualifier_zh},
              {"unit", f.unit},
              {"quote", f.quote},
              {"source_doc", f.source_doc},
              {"source_date", f.source_date.empty() ? json(nullptr) : json(f.source_date)},
              {"period_start", f.period_start},
              {"period_end", f.period_end},
              {"is_cumulative", f.is_cumulative},
              {"scope_name", f.scope_name},
              {"same_scope", f.same_scope},
              {"computed", Opt(f.computed)},
              {"compared_variant", f.compared_variant.empty() ? json(nullptr) : json(f.compared_variant)},
              {"difference", Opt(f.difference)},
              {"difference_pct", Opt(f.difference_pct)},
              {"flagged", f.flagged}};
  if (!f.difference) {
    out["not_compared"] = f.not_compared_zh;
    out["not_compared_en"] = f.not_compared_en;
  }
  return out;
}

}  // namespace

json RenderJson(const AnnualReport& report) {
  json scope = {{"name", report.scope_name}, {"kind_zh", report.scope_kind_zh}};
  if (report.scope.kind == indicators::Scope::Kind::kPairing) {
    scope["kind"] = "pairing";
    scope["pairing_id"] = report.scope.pairing_id;
    scope["sub_pairings"] = report.sub_pairings;
  } else {
    scope["kind"] = "unit";
    scope["unit_code"] = report.scope.unit_code;
  }
  json groups = json::array();
  for (const ReportGroup& g : report.groups) {
    json rows = json::array();
    for (const ReportRow& r : g.rows) {
      json reported = json::array();
      for (const ReportedFigure& f : r.reported) reported.push_back(FigureJson(f));
      rows.push_back({{"code", r.code},
                      {"name", r.name_zh},
                      {"name_en", r.name_en},
                      {"unit", r.unit},
                      {"unit_en", r.unit_en},
                      {"variant_of", r.variant ? json(r.variant_of) : json(nullptr)},
                      {"variant", r.variant ? json(r.variant_zh) : json(nullptr)},
                      {"depth", r.depth},
                      {"target_indicator", r.target_indicator},
                      {"actual", Opt(r.actual)},
                      {"last_year", Opt(r.last_year)},
                      {"change", Opt(r.change)},
                      {"change_pct", Opt(r.change_pct)},
                      {"cumulative", Opt(r.cumulative)},
                      {"target", TargetJson(r.target)},
                      {"completion_pct", Opt(r.completion_pct)},
                      {"range_standing", StandingJson(r.standing)},
                      {"flagged", r.has_flag()},
                      {"reported", std::move(reported)}});
    }
    groups.push_back({{"code", g.code}, {"zh", g.zh}, {"en", g.en}, {"rows", std::move(rows)}});
  }
  json tasks = json::array();
  for (const TaskRow& t : report.tasks) {
    tasks.push_back({{"group", t.group_zh},
                     {"code", t.code},
                     {"name", t.name_zh},
                     {"unit", t.unit},
                     {"target", TargetJson(t.target)},
                     {"actual", Opt(t.actual)},
                     {"completion_pct", Opt(t.completion_pct)},
                     {"range_standing", StandingJson(t.standing)},
                     {"done", t.done}});
  }
  return {{"title", report.title_zh},
          {"title_en", report.title_en},
          {"scope", std::move(scope)},
          {"year", report.year},
          {"period", report.period_zh},
          {"generated_at", report.generated_at},
          {"flag_threshold_pct", kFlagThresholdPct},
          {"groups", std::move(groups)},
          {"tasks", std::move(tasks)}};
}

}  // namespace shanhai::report
