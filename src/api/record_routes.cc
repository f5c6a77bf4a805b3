#include "api/record_routes.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "api/error.h"
#include "model/field_text.h"
#include "model/record_json.h"

namespace shanhai::api {
namespace {

using nlohmann::json;

Result<const model::RecordType*> TypeOf(const PathParams& params) {
  const std::string& name = params.at("type");
  const model::RecordType* type = model::FindType(name);
  if (!type) return Status::NotFound("no record type '" + name + "'", "没有数据类型“" + name + "”");
  return type;
}

Result<int64_t> ParseInt(std::string_view text, std::string_view name, int64_t min, int64_t max) {
  int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < min || v > max)
    return Status::InvalidArgument(
        std::string(name) + " must be an integer between " + std::to_string(min) + " and " + std::to_string(max),
        std::string(name) + " 应为 " + std::to_string(min) + " 至 " + std::to_string(max) + " 之间的整数",
        {{std::string(name), "not an integer in range", "不是有效范围内的整数", 0}});
  return v;
}

Result<int64_t> IdOf(const PathParams& params) {
  return ParseInt(params.at("id"), "id", 1, INT64_MAX);
}

Result<json> ParseBody(const http::Request& request) {
  auto type = request.Header("content-type");
  if (!type || type->find("application/json") == std::string_view::npos)
    return Status::InvalidArgument("the body must be JSON (Content-Type: application/json)",
                                   "请求体须为 JSON（Content-Type: application/json）");
  json body = json::parse(request.body, nullptr, false);
  if (body.is_discarded())
    return Status::InvalidArgument("the body is not well-formed JSON", "请求体不是合法的 JSON");
  return body;
}

Result<store::ListQuery> ParseListQuery(const model::RecordType& type, const http::Request& request,
                                        int64_t& page, int64_t& page_size) {
  store::ListQuery q;
  q.type = &type;
  page = 1;
  page_size = 50;
  for (const auto& [key, value] : request.query) {
    if (key == "pairing") {
      SHANHAI_ASSIGN_OR_RETURN(q.pairing_id, ParseInt(value, key, 1, INT64_MAX));
    } else if (key == "unit") {
      q.unit_code = value;
    } else if (key == "year") {
      SHANHAI_ASSIGN_OR_RETURN(int64_t y, ParseInt(value, key, 1900, 2999));
      q.year = static_cast<int>(y);
    } else if (key == "status") {
      q.status = value;
    } else if (key == "sort") {
      q.sort_field = value;
      if (!value.empty() && value.front() == '-') {
        q.sort_field = value.substr(1);
        q.descending = true;
      }
    } else if (key == "page") {
      SHANHAI_ASSIGN_OR_RETURN(page, ParseInt(value, key, 1, 1'000'000'000));
    } else if (key == "page_size") {
      SHANHAI_ASSIGN_OR_RETURN(page_size, ParseInt(value, key, 1, kMaxPageSize));
    } else if (const model::FieldDef* f = type.Field(key); f && f->kind == model::FieldKind::kMoney) {
      // Money in the API is fen everywhere, filters included.
      SHANHAI_ASSIGN_OR_RETURN(int64_t fen, ParseInt(value, key, 0, INT64_MAX));
      q.equals.emplace_back(key, fen);
    } else if (f) {
      SHANHAI_ASSIGN_OR_RETURN(model::Value v, model::ParseFieldText(*f, value));
      q.equals.emplace_back(key, std::move(v));
    } else {
      return Status::InvalidArgument(
          "unknown query parameter '" + key + "'", "未知的查询参数“" + key + "”",
          {{key, "unknown query parameter", "未知的查询参数", 0}});
    }
  }
  q.limit = page_size;
  q.offset = (page - 1) * page_size;
  return q;
}

http::Response List(ledger::Ledger& ledger, const http::Request& request, const PathParams& params) {
  auto type = TypeOf(params);
  if (!type.ok()) return ErrorResponse(type.status());
  int64_t page = 1, page_size = 50;
  auto query = ParseListQuery(**type, request, page, page_size);
  if (!query.ok()) return ErrorResponse(query.status());
  auto result = ledger.List(*query);
  if (!result.ok()) return ErrorResponse(result.status());
  json items = json::array();
  for (const model::Record& r : result->rows) items.push_back(model::RecordToJson(r));
  json body = {{"items", std::move(items)}, {"total", result->total}, {"page", page}, {"page_size", page_size}};
  return http::Response::Json(200, body.dump());
}

http::Response Get(ledger::Ledger& ledger, const PathParams& params) {
  auto type = TypeOf(params);
  if (!type.ok()) return ErrorResponse(type.status());
  auto id = IdOf(params);
  if (!id.ok()) return ErrorResponse(id.status());
  auto row = ledger.Get(**type, *id);
  if (!row.ok()) return ErrorResponse(row.status());
  return http::Response::Json(200, model::RecordToJson(*row).dump());
}

http::Response Create(ledger::Ledger& ledger, const http::Request& request, const PathParams& params) {
  auto type = TypeOf(params);
  if (!type.ok()) return ErrorResponse(type.status());
  auto body = ParseBody(request);
  if (!body.ok()) return ErrorResponse(body.status());
  auto row = ledger.Create(**type, *body, ledger::Actor{"api"});
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
  json full = *body;
  for (const model::FieldDef& f : (*type)->fields) {
    if (f.system || f.name == "id" || full.contains(f.name)) continue;
    full[std::string(f.name)] = f.default_code.empty() ? json(nullptr) : json(std::string(f.default_code));
  }
  auto row = ledger.Update(**type, *id, full, ledger::Actor{"api"});
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
  auto row = ledger.Update(**type, *id, *body, ledger::Actor{"api"});
  if (!row.ok()) return ErrorResponse(row.status());
  return http::Response::Json(200, model::RecordToJson(*row).dump());
}

http::Response Delete(ledger::Ledger& ledger, const PathParams& params) {
  auto type = TypeOf(params);
  if (!type.ok()) return ErrorResponse(type.status());
  auto id = IdOf(params);
  if (!id.ok()) return ErrorResponse(id.status());
  Status s = ledger.Delete(**type, *id, ledger::Actor{"api"});
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
  router.Add("DELETE", "/api/v1/{type}/{id}", [l](const http::Request&, const PathParams& p) { return Delete(*l, p); });
}

}  // namespace shanhai::api
