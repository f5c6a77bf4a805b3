// api/access.h
//
// Who may call which route: the access policy of every route in the table, and the
// wrapper that enforces it before a handler runs.
//
//   - Public routes (health, the OpenAPI document, signing in) need nothing.
//   - Every other route needs a principal: a console session (cookie `shanhai_session`)
//     or an API token (`Authorization: Bearer …`). Without one: 401.
//   - A session's unsafe requests (POST, PUT, PATCH, DELETE) must echo the session's
//     CSRF token in `X-CSRF-Token`: 403 otherwise. Bearer tokens are not sent by
//     browsers on their own, so they need none.
//   - The route's permission (auth/role.h) for the principal's role: 403 otherwise.
//     Record routes take the permission from the type: records need kWriteRecords,
//     admin units, organisations, pairings and agreements kWriteReference, targets and
//     published figures kSetTargets.
//   - Data scope is checked by the handlers on the rows themselves (request_context.h).
//
// A route the policy does not know is refused to everyone (fail closed), and
// tests/http/authorization_test.cc fails for it, so a new endpoint cannot be missed.
#ifndef SHANHAI_API_ACCESS_H_
#define SHANHAI_API_ACCESS_H_

#include <memory>
#include <optional>
#include <string>

#include "api/router.h"
#include "auth/accounts.h"
#include "auth/role.h"

namespace shanhai::api {

struct Access {
  enum class Kind { kPublic, kSignedIn, kPermission, kRecordWrite, kUnknown };
  Kind kind = Kind::kUnknown;
  auth::Permission permission = auth::Permission::kRead;  // for kPermission
};

// The policy of `route` (method and pattern).
Access AccessOf(const Route& route);

// The permission a write of rows of type `type_name` needs, or nullopt for unknown types.
std::optional<auth::Permission> WritePermissionFor(std::string_view type_name);

// The name of the session cookie.
inline constexpr std::string_view kSessionCookie = "shanhai_session";

// The session cookie value or bearer token of `request`, or empty.
std::string CredentialOf(const http::Request& request, bool* from_cookie);

// Wraps every route of `router` with the policy above, resolving principals through
// `accounts` (which must outlive the router).
void EnforceAccess(Router& router, std::shared_ptr<auth::Accounts> accounts);

}  // namespace shanhai::api

#endif  // SHANHAI_API_ACCESS_H_
