// api/api.h
//
// The JSON API v1 of shanhai, as one http::Handler: every record type under
// /api/v1/<type> (list, get, create, replace, patch, delete), the type registry at
// /api/v1/types, the OpenAPI 3 document at /api/v1/openapi.json and /api/v1/health.
// docs/api.md describes the conventions; the OpenAPI document is generated from the
// same route table and type registry the handlers use.

#ifndef SHANHAI_API_API_H_
#define SHANHAI_API_API_H_

#include <memory>

#include "api/router.h"
#include "auth/accounts.h"
#include "indicators/catalog.h"
#include "http/handler.h"
#include "ledger/ledger.h"

namespace shanhai::api {

struct ApiOptions {
  std::string version = "0.1.0";  // reported by /health and the OpenAPI document
  // The indicator catalog; without one the indicator and report routes answer 503.
  std::shared_ptr<const indicators::Catalog> catalog;
  // The built console (web/dist) served at "/"; empty: none.
  std::string web_root;
  // Accounts, sessions and tokens; when null, MakeApiRouter makes one on the ledger's
  // store. Every route but health, the OpenAPI document and signing in needs a principal
  // (api/access.h).
  std::shared_ptr<auth::Accounts> accounts;
  // Adds `Secure` to the session cookie: set it when the console is served over HTTPS.
  bool secure_cookies = false;
};

// Builds the router of every API route. `ledger` must outlive the router.
std::unique_ptr<Router> MakeApiRouter(ledger::Ledger& ledger, const ApiOptions& options);

// The OpenAPI 3.0 document for `router`'s routes, as JSON text.
std::string OpenApiDocument(const Router& router, const ApiOptions& options);

}  // namespace shanhai::api

#endif  // SHANHAI_API_API_H_
