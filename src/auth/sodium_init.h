// auth/sodium_init.h (internal to auth/)
//
// libsodium must be initialised once before use; sodium_init() is itself thread-safe
// and idempotent, this only turns its failure (no usable random source) into an abort,
// since nothing in auth/ is safe without one.
#ifndef SHANHAI_AUTH_SODIUM_INIT_H_
#define SHANHAI_AUTH_SODIUM_INIT_H_

namespace shanhai::auth {

// Initialises libsodium on first call; aborts the process if it cannot. Thread-safe.
void EnsureSodium();

}  // namespace shanhai::auth

#endif  // SHANHAI_AUTH_SODIUM_INIT_H_
