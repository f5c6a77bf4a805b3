// api/record_routes.h
//
// The resource handlers shared by every record type: /api/v1/{type} and
// /api/v1/{type}/{id}. One generic set of handlers serves all types because the types
// are data (model/record_type.h); what differs per type lives in the model and ledger.

#ifndef SHANHAI_API_RECORD_ROUTES_H_
#define SHANHAI_API_RECORD_ROUTES_H_

#include "api/router.h"
#include "ledger/ledger.h"

namespace shanhai::api {

// Adds the record routes to `router`. `ledger` must outlive it.
void AddRecordRoutes(Router& router, ledger::Ledger& ledger);

}  // namespace shanhai::api

#endif  // SHANHAI_API_RECORD_ROUTES_H_
