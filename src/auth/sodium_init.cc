#include "auth/sodium_init.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace shanhai::auth {

void EnsureSodium() {
  static const bool ok = [] { return sodium_init() >= 0; }();
  if (!ok) {
    std::fputs("shanhai: libsodium could not be initialised (no random source)\n", stderr);
    std::abort();
  }
}

}  // namespace shanhai::auth
