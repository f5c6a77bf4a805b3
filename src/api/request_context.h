// api/request_context.h
//
// The signed-in principal of the request being handled, for the route handlers. The
// access layer (api/access.h) resolves it before calling a handler and clears it after;
// handlers run synchronously on one worker thread, so a thread-local holds it for exactly
// that call. Outside a handler call (or on a public route) there is none.
//
// Thread-safety: per thread by construction.
#ifndef SHANHAI_API_REQUEST_CONTEXT_H_
#define SHANHAI_API_REQUEST_CONTEXT_H_

#include <string>

#include "auth/principal.h"
#include "ledger/ledger.h"

namespace shanhai::api {

// The principal of the current request, or null (public route, no handler running).
const auth::Principal* CurrentPrincipal();

// Sets the current principal for the lifetime of this object (on this thread).
class ScopedPrincipal {
 public:
  explicit ScopedPrincipal(const auth::Principal* who);
  ~ScopedPrincipal();
  ScopedPrincipal(const ScopedPrincipal&) = delete;
  ScopedPrincipal& operator=(const ScopedPrincipal&) = delete;

 private:
  const auth::Principal* previous_;
};

// The ledger actor for a write by the current principal from `remote_address`: its name
// and id for provenance and the audit log, and a guard that refuses rows outside its data
// scope, and for sector editors rows of other sectors' types.
ledger::Actor ActorFor(const std::string& remote_address);

}  // namespace shanhai::api

#endif  // SHANHAI_API_REQUEST_CONTEXT_H_
