// cli/command.h (internal to cli/)
//
// What the subcommands share: the registration functions each command file provides,
// opening the database named by --db, and printing a Status to the terminal.

#ifndef SHANHAI_CLI_COMMAND_H_
#define SHANHAI_CLI_COMMAND_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "base/result.h"
#include "store/store.h"

namespace shanhai::cli {

inline constexpr int kExitFailure = 1;
inline constexpr int kExitRejected = 2;

// Each adds its subcommand to `app`; the callback stores the exit code in `*exit_code`.
void AddInitCommand(CLI::App& app, int* exit_code);
void AddServeCommand(CLI::App& app, int* exit_code);
void AddDemoCommand(CLI::App& app, int* exit_code);
void AddImportCommand(CLI::App& app, int* exit_code);
void AddExportCommand(CLI::App& app, int* exit_code);

// Adds the --db option with its default.
CLI::Option* AddDbOption(CLI::App& command, std::string* db);

// Opens (creating and migrating) the database; prints the error and returns null on
// failure.
std::unique_ptr<store::Store> OpenStoreOrReport(const std::string& db);

// Prints a non-OK status to stderr (Chinese and English, every field problem on its own
// line) and returns the exit code for it: 2 for rejected input, 1 otherwise.
int ReportError(const Status& status);

}  // namespace shanhai::cli

#endif  // SHANHAI_CLI_COMMAND_H_
