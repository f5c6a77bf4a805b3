#include "api/scope_filter.h"

#include <cstdint>
#include <string_view>

#include "api/list_query.h"

namespace shanhai::api {

ScopeFilter NarrowToScope(const auth::Principal* who, store::ListQuery& q) {
  if (!who || who->scope == auth::DataScope::kAll) return ScopeFilter::kNone;
  const std::string_view type = q.type->name;
  if (type == "admin_units" || type == "organizations" || type == "pairings") return ScopeFilter::kNone;
  const bool is_record = q.type->type_class == model::TypeClass::kRecord;
  switch (who->scope) {
    case auth::DataScope::kAll:
      return ScopeFilter::kNone;
    case auth::DataScope::kUnit:
      if (who->unit_code.empty()) return ScopeFilter::kEmpty;
      if (!is_record || !store::CanFilterByUnit(*q.type)) return ScopeFilter::kPostFilter;
      if (q.unit_code && auth::CodeInUnit(*q.unit_code, who->unit_code)) return ScopeFilter::kPushedDown;
      if (q.unit_code && !auth::CodeInUnit(who->unit_code, *q.unit_code)) return ScopeFilter::kEmpty;
      q.unit_code = who->unit_code;
      return ScopeFilter::kPushedDown;
    case auth::DataScope::kPairing:
      if (!who->root_pairing || !store::CanFilterByPairing(*q.type)) return ScopeFilter::kEmpty;
      if (q.pairing_id && who->pairings.count(*q.pairing_id)) return ScopeFilter::kPushedDown;
      if (q.pairing_id) return ScopeFilter::kEmpty;
      q.pairing_id = who->root_pairing;
      return ScopeFilter::kPushedDown;
    case auth::DataScope::kOwn:
      if (!is_record) return ScopeFilter::kEmpty;
      q.equals.emplace_back("recorded_by", model::Value{who->username});
      return ScopeFilter::kPushedDown;
  }
  return ScopeFilter::kEmpty;
}

Result<store::Page> ListInScope(ledger::Ledger& ledger, const auth::Principal* who, store::ListQuery query) {
  switch (NarrowToScope(who, query)) {
    case ScopeFilter::kNone:
    case ScopeFilter::kPushedDown:
      return ledger.List(query);
    case ScopeFilter::kEmpty:
      return store::Page{};
    case ScopeFilter::kPostFilter:
      break;
  }
  // Only small reference tables (agreements, targets) get here: read them whole.
  const int64_t offset = query.offset, limit = query.limit;
  query.offset = 0;
  query.limit = 1'000'000;
  auto all = ledger.List(query);
  if (!all.ok()) return all.status();
  store::Page page;
  for (model::Record& r : all->rows) {
    if (!auth::Readable(*who, r)) continue;
    if (page.total >= offset && page.total < offset + limit) page.rows.push_back(std::move(r));
    ++page.total;
  }
  return page;
}

Result<http::Request> ScopedFigureRequest(const auth::Principal* who, const http::Request& request,
                                          bool default_to_own) {
  if (!who || who->scope == auth::DataScope::kAll) return request;
  const Status outside =
      Status::PermissionDenied("that scope lies outside your data scope", "所选范围超出您的数据范围");
  auto pairing = request.Query("pairing");
  auto unit = request.Query("unit");
  if (pairing) {
    auto id = ParseInt(*pairing, "pairing", 1, INT64_MAX);
    if (!id.ok()) return request;  // malformed: the route itself says so
    if (who->scope == auth::DataScope::kOwn || !who->pairings.count(*id)) return outside;
    return request;
  }
  if (unit) {
    if (who->scope != auth::DataScope::kUnit || !auth::CodeInUnit(*unit, who->unit_code)) return outside;
    return request;
  }
  if (!default_to_own) return request;
  http::Request scoped = request;
  switch (who->scope) {
    case auth::DataScope::kUnit:
      scoped.query["unit"] = who->unit_code;
      return scoped;
    case auth::DataScope::kPairing:
      scoped.query["pairing"] = std::to_string(who->root_pairing);
      return scoped;
    default:
      return outside;
  }
}

}  // namespace shanhai::api
