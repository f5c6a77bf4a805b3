#include "api/record_routes.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "api/error.h"
#include "api/list_query.h"
#include "api/request_context.h"
#include "api/scope_filter.h"
#include "auth/principal.h"
#include "model/field_text.h"
#include "model/record_json.h"

namespace shanhai::api {
namespace {

using nlohmann::json;

Result<int64_t> IdOf(const PathParams& params) {
  return ParseInt(params.at("id"), "id", 1, INT64_MAX);
}

// Bodies nested deeper than this are refused. Copying or printing a json value recurses
// once per level: a PUT of {"name": [[[…]]]} 100,000 deep (200 kB) overflowed the
// worker's stack and ended the server. A record is two levels deep.
constexpr int kMaxBodyDepth = 64;

Result<json> ParseBody(const http::Request& request) {
  auto type = request.Header("content-type");
  if (!type || type->find("application/json") == std::string_view::npos)
    return Status::InvalidArgument("the body must be JSON (Content-Type: application/json)",
                                   "请求体须为 JSON（Content-Type: application/json）");
  // The parser itself does not recurse; past the limit it keeps nothing, so the deep
  // value is never built.
  bool too_deep = false;
  json body = json::parse(
      request.body,
      [&too_deep](int depth, json::parse_event_t, json&) {
        if (depth > kMaxBodyDepth) too_deep = true;
        return !too_deep;
      },
      /*allow_exceptions=*/false);
  if (too_deep)
    return Status::InvalidArgument("the body is nested more than " + std::to_string(kMaxBodyDepth) + " levels deep",
                                   "请求体嵌套超过 " + std::to_string(kMaxBodyDepth) + " 层");
  if (body.is_discarded())
    return Status::InvalidArgument("the body is not well-formed JSON", "请求体不是合法的 JSON");
  return body;
}

http::Response List(ledger::Ledger& ledger, const http::Request& request, const PathParams& params) {
  auto type = TypeOf(params);
  if (!type.ok()) return ErrorResponse(type.status());
  int64_t page = 1, page_size = 50;
  auto query = ParseListQuery(**type, request, page, page_size);
  if (!query.ok()) return ErrorResponse(query.status());
  auto result = ListInScope(ledger, CurrentPrincipal(), std::move(*query));
  if (!result.ok()) return ErrorResponse(result.status());
  json items = json::array();
  for (const model::Record& r : result->rows) items.push_back(model::RecordToJson(r));
  json body = {{"items", std::move(items)}, {"total", result->total}, {"page", page}, {"page_size", page_size}};
  return http::Response::Json(200, body.dump());
}

// The row `id` of `type` if the current principal may read it. A row outside the data
// scope answers exactly like a missing one, so ids do not tell what exists elsewhere.
Result<model::Record> GetReadable(ledger::Ledger& ledger, const model::RecordType& type, int64_t id) {
  auto row = ledger.Get(type, id);
  if (!row.ok()) return row.status();
  const auth::Principal* who = CurrentPrincipal();
  if (who && !auth::Readable(*who, *row))
    return Status::NotFound(std::string(type.en) + " " + std::to_string(id) + " does not exist",
                            std::string(type.zh) + "编号 " + std::to_string(id) + " 不存在");
  return row;
}

http::Response Get(ledger::Ledger& ledger, const PathParams& params) {
  auto type = TypeOf(params);
  if (!type.ok()) return ErrorResponse(type.status());
  auto id = IdOf(params);
  if (!id.ok()) return ErrorResponse(id.status());
  auto row = GetReadable(ledger, **type, *id);
  if (!row.ok()) return ErrorResponse(row.status());
  return http::Response::Json(200, model::RecordToJson(*row).dump());
}

http::Response Create(ledger::Ledger& ledger, const http::Request& request, const PathParams& params) {
  auto type = TypeOf(params);
  if (!type.ok()) return ErrorResponse(type.status());
  auto body = ParseBody(request);
  if (!body.ok()) return ErrorResponse(body.status());
  auto row = ledger.Create(**type, *body, ActorFor(request.remote_address));
  if (!row.ok()) return ErrorResponse(row.status());
  http::Response r = http::Response::Json(201, model::RecordToJson(*row).dump());
  r.headers["Location"] = "/api/v1/" + std::string((*type)->name) + "/" + std::to_string(row->id());
  return r;
}

// PUT replaces the row: fields the body leaves out are cleared (enums to their default).
http::Response Replace(ledger::Ledger& ledger, const http::Request& request, const PathParams& params) {
  auto type = TypeOf(params);
  if (!type.ok()) return ErrorResponse(type.status());
  auto id = IdOf(params);
  if (!id.ok()) return ErrorResponse(id.status());
  auto body = ParseBody(request);
  if (!body.ok()) return ErrorResponse(body.status());
  if (!body->is_object()) return ErrorResponse(Status::InvalidArgument("the body must be a JSON object", "请求体应为 JSON 对象"));
  if (auto readable = GetReadable(ledger, **type, *id); !readable.ok()) return ErrorResponse(readable.status());
  json full = *body;
  for (const model::FieldDef& f : (*type)->fields) {
    if (f.system || f.name == "id" || full.contains(f.name)) continue;
    full[std::string(f.name)] = f.default_code.empty() ? json(nullptr) : json(std::string(f.default_code));
  }
  auto row = ledger.Update(**type, *id, full, ActorFor(request.remote_address));
  if (!row.ok()) return ErrorResponse(row.status());
  return http::Response::Json(200, model::RecordToJson(*row).dump());
}

http::Response Patch(ledger::Ledger& ledger, const http::Request& request, const PathParams& params) {
  auto type = TypeOf(params);
  if (!type.ok()) return ErrorResponse(type.status());
  auto id = IdOf(params);
  if (!id.ok()) return ErrorResponse(id.status());
  auto body = ParseBody(request);
  if (!body.ok()) return ErrorResponse(body.status());
  if (auto readable = GetReadable(ledger, **type, *id); !readable.ok()) return ErrorResponse(readable.status());
  auto row = ledger.Update(**type, *id, *body, ActorFor(request.remote_address));
  if (!row.ok()) return ErrorResponse(row.status());
  return http::Response::Json(200, model::RecordToJson(*row).dump());
}

http::Response Delete(ledger::Ledger& ledger, const http::Request& request, const PathParams& params) {
  auto type = TypeOf(params);
  if (!type.ok()) return ErrorResponse(type.status());
  auto id = IdOf(params);
  if (!id.ok()) return ErrorResponse(id.status());
  if (auto readable = GetReadable(ledger, **type, *id); !readable.ok()) return ErrorResponse(readable.status());
  Status s = ledger.Delete(**type, *id, ActorFor(request.remote_address));
  if (!s.ok()) return ErrorResponse(s);
  http::Response r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

}  // namespace

void AddRecordRoutes(Router& router, ledger::Ledger& ledger) {
  ledger::Ledger* l = &ledger;
  router.Add("GET", "/api/v1/{type}", [l](const http::Request& rq, const PathParams& p) { return List(*l, rq, p); });
  router.Add("POST", "/api/v1/{type}", [l](const http::Request& rq, const PathParams& p) { return Create(*l, rq, p); });
  router.Add("GET", "/api/v1/{type}/{id}", [l](const http::Request&, const PathParams& p) { return Get(*l, p); });
  router.Add("PUT", "/api/v1/{type}/{id}",
             [l](const http::Request& rq, const PathParams& p) { return Replace(*l, rq, p); });
  router.Add("PATCH", "/api/v1/{type}/{id}",
             [l](const http::Request& rq, const PathParams& p) { return Patch(*l, rq, p); });
  router.Add("DELETE", "/api/v1/{type}/{id}",
             [l](const http::Request& rq, const PathParams& p) { return Delete(*l, rq, p); });
}

}  // namespace shanhai::api
