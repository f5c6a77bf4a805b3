// fuzz/fuzz_check.h
//
// Require(): how a fuzz target states a property that must hold for every input (a
// round trip, a documented bound). A broken property aborts, which libFuzzer reports as
// a crash and saves the input for, like a sanitizer finding.

#ifndef SHANHAI_FUZZ_FUZZ_CHECK_H_
#define SHANHAI_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace shanhai::fuzz {

// Aborts with `what` on stderr unless `ok`.
inline void Require(bool ok, std::string_view what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz property broken: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

}  // namespace shanhai::fuzz

#endif  // SHANHAI_FUZZ_FUZZ_CHECK_H_
