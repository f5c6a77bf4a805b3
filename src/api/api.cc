#include "api/api.h"

#include <mutex>
#include <nlohmann/json.hpp>

#include "api/access.h"
#include "api/auth_routes.h"
#include "api/change_routes.h"
#include "api/error.h"
#include "api/file_routes.h"
#include "api/indicator_routes.h"
#include "api/record_routes.h"
#include "api/report_routes.h"
#include "api/request_context.h"
#include "api/scope_filter.h"
#include "api/static_site.h"
#include "api/traditional_labels.h"
#include "model/record_type.h"
#include "text/chinese_script.h"

namespace shanhai::api {
namespace {

using nlohmann::json;

// The registry as the console needs it to build tables and forms.
json TypesDocument() {
  json types = json::array();
  for (const model::RecordType& t : model::AllTypes()) {
    json fields = json::array();
    for (const model::FieldDef& f : t.fields) {
      json field = {{"name", f.name},     {"kind", model::KindNameEn(f.kind)}, {"zh", f.zh},
                    {"en", f.en},         {"required", f.required},            {"system", f.system}};
      if (!f.ref.empty()) field["ref"] = f.ref;
      if (!f.choices.empty()) {
        json choices = json::array();
        for (const auto& c : f.choices) choices.push_back({{"code", c.code}, {"zh", c.zh}, {"en", c.en}});
        field["choices"] = choices;
        if (!f.default_code.empty()) field["default"] = f.default_code;
      }
      fields.push_back(std::move(field));
    }
    types.push_back({{"name", t.name},
                     {"zh", t.zh},
                     {"en", t.en},
                     {"class", t.is_record() ? "record" : "reference"},
                     {"date_field", t.date_field},
                     {"end_date_field", t.end_date_field},
                     {"pairing_required", t.pairing_required},
                     {"fields", fields}});
  }
  return types;
}

}  // namespace

std::unique_ptr<Router> MakeApiRouter(ledger::Ledger& ledger, const ApiOptions& options) {
  auto router = std::make_unique<Router>();
  ledger::Ledger* l = &ledger;
  ApiOptions opts = options;
  router->Add("GET", "/api/v1/health", [l, opts](const http::Request&, const PathParams&) {
    // A read proves the database answers, not only that the process is up.
    Status s = l->store().Read([](store::Txn& txn) { return txn.GetSetting("id_salt").status(); });
    if (!s.ok()) return ErrorResponse(s);
    json body = {{"status", "ok"},
                 {"version", opts.version},
                 {"engine", l->store().engine()},
                 {"schema_version", l->store().schema_version()}};
    return http::Response::Json(200, body.dump());
  });
  // zh-TW labels come from OpenCC; without its data files the console falls back to
  // Simplified labels, which is no reason to refuse to serve.
  std::shared_ptr<const text::ScriptConverter> traditional;
  if (auto c = text::ScriptConverter::Open(text::ScriptConversion::kToTraditionalTaiwan); c.ok())
    traditional = std::move(*c);
  json types_doc = TypesDocument();
  if (traditional) AddTraditionalLabels(types_doc, *traditional);
  const std::string types = types_doc.dump();
  router->Add("GET", "/api/v1/types",
              [types](const http::Request&, const PathParams&) { return http::Response::Json(200, types); });
  // The document describes the router it is served from; it is built on first request
  // because the route table is complete only after this function returns.
  Router* self = router.get();
  auto cached = std::make_shared<std::string>();
  auto once = std::make_shared<std::once_flag>();
  router->Add("GET", "/api/v1/openapi.json", [self, opts, cached, once](const http::Request&, const PathParams&) {
    std::call_once(*once, [&] { *cached = OpenApiDocument(*self, opts); });
    return http::Response::Json(200, *cached);
  });
  auto accounts = opts.accounts ? opts.accounts : std::make_shared<auth::Accounts>(ledger.store());
  AddAuthRoutes(*router, accounts, opts.secure_cookies);
  AddIndicatorRoutes(*router, ledger, opts.catalog);
  AddReportRoutes(*router, ledger, opts.catalog);
  AddChangeRoutes(*router, ledger);
  AddFileRoutes(*router, ledger);
  AddRecordRoutes(*router, ledger);
  if (traditional) {
    router->Wrap(
        [](const Route& r) {
          return r.method == "GET" &&
                 (r.pattern.starts_with("/api/v1/indicators") || r.pattern.starts_with("/api/v1/reports/"));
        },
        [traditional](RouteHandler h) { return WithTraditionalLabels(std::move(h), traditional); });
  }
  // Figures for a pairing or unit: only inside the reader's data scope (api/scope_filter.h).
  router->Wrap(
      [](const Route& r) {
        return r.method == "GET" && (r.pattern.starts_with("/api/v1/indicators/") ||
                                     r.pattern.starts_with("/api/v1/reports/") || r.pattern == "/api/v1/changes");
      },
      [](RouteHandler h) -> RouteHandler {
        return [h = std::move(h)](const http::Request& rq, const PathParams& p) {
          const bool rows = rq.path == "/api/v1/changes";
          auto scoped = ScopedFigureRequest(CurrentPrincipal(), rq, rows);
          if (!scoped.ok()) return ErrorResponse(scoped.status());
          return h(*scoped, p);
        };
      });
  // Last: the access check runs before every other wrapper.
  EnforceAccess(*router, accounts);
  if (!opts.web_root.empty()) {
    auto site = std::make_shared<StaticSite>(opts.web_root);
    router->SetFallback([site](const http::Request& rq, const PathParams&) { return site->Serve(rq); });
  }
  return router;
}

}  // namespace shanhai::api
