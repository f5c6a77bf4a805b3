// store/postgres/child_process.h (internal to store/)
//
// Runs one of PostgreSQL's client programs (pg_dump, pg_restore) as a child process:
// no shell, arguments as an array, extra environment for the child only, output
// captured.

#ifndef SHANHAI_STORE_POSTGRES_CHILD_PROCESS_H_
#define SHANHAI_STORE_POSTGRES_CHILD_PROCESS_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace shanhai::store::internal {

struct ChildOutput {
  int exit_code = 0;  // the program's exit status; 128 + N when killed by signal N
  std::string out;    // everything it wrote to stdout
  std::string err;    // what it wrote to stderr (the last 64 KiB at most), trimmed
};

// The path of PostgreSQL client program `name`: $SHANHAI_PG_BIN/name when that
// variable is set, else `name` alone, to be looked up on PATH.
std::string PgProgram(std::string_view name);

// Runs argv[0] (looked up on PATH when it holds no '/') with `argv`, stdin from
// /dev/null, and this process's environment with the NAME=VALUE entries of `env`
// added (replacing variables of the same name), and waits for it. Returns whatever
// the exit status. Errors: kUnavailable when the program cannot be started (e.g. not
// installed). Thread-safe: the pipes are close-on-exec, so children started by other
// threads meanwhile do not hold them open.
Result<ChildOutput> RunChild(const std::vector<std::string>& argv, const std::vector<std::string>& env);

}  // namespace shanhai::store::internal

#endif  // SHANHAI_STORE_POSTGRES_CHILD_PROCESS_H_
