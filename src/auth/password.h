// auth/password.h
//
// Passwords: hashed with argon2id (libsodium's crypto_pwhash_str, interactive limits:
// 2 passes over 64 MiB), so a stolen users table does not give the passwords away.
//
// Thread-safety: every function may be called from any thread. Hashing takes about
// 0.1–0.3 s and 64 MiB by design; call it off the I/O threads.
#ifndef SHANHAI_AUTH_PASSWORD_H_
#define SHANHAI_AUTH_PASSWORD_H_

#include <string>
#include <string_view>

#include "base/result.h"

namespace shanhai::auth {

// The argon2id string of `password` ("$argon2id$v=19$m=65536,t=2,p=1$…"), with a fresh
// random salt. Errors: kUnavailable when the memory cannot be had; the policy is
// not checked here (see CheckPasswordPolicy).
Result<std::string> HashPassword(std::string_view password);

// True when `password` matches `hash` (a string made by HashPassword). False for a
// wrong password and for an empty or malformed hash. Constant-time in the password.
bool VerifyPassword(std::string_view hash, std::string_view password);

// Whether a new password is acceptable: 10 to 128 bytes, at least two of letters,
// digits and other characters, not the user name. kInvalidArgument (zh + en) otherwise.
Status CheckPasswordPolicy(std::string_view password, std::string_view username);

}  // namespace shanhai::auth

#endif  // SHANHAI_AUTH_PASSWORD_H_
