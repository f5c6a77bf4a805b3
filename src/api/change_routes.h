// api/change_routes.h
//
// GET /api/v1/changes?limit=N[&pairing=ID|&unit=CODE]: the rows of every type most
// recently created or changed, newest first, for the console's "what changed recently":
//   {"items":[{"type","id","title","action":"created"|"updated","at","pairing_id",
//              "recorded_by"}]}
// "at" is the row's updated_at; "action" is "created" while updated_at equals
// recorded_at. With `pairing` or `unit`, only types that can be placed in that scope are
// read (as the list filters place them). Deleted rows do not appear: the ledger keeps no
// trail of deletions yet (that is the audit log's job).
//
// Thread-safety: the handler holds no state.

#ifndef SHANHAI_API_CHANGE_ROUTES_H_
#define SHANHAI_API_CHANGE_ROUTES_H_

#include "api/router.h"
#include "ledger/ledger.h"

namespace shanhai::api {

// The most items one request returns.
inline constexpr int64_t kMaxChanges = 100;

// Adds GET /api/v1/changes to `router`. `ledger` must outlive it.
void AddChangeRoutes(Router& router, ledger::Ledger& ledger);

}  // namespace shanhai::api

#endif  // SHANHAI_API_CHANGE_ROUTES_H_
