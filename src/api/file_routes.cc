#include "api/file_routes.h"

#include <nlohmann/json.hpp>
#include <sstream>

#include "api/error.h"
#include "api/list_query.h"
#include "api/request_context.h"
#include "api/scope_filter.h"
#include "base/clock.h"
#include "export/exporter.h"
#include "ingest/importer.h"

namespace shanhai::api {
namespace {

using nlohmann::json;

Result<ingest::ImportFormat> ImportFormatParam(const http::Request& request) {
  auto format = request.Query("format");
  if (!format || format->empty()) return ingest::ImportFormat::kAuto;
  if (*format == "csv") return ingest::ImportFormat::kCsv;
  if (*format == "xlsx") return ingest::ImportFormat::kXlsx;
  if (*format == "json") return ingest::ImportFormat::kJson;
  return Status::InvalidArgument("format must be csv, xlsx or json", "format 应为 csv、xlsx 或 json",
                                 {{"format", "must be csv, xlsx or json", "应为 csv、xlsx 或 json", 0}});
}

http::Response Import(ledger::Ledger& ledger, const http::Request& request, const PathParams& params) {
  auto type = TypeOf(params);
  if (!type.ok()) return ErrorResponse(type.status());
  for (const auto& [key, value] : request.query)
    if (key != "format")
      return ErrorResponse(UnknownQueryParameter(key));
  auto format = ImportFormatParam(request);
  if (!format.ok()) return ErrorResponse(format.status());
  if (request.body.empty())
    return ErrorResponse(Status::InvalidArgument("the uploaded file is empty", "上传的文件是空的"));
  auto summary = ingest::ImportContent(ledger, **type, request.body, *format,
                                       ActorFor(request.remote_address));
  if (!summary.ok()) return ErrorResponse(summary.status());
  json body = {{"type", (*type)->name},
               {"rows_read", summary->rows_read},
               {"rows_written", summary->rows_written},
               {"elapsed_ms", summary->elapsed_ms}};
  return http::Response::Json(200, body.dump());
}

struct ExportKind {
  exports::ExportFormat format;
  const char* extension;
  const char* content_type;
};

Result<ExportKind> ExportKindParam(const http::Request& request) {
  auto format = request.Query("format");
  if (!format || *format == "xlsx")
    return ExportKind{exports::ExportFormat::kXlsx, "xlsx",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"};
  if (*format == "csv") return ExportKind{exports::ExportFormat::kCsv, "csv", "text/csv; charset=utf-8"};
  if (*format == "json") return ExportKind{exports::ExportFormat::kJson, "json", "application/json; charset=utf-8"};
  return Status::InvalidArgument("format must be xlsx, csv or json", "format 应为 xlsx、csv 或 json",
                                 {{"format", "must be xlsx, csv or json", "应为 xlsx、csv 或 json", 0}});
}

http::Response Export(ledger::Ledger& ledger, const http::Request& request, const PathParams& params) {
  auto type = TypeOf(params);
  if (!type.ok()) return ErrorResponse(type.status());
  auto kind = ExportKindParam(request);
  if (!kind.ok()) return ErrorResponse(kind.status());
  int64_t page = 1, page_size = 50;
  auto query = ParseListQuery(**type, request, page, page_size, {"format"});
  if (!query.ok()) return ErrorResponse(query.status());
  switch (NarrowToScope(CurrentPrincipal(), *query)) {
    case ScopeFilter::kNone:
    case ScopeFilter::kPushedDown:
      break;
    case ScopeFilter::kEmpty:
      query->equals.emplace_back("id", model::Value{int64_t{0}});  // ids start at 1: no rows
      break;
    case ScopeFilter::kPostFilter:
      return ErrorResponse(Status::PermissionDenied(
          "this type cannot be exported within your data scope; read it through the list instead",
          "在您的数据范围内不能导出该类数据，请在列表中查看"));
  }
  std::ostringstream out;
  Status s = exports::ExportRecords(ledger.store(), *query, kind->format, out);
  if (!s.ok()) return ErrorResponse(s);
  http::Response r;
  r.status = 200;
  r.content_type = kind->content_type;
  r.body = std::move(out).str();
  // The file is named after the type and the day, e.g. projects-20261125.xlsx; type names
  // are ASCII, so no RFC 5987 encoding is needed.
  std::string day = NowUtcIso().substr(0, 10);
  day.erase(std::remove(day.begin(), day.end(), '-'), day.end());
  r.headers["Content-Disposition"] =
      "attachment; filename=\"" + std::string((*type)->name) + "-" + day + "." + kind->extension + "\"";
  r.headers["Cache-Control"] = "no-store";
  return r;
}

}  // namespace

void AddFileRoutes(Router& router, ledger::Ledger& ledger) {
  ledger::Ledger* l = &ledger;
  router.Add("POST", "/api/v1/{type}/import",
             [l](const http::Request& rq, const PathParams& p) { return Import(*l, rq, p); });
  router.Add("GET", "/api/v1/{type}/export",
             [l](const http::Request& rq, const PathParams& p) { return Export(*l, rq, p); });
}

}  // namespace shanhai::api
