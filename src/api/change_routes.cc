#include "api/change_routes.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "api/error.h"
#include "api/list_query.h"

namespace shanhai::api {
namespace {

using nlohmann::json;

struct Change {
  std::string at;
  int64_t id;
  json item;
};

// A short human title for a row: its name or title, else its first text field with a
// value (a quote, a company, a description…), else "".
std::string TitleOf(const model::Record& row) {
  for (const char* name : {"name", "title", "project_name", "source_doc"})
    if (row.type().Field(name))
      if (auto v = row.GetString(name); v && !v->empty()) return *v;
  for (const model::FieldDef& f : row.type().fields) {
    if (f.system || f.kind != model::FieldKind::kText) continue;
    // Provenance says who typed the row, not what it is.
    if (f.name == "source" || f.name == "recorded_by" || f.name == "note" || f.name == "outside_pairing_reason") continue;
    if (auto v = row.GetString(f.name); v && !v->empty()) return v->size() > 120 ? v->substr(0, 120) : *v;
  }
  return "";
}

// Whether the list filters can place rows of `type` in the requested scope.
bool Placeable(const model::RecordType& type, bool by_pairing, bool by_unit) {
  if (!type.Field("updated_at")) return false;
  if (by_pairing && !store::CanFilterByPairing(type)) return false;
  if (by_unit && !store::CanFilterByUnit(type)) return false;
  return true;
}

http::Response Changes(ledger::Ledger& ledger, const http::Request& request) {
  int64_t limit = 20;
  std::optional<int64_t> pairing;
  std::optional<std::string> unit;
  for (const auto& [key, value] : request.query) {
    if (key == "limit") {
      auto v = ParseInt(value, key, 1, kMaxChanges);
      if (!v.ok()) return ErrorResponse(v.status());
      limit = *v;
    } else if (key == "pairing") {
      auto v = ParseInt(value, key, 1, INT64_MAX);
      if (!v.ok()) return ErrorResponse(v.status());
      pairing = *v;
    } else if (key == "unit") {
      unit = value;
    } else {
      return ErrorResponse(UnknownQueryParameter(key));
    }
  }
  if (pairing && unit)
    return ErrorResponse(Status::InvalidArgument("give pairing or unit, not both", "pairing 与 unit 只能给出其一",
                                                 {{"unit", "give pairing or unit, not both", "pairing 与 unit 只能给出其一", 0}}));
  std::vector<Change> changes;
  // One small query per type (newest `limit` rows each), then a merge: each type is its
  // own table, and a type's newest rows are the only candidates from it.
  Status s = ledger.store().Read([&](store::Txn& txn) -> Status {
    for (const model::RecordType& type : model::AllTypes()) {
      if (!Placeable(type, pairing.has_value(), unit.has_value())) continue;
      store::ListQuery q;
      q.type = &type;
      q.pairing_id = pairing;
      q.unit_code = unit;
      q.sort_field = "updated_at";
      q.descending = true;
      q.limit = limit;
      SHANHAI_ASSIGN_OR_RETURN(store::Page rows, txn.List(q));
      for (const model::Record& row : rows.rows) {
        std::string at = row.GetString("updated_at").value_or("");
        std::string recorded = row.GetString("recorded_at").value_or("");
        json item = {{"type", type.name},
                     {"id", row.id()},
                     {"title", TitleOf(row)},
                     {"action", at == recorded ? "created" : "updated"},
                     {"at", at}};
        if (type.Field("pairing_id"))
          if (auto p = row.GetInt("pairing_id")) item["pairing_id"] = *p;
        if (type.Field("recorded_by"))
          if (auto by = row.GetString("recorded_by"); by && !by->empty()) item["recorded_by"] = *by;
        changes.push_back({std::move(at), row.id(), std::move(item)});
      }
    }
    return Status::Ok();
  });
  if (!s.ok()) return ErrorResponse(s);
  // Timestamps have whole seconds: rows written in the same second show the later id first.
  std::stable_sort(changes.begin(), changes.end(),
                   [](const Change& a, const Change& b) { return a.at != b.at ? a.at > b.at : a.id > b.id; });
  if (changes.size() > static_cast<size_t>(limit)) changes.resize(static_cast<size_t>(limit));
  json items = json::array();
  for (Change& c : changes) items.push_back(std::move(c.item));
  return http::Response::Json(200, json{{"items", std::move(items)}}.dump());
}

}  // namespace

void AddChangeRoutes(Router& router, ledger::Ledger& ledger) {
  ledger::Ledger* l = &ledger;
  router.Add("GET", "/api/v1/changes", [l](const http::Request& rq, const PathParams&) { return Changes(*l, rq); });
}

}  // namespace shanhai::api
