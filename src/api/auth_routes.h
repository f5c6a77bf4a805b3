// api/auth_routes.h
//
// Signing in and out of the console, and API tokens:
//   POST /api/v1/auth/login   {"username","password"} → the user, its permissions and
//                             the CSRF token; sets the session cookie (HttpOnly,
//                             SameSite=Strict, Path=/; Secure when `secure_cookies`)
//   GET  /api/v1/auth/me      the same for the current session or token
//   POST /api/v1/auth/logout  ends the session, clears the cookie (204)
//   POST /api/v1/auth/tokens  {"name","days"} → a new API token for the current user,
//                             shown once
// Failures are 401 with one message for every sign-in failure (auth/accounts.h).
#ifndef SHANHAI_API_AUTH_ROUTES_H_
#define SHANHAI_API_AUTH_ROUTES_H_

#include <memory>

#include "api/router.h"
#include "auth/accounts.h"

namespace shanhai::api {

// Adds the routes above. `accounts` is shared with the access layer.
void AddAuthRoutes(Router& router, std::shared_ptr<auth::Accounts> accounts, bool secure_cookies);

}  // namespace shanhai::api

#endif  // SHANHAI_API_AUTH_ROUTES_H_
