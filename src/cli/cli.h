// cli/cli.h
//
// The `shanhai` command line: init, serve, demo, import, export, check, report (later:
// ingest, gen, user). Conventions (DESIGN.md §2): every subcommand takes
// --db PATH-or-postgresql://URL (default shanhai.db); serve takes --host and --port;
// commands that print results take --format.
//
// Exit codes: 0 success; 1 failure (the message says why); 2 rejected input (a bad file
// or argument: nothing was written); 105/106 … as CLI11 reports usage errors.

#ifndef SHANHAI_CLI_CLI_H_
#define SHANHAI_CLI_CLI_H_

namespace shanhai::cli {

// Parses `argv` and runs the chosen subcommand; returns the process exit code.
int RunCli(int argc, char** argv);

}  // namespace shanhai::cli

#endif  // SHANHAI_CLI_CLI_H_
