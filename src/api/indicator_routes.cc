#include "api/indicator_routes.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <set>

#include "api/error.h"
#include "indicators/query.h"

namespace shanhai::api {
namespace {

using indicators::Calculator;
using indicators::Catalog;
using indicators::Indicator;
using indicators::Period;
using indicators::ResolvedScope;
using indicators::Scope;
using nlohmann::json;

Status BadParam(const std::string& name, const std::string& en, const std::string& zh) {
  return Status::InvalidArgument(name + ": " + en, name + "：" + zh, {{name, en, zh, 0}});
}

Result<int64_t> IntParam(const http::Request& rq, const std::string& name, int64_t lo, int64_t hi) {
  auto text = rq.Query(name);
  int64_t v = 0;
  if (!text) return BadParam(name, "is required", "必填");
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
  if (ec != std::errc() || end != text->data() + text->size() || v < lo || v > hi)
    return BadParam(name, "must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi),
                    "应为 " + std::to_string(lo) + " 至 " + std::to_string(hi) + " 之间的整数");
  return v;
}

// Refuses parameters the endpoint does not know, so a typo is not silently ignored.
Status OnlyParams(const http::Request& rq, std::initializer_list<std::string_view> known) {
  for (const auto& [key, value] : rq.query)
    if (std::find(known.begin(), known.end(), key) == known.end())
      return BadParam(key, "unknown query parameter", "未知的查询参数");
  return Status::Ok();
}

Result<Scope> ScopeParam(const http::Request& rq) {
  auto pairing = rq.Query("pairing");
  auto unit = rq.Query("unit");
  if (pairing && unit) return BadParam("unit", "give pairing or unit, not both", "pairing 与 unit 只能给出其一");
  if (pairing) {
    SHANHAI_ASSIGN_OR_RETURN(int64_t id, IntParam(rq, "pairing", 1, INT64_MAX));
    return Scope::Pairing(id);
  }
  if (unit) return Scope::Unit(std::string(*unit));
  return Scope::All();
}

Result<Period> PeriodParam(const http::Request& rq, int year) {
  bool q = rq.Query("quarter").has_value(), m = rq.Query("month").has_value();
  bool c = rq.Query("cumulative") == std::optional<std::string_view>("1");
  if (rq.Query("cumulative") && !c) return BadParam("cumulative", "must be 1", "应为 1");
  if (q + m + c > 1) return BadParam("quarter", "give at most one of quarter, month, cumulative", "quarter、month、cumulative 至多给出一个");
  if (q) {
    SHANHAI_ASSIGN_OR_RETURN(int64_t part, IntParam(rq, "quarter", 1, 4));
    return Period::Quarter(year, static_cast<int>(part));
  }
  if (m) {
    SHANHAI_ASSIGN_OR_RETURN(int64_t part, IntParam(rq, "month", 1, 12));
    return Period::Month(year, static_cast<int>(part));
  }
  if (c) return Period::CumulativeThrough(year);
  return Period::Year(year);
}

json PeriodJson(const Period& p) {
  static const char* kKinds[] = {"year", "quarter", "month", "cumulative"};
  json j = {{"kind", kKinds[static_cast<int>(p.kind)]}, {"year", p.year}, {"label", p.LabelZh()}, {"label_en", p.LabelEn()}};
  if (p.part) j[p.kind == Period::Kind::kQuarter ? "quarter" : "month"] = p.part;
  return j;
}

json ScopeJson(const ResolvedScope& s) {
  json j = {{"name", s.name_zh}};
  switch (s.scope.kind) {
    case Scope::Kind::kAll: j["kind"] = "all"; break;
    case Scope::Kind::kPairing:
      j["kind"] = "pairing";
      j["pairing"] = s.scope.pairing_id;
      j["pairings_included"] = s.pairing_ids;
      break;
    case Scope::Kind::kUnit:
      j["kind"] = "unit";
      j["unit"] = s.scope.unit_code;
      j["side"] = s.side;
      break;
  }
  return j;
}

json ValueJson(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

http::Response Unavailable() {
  return ErrorResponse(Status::Unavailable("no indicator catalog is loaded", "未加载指标目录"));
}

http::Response Catalogue(const Catalog& catalog) {
  json groups = json::array();
  for (const auto& g : catalog.groups()) groups.push_back({{"code", g.code}, {"zh", g.zh}, {"en", g.en}});
  json list = json::array();
  for (const Indicator& i : catalog.indicators()) {
    json j = {{"code", i.code},   {"zh", i.zh},         {"en", i.en},         {"group", i.group},
              {"unit", i.unit},   {"unit_en", i.unit_en}, {"target", i.target}, {"note", i.note},
              {"derived", i.derived()}};
    if (!i.variant_of.empty()) {
      j["variant_of"] = i.variant_of;
      j["variant"] = {{"zh", i.variant_zh}, {"en", i.variant_en}};
    }
    if (!i.derived()) j["record"] = i.record->name;
    list.push_back(std::move(j));
  }
  return http::Response::Json(200, json{{"groups", groups}, {"indicators", list}}.dump());
}

Result<std::vector<const Indicator*>> CodesParam(const Catalog& catalog, const http::Request& rq) {
  std::vector<const Indicator*> out;
  auto codes = rq.Query("codes");
  if (!codes) {
    for (const Indicator& i : catalog.indicators()) out.push_back(&i);
    return out;
  }
  std::string_view rest = *codes;
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string code(rest.substr(0, comma));
    const Indicator* i = catalog.Find(code);
    if (!i) return BadParam("codes", "unknown indicator '" + code + "'", "未知指标“" + code + "”");
    out.push_back(i);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return out;
}

http::Response Values(ledger::Ledger& ledger, const Catalog& catalog, const http::Request& rq) {
  Status known = OnlyParams(rq, {"codes", "pairing", "unit", "year", "quarter", "month", "cumulative"});
  if (!known.ok()) return ErrorResponse(known);
  auto codes = CodesParam(catalog, rq);
  if (!codes.ok()) return ErrorResponse(codes.status());
  auto scope = ScopeParam(rq);
  if (!scope.ok()) return ErrorResponse(scope.status());
  auto year = IntParam(rq, "year", 1996, 2100);
  if (!year.ok()) return ErrorResponse(year.status());
  auto period = PeriodParam(rq, static_cast<int>(*year));
  if (!period.ok()) return ErrorResponse(period.status());
  json body;
  Status s = ledger.store().Read([&](store::Txn& txn) -> Status {
    Calculator calc(catalog, txn);
    SHANHAI_ASSIGN_OR_RETURN(ResolvedScope resolved, calc.Resolve(*scope));
    SHANHAI_ASSIGN_OR_RETURN(auto computed, calc.Values(*codes, resolved, *period));
    json values = json::array();
    for (const Indicator* i : *codes)
      values.push_back({{"code", i->code}, {"zh", i->zh}, {"unit", i->unit}, {"value", ValueJson(computed[i->code])}});
    body = {{"scope", ScopeJson(resolved)}, {"period", PeriodJson(*period)}, {"values", values}};
    return Status::Ok();
  });
  if (!s.ok()) return ErrorResponse(s);
  return http::Response::Json(200, body.dump());
}

http::Response Series(ledger::Ledger& ledger, const Catalog& catalog, const http::Request& rq) {
  Status known = OnlyParams(rq, {"code", "pairing", "unit", "from", "to", "granularity"});
  if (!known.ok()) return ErrorResponse(known);
  auto code = rq.Query("code");
  const Indicator* ind = code ? catalog.Find(*code) : nullptr;
  if (!ind) return ErrorResponse(BadParam("code", "a known indicator code is required", "须给出已知的指标代码"));
  auto scope = ScopeParam(rq);
  if (!scope.ok()) return ErrorResponse(scope.status());
  auto from = IntParam(rq, "from", 1996, 2100);
  if (!from.ok()) return ErrorResponse(from.status());
  auto to = IntParam(rq, "to", 1996, 2100);
  if (!to.ok()) return ErrorResponse(to.status());
  if (*to < *from || *to - *from > 50) return ErrorResponse(BadParam("to", "must be from `from` to `from`+50", "应不早于 from 且跨度不超过50年"));
  std::string granularity(rq.Query("granularity").value_or("year"));
  if (granularity != "year" && granularity != "quarter" && granularity != "month")
    return ErrorResponse(BadParam("granularity", "must be year, quarter or month", "应为 year、quarter 或 month"));
  json body;
  Status s = ledger.store().Read([&](store::Txn& txn) -> Status {
    Calculator calc(catalog, txn);
    SHANHAI_ASSIGN_OR_RETURN(ResolvedScope resolved, calc.Resolve(*scope));
    json points = json::array();
    for (int y = static_cast<int>(*from); y <= *to; ++y) {
      int parts = granularity == "year" ? 1 : granularity == "quarter" ? 4 : 12;
      for (int p = 1; p <= parts; ++p) {
        Result<Period> period = granularity == "year"      ? Period::Year(y)
                                : granularity == "quarter" ? Period::Quarter(y, p)
                                                           : Period::Month(y, p);
        if (!period.ok()) return period.status();
        SHANHAI_ASSIGN_OR_RETURN(auto v, calc.Value(*ind, resolved, *period));
        points.push_back({{"period", PeriodJson(*period)}, {"value", ValueJson(v)}});
      }
    }
    body = {{"code", ind->code}, {"zh", ind->zh}, {"unit", ind->unit}, {"scope", ScopeJson(resolved)}, {"points", points}};
    return Status::Ok();
  });
  if (!s.ok()) return ErrorResponse(s);
  return http::Response::Json(200, body.dump());
}

http::Response Ranking(ledger::Ledger& ledger, const Catalog& catalog, const http::Request& rq) {
  Status known = OnlyParams(rq, {"code", "year", "level", "limit"});
  if (!known.ok()) return ErrorResponse(known);
  auto code = rq.Query("code");
  const Indicator* ind = code ? catalog.Find(*code) : nullptr;
  if (!ind) return ErrorResponse(BadParam("code", "a known indicator code is required", "须给出已知的指标代码"));
  auto year = IntParam(rq, "year", 1996, 2100);
  if (!year.ok()) return ErrorResponse(year.status());
  int64_t limit = 20;
  if (rq.Query("limit")) {
    auto l = IntParam(rq, "limit", 1, 500);
    if (!l.ok()) return ErrorResponse(l.status());
    limit = *l;
  }
  std::string level(rq.Query("level").value_or(""));
  json body;
  Status s = ledger.store().Read([&](store::Txn& txn) -> Status {
    Calculator calc(catalog, txn);
    SHANHAI_ASSIGN_OR_RETURN(Period period, Period::Year(static_cast<int>(*year)));
    SHANHAI_ASSIGN_OR_RETURN(auto by_pairing, calc.ValueByPairing(*ind, period));
    std::vector<std::pair<double, model::Record>> rows;
    for (const auto& [id, value] : by_pairing) {
      SHANHAI_ASSIGN_OR_RETURN(auto p, txn.Get(*model::FindType("pairings"), id));
      if (!p || (!level.empty() && p->GetString("level") != level)) continue;
      rows.emplace_back(value, std::move(*p));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    json ranking = json::array();
    for (size_t i = 0; i < rows.size() && static_cast<int64_t>(i) < limit; ++i) {
      const model::Record& p = rows[i].second;
      ranking.push_back({{"rank", i + 1},
                         {"pairing", p.id()},
                         {"name", p.GetString("name").value_or("")},
                         {"level", p.GetString("level").value_or("")},
                         {"value", rows[i].first}});
    }
    body = {{"code", ind->code}, {"zh", ind->zh}, {"unit", ind->unit}, {"period", PeriodJson(period)}, {"ranking", ranking}};
    return Status::Ok();
  });
  if (!s.ok()) return ErrorResponse(s);
  return http::Response::Json(200, body.dump());
}

}  // namespace

void AddIndicatorRoutes(Router& router, ledger::Ledger& ledger, std::shared_ptr<const Catalog> catalog) {
  ledger::Ledger* l = &ledger;
  router.Add("GET", "/api/v1/indicators", [catalog](const http::Request&, const PathParams&) {
    return catalog ? Catalogue(*catalog) : Unavailable();
  });
  router.Add("GET", "/api/v1/indicators/values", [l, catalog](const http::Request& rq, const PathParams&) {
    return catalog ? Values(*l, *catalog, rq) : Unavailable();
  });
  router.Add("GET", "/api/v1/indicators/series", [l, catalog](const http::Request& rq, const PathParams&) {
    return catalog ? Series(*l, *catalog, rq) : Unavailable();
  });
  router.Add("GET", "/api/v1/indicators/ranking", [l, catalog](const http::Request& rq, const PathParams&) {
    return catalog ? Ranking(*l, *catalog, rq) : Unavailable();
  });
}

}  // namespace shanhai::api
