// auth/token.h
//
// Bearer secrets for console sessions and API tokens: 32 random bytes, shown to their
// owner once; the database keeps only their BLAKE2b-256 digest, so a copy of the
// database cannot be used to sign in.
//
// Thread-safety: both functions may be called from any thread.
#ifndef SHANHAI_AUTH_TOKEN_H_
#define SHANHAI_AUTH_TOKEN_H_

#include <string>
#include <string_view>

namespace shanhai::auth {

// A new secret: `prefix` followed by 43 characters of unpadded base64url (256 bits from
// the system's random source). Prefixes tell kinds apart in logs ("shs_" sessions,
// "sht_" API tokens).
std::string NewToken(std::string_view prefix);

// The lower-case hex BLAKE2b-256 digest of `token`, as stored and looked up.
std::string TokenDigest(std::string_view token);

}  // namespace shanhai::auth

#endif  // SHANHAI_AUTH_TOKEN_H_
