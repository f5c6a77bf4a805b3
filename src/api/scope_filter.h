// api/scope_filter.h
//
// Lists and exports narrowed to the current principal's data scope (auth/principal.h).
// Where the scope can be said as a filter the store understands (a unit prefix, a
// pairing subtree, recorded_by), the query is narrowed and the database does the work;
// where it cannot (agreements and targets of a unit's pairings), the caller reads every
// matching row and keeps those auth::Readable() accepts.
#ifndef SHANHAI_API_SCOPE_FILTER_H_
#define SHANHAI_API_SCOPE_FILTER_H_

#include "auth/principal.h"
#include "base/result.h"
#include "http/request.h"
#include "ledger/ledger.h"
#include "store/store.h"

namespace shanhai::api {

// How a query was narrowed.
enum class ScopeFilter {
  kNone,        // the whole result is in scope (or the type is open to every reader)
  kPushedDown,  // the query now carries the scope
  kEmpty,       // nothing of this query is in scope: answer an empty page
  kPostFilter,  // read every match and keep the readable rows
};

// Narrows `query` to `who`'s scope (null: no principal, nothing narrowed). A filter the
// request gave is kept when it lies inside the scope. Never fails.
ScopeFilter NarrowToScope(const auth::Principal* who, store::ListQuery& query);

// `query`'s page as `who` may see it: narrowed, emptied or post-filtered as above, with
// `total` counting only readable rows. Errors: the store's.
Result<store::Page> ListInScope(ledger::Ledger& ledger, const auth::Principal* who, store::ListQuery query);

// For the figure routes (indicators, reports, recent changes), which take a scope as
// `pairing=ID` or `unit=CODE`: the request as `who` may make it. A pairing or unit outside
// the data scope is kPermissionDenied. National figures (no scope given) are aggregates
// every reader may see, except the recent changes, which list rows: those get the
// principal's own scope filled in (`default_to_own`), and "own records" users are refused.
Result<http::Request> ScopedFigureRequest(const auth::Principal* who, const http::Request& request,
                                          bool default_to_own);

}  // namespace shanhai::api

#endif  // SHANHAI_API_SCOPE_FILTER_H_
