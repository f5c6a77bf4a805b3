// api/report_routes.h
//
// GET /api/v1/reports/annual — the annual report (report/annual_report.h) of a pairing
// (?pairing=ID, with the pairings below it) or of an administrative unit on either side
// (?unit=CODE) for ?year=Y, as ?format=json (default) | html | text | xlsx.
//
// JSON is report::RenderJson; html and text are the printable page and the plain text;
// xlsx is the print-ready workbook, sent as an attachment. Errors use the envelope of
// api/error.h: 400 for a missing, malformed or unknown parameter (or both pairing and
// unit), 404 for an unknown pairing or unit, 503 when the server has no catalog.

#ifndef SHANHAI_API_REPORT_ROUTES_H_
#define SHANHAI_API_REPORT_ROUTES_H_

#include <memory>

#include "api/router.h"
#include "indicators/catalog.h"
#include "ledger/ledger.h"

namespace shanhai::api {

// Adds the report routes to `router`. `ledger` must outlive it; `catalog` is shared.
void AddReportRoutes(Router& router, ledger::Ledger& ledger, std::shared_ptr<const indicators::Catalog> catalog);

}  // namespace shanhai::api

#endif  // SHANHAI_API_REPORT_ROUTES_H_
