#include "api/report_routes.h"

#include <stdlib.h>  // mkstemps
#include <unistd.h>  // close

#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "api/error.h"
#include "api/list_query.h"
#include "report/annual_report.h"
#include "report/render.h"

namespace shanhai::api {
namespace {

constexpr std::string_view kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

Status BadParameter(const std::string& name, const std::string& en, const std::string& zh) {
  return Status::InvalidArgument(name + ": " + en, name + "：" + zh, {{name, en, zh, 0}});
}

Result<int64_t> ParseInt(const std::string& name, std::string_view text, int64_t min, int64_t max) {
  int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < min || v > max)
    return BadParameter(name, "must be an integer between " + std::to_string(min) + " and " + std::to_string(max),
                        "应为 " + std::to_string(min) + " 至 " + std::to_string(max) + " 之间的整数");
  return v;
}

struct ReportRequest {
  indicators::Scope scope;
  int year = 0;
  std::string format = "json";
};

Result<ReportRequest> ParseRequest(const http::Request& request) {
  ReportRequest out;
  bool has_pairing = false, has_unit = false, has_year = false;
  for (const auto& [key, value] : request.query) {
    if (key == "pairing") {
      SHANHAI_ASSIGN_OR_RETURN(int64_t id, ParseInt(key, value, 1, INT64_MAX));
      out.scope = indicators::Scope::Pairing(id);
      has_pairing = true;
    } else if (key == "unit") {
      if (value.empty()) return BadParameter(key, "must be a unit code", "应为行政区划代码");
      out.scope = indicators::Scope::Unit(value);
      has_unit = true;
    } else if (key == "year") {
      SHANHAI_ASSIGN_OR_RETURN(int64_t y, ParseInt(key, value, 1900, 2999));
      out.year = static_cast<int>(y);
      has_year = true;
    } else if (key == "format") {
      if (value != "json" && value != "html" && value != "text" && value != "xlsx")
        return BadParameter(key, "must be json, html, text or xlsx", "应为 json、html、text 或 xlsx");
      out.format = value;
    } else {
      return UnknownQueryParameter(key);
    }
  }
  if (has_pairing == has_unit)
    return Status::InvalidArgument("give either pairing=ID or unit=CODE", "须指定 pairing（结对编号）或 unit（区划代码）之一",
                                   {{"pairing", "give pairing or unit", "须指定 pairing 或 unit 之一", 0}});
  if (!has_year)
    return Status::InvalidArgument("year is required", "缺少 year（年度）", {{"year", "required", "必填", 0}});
  return out;
}

// `text` percent-encoded for an RFC 5987 filename*.
std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '.' ||
        b == '_') {
      out += c;
    } else {
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 0xF];
    }
  }
  return out;
}

// The workbook's bytes: libxlsxwriter writes files only, so through a temporary file.
Result<std::string> XlsxBytes(const report::AnnualReport& built) {
  std::string path = (std::filesystem::temp_directory_path() / "shanhai-report-XXXXXX.xlsx").string();
  const int fd = mkstemps(path.data(), 5);
  if (fd < 0) return Status::Unavailable("cannot create a temporary file", "无法创建临时文件");
  close(fd);
  Status s = report::RenderXlsx(built, path);
  std::string bytes;
  if (s.ok()) {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) s = Status::Unavailable("cannot read the workbook back", "无法读取生成的工作簿");
  }
  std::error_code ignored;
  std::filesystem::remove(path, ignored);
  if (!s.ok()) return s;
  return bytes;
}

http::Response AnnualReport(ledger::Ledger& ledger, const indicators::Catalog* catalog, const http::Request& request) {
  auto parsed = ParseRequest(request);
  if (!parsed.ok()) return ErrorResponse(parsed.status());
  if (catalog == nullptr)
    return ErrorResponse(Status::Unavailable("the indicator catalog is not loaded", "服务未加载指标目录"));
  report::AnnualReport built;
  Status s = ledger.store().Read([&](store::Txn& txn) -> Status {
    SHANHAI_ASSIGN_OR_RETURN(built, report::BuildAnnualReport(*catalog, txn, parsed->scope, parsed->year));
    return Status::Ok();
  });
  if (!s.ok()) return ErrorResponse(s);
  http::Response r;
  r.status = 200;
  if (parsed->format == "json") return http::Response::Json(200, report::RenderJson(built).dump());
  if (parsed->format == "html") {
    r.content_type = "text/html; charset=utf-8";
    r.body = report::RenderHtml(built);
    return r;
  }
  if (parsed->format == "text") {
    r.content_type = "text/plain; charset=utf-8";
    r.body = report::RenderText(built);
    return r;
  }
  auto bytes = XlsxBytes(built);
  if (!bytes.ok()) return ErrorResponse(bytes.status());
  const std::string stem = parsed->scope.kind == indicators::Scope::Kind::kPairing
                               ? "pairing-" + std::to_string(parsed->scope.pairing_id)
                               : "unit-" + parsed->scope.unit_code;
  const std::string ascii = "annual-report-" + stem + "-" + std::to_string(parsed->year) + ".xlsx";
  r.content_type = std::string(kXlsxType);
  r.headers["Content-Disposition"] =
      "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + PercentEncode(built.title_zh + ".xlsx");
  r.body = std::move(*bytes);
  return r;
}

}  // namespace

void AddReportRoutes(Router& router, ledger::Ledger& ledger, std::shared_ptr<const indicators::Catalog> catalog) {
  ledger::Ledger* l = &ledger;
  router.Add("GET", "/api/v1/reports/annual", [l, catalog](const http::Request& rq, const PathParams&) {
    return AnnualReport(*l, catalog.get(), rq);
  });
}

}  // namespace shanhai::api
