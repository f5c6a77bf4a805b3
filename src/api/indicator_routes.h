// api/indicator_routes.h
//
// The indicator API for dashboards, answered from the live facts:
//   GET /api/v1/indicators                      the catalog (groups, indicators, rules in words)
//   GET /api/v1/indicators/values               values of many indicators for one scope and period
//   GET /api/v1/indicators/series               one indicator over consecutive periods
//   GET /api/v1/indicators/ranking              pairings ranked by one indicator
// Scope parameters: pairing=ID (with the pairings below it) or unit=CODE (either side,
// with the units below it); neither: national. Period parameters: year=Y, optionally
// quarter=Q or month=M, or cumulative=1 (to the end of year Y).

#ifndef SHANHAI_API_INDICATOR_ROUTES_H_
#define SHANHAI_API_INDICATOR_ROUTES_H_

#include <memory>

#include "api/router.h"
#include "indicators/catalog.h"
#include "ledger/ledger.h"

namespace shanhai::api {

// Adds the indicator routes. `ledger` must outlive the router; `catalog` may be null
// (the routes then answer 503).
void AddIndicatorRoutes(Router& router, ledger::Ledger& ledger, std::shared_ptr<const indicators::Catalog> catalog);

}  // namespace shanhai::api

#endif  // SHANHAI_API_INDICATOR_ROUTES_H_
