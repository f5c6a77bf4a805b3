// auth/accounts.h
//
// Accounts: users, sign-in, console sessions and API tokens, kept in the store's system
// tables (model/system_types.cc), with every sign-in attempt in the login log.
//
//   - Passwords are argon2id (auth/password.h); secrets are kept as digests (auth/token.h).
//   - Lock-out: `max_failures` wrong passwords in a row lock the account for
//     `lockout_seconds`; throttling: more than `max_failures_per_address` failures from
//     one address within `lockout_seconds` refuse that address for the rest of the window
//     (in memory: a restart forgets it).
//   - Sessions expire `session_seconds` after their last use; API tokens on the date
//     they were issued with, unless revoked.
//
// Errors are kUnauthenticated for every sign-in or token failure with one message that
// does not tell an unknown user from a wrong password; kInvalidArgument (zh + en, with
// fields) for bad account data; kAlreadyExists for a taken user name.
//
// Thread-safety: an Accounts may be shared by threads (the store serialises writes; the
// throttle table has its own mutex). `store` must outlive it.
#ifndef SHANHAI_AUTH_ACCOUNTS_H_
#define SHANHAI_AUTH_ACCOUNTS_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/principal.h"
#include "base/result.h"
#include "store/store.h"

namespace shanhai::auth {

// What `AddUser` needs. `pairing_id` for the "pairing" scope, `unit_code` for "unit",
// `sector` for sector editors.
struct NewUser {
  std::string username;  // 3–64 of [a-z0-9_.-], starting with a letter
  std::string display_name;
  std::string password;  // checked against CheckPasswordPolicy
  Role role = Role::kViewer;
  DataScope scope = DataScope::kOwn;
  std::string unit_code;
  std::optional<int64_t> pairing_id;
  std::optional<int64_t> organization_id;
  std::string sector;
};

// Where a request comes from, for the logs.
struct Origin {
  std::string remote_address;
  std::string user_agent;
};

// A secret handed out once: the session cookie value or the API token.
struct Issued {
  std::string token;
  std::string expires_at;  // ISO-8601 UTC
  Principal principal;     // sessions: principal.csrf_token is the CSRF token
};

// A resolved bearer secret (a session's CSRF token is in principal.csrf_token).
struct Resolved {
  Principal principal;
};

struct AccountsOptions {
  int max_failures = 5;
  int max_failures_per_address = 20;
  int64_t lockout_seconds = 15 * 60;
  int64_t session_seconds = 8 * 3600;
};

class Accounts {
 public:
  explicit Accounts(store::Store& store, AccountsOptions options = {}) : store_(store), options_(options) {}

  // Creates a user; `by` is who does it (for the audit log). Returns the new id.
  Result<int64_t> AddUser(const NewUser& user, const Principal& by, const Origin& origin);

  // True when at least one user exists (the first admin comes from `shanhai user add`).
  Result<bool> HasUsers();

  // Checks the password and opens a console session. Every attempt goes to the login log.
  Result<Issued> Login(std::string_view username, std::string_view password, const Origin& origin);

  // Ends the session or revokes the token `token`; unknown tokens are ignored.
  Status Logout(std::string_view token, const Origin& origin);

  // Issues an API token for `user_id` valid for `days` days, named `name`.
  Result<Issued> IssueApiToken(int64_t user_id, std::string_view name, int days);

  // The principal behind a session cookie or API token. kUnauthenticated when unknown,
  // expired, revoked, or the user is disabled. Extends a session's expiry.
  Result<Resolved> Resolve(std::string_view token);

  // The principal of user `user_id` (its data scope resolved against the pairings).
  Result<Principal> PrincipalOf(int64_t user_id);

  // The stored row of user `user_id` (with its password hash: keep it server-side).
  // kNotFound when there is none.
  Result<model::Record> UserRow(int64_t user_id);

 private:
  // Whether `address` is throttled now; records a failure when `failed`.
  bool Throttled(const std::string& address, bool failed);
  Status LogLogin(std::string_view username, std::optional<int64_t> user_id, const Origin& origin,
                  std::string_view outcome);
  Result<Principal> BuildPrincipal(store::Txn& txn, const model::Record& user);
  Result<Issued> Issue(int64_t user_id, std::string_view kind, std::string_view name, int64_t seconds,
                       const Origin& origin);

  store::Store& store_;
  const AccountsOptions options_;
  std::mutex throttle_mu_;
  std::map<std::string, std::vector<int64_t>> failures_by_address_;  // unix seconds
};

}  // namespace shanhai::auth

#endif  // SHANHAI_AUTH_ACCOUNTS_H_
