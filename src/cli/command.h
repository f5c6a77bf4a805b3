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
#include "indicators/catalog.h"
#include "indicators/indexer.h"
#include "ledger/ledger.h"
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
void AddCheckCommand(CLI::App& app, int* exit_code);
void AddReportCommand(CLI::App& app, int* exit_code);
void AddBackupCommand(CLI::App& app, int* exit_code);
void AddRestoreCommand(CLI::App& app, int* exit_code);
void AddUserCommand(CLI::App& app, int* exit_code);

// Adds the --db option with its default.
CLI::Option* AddDbOption(CLI::App& command, std::string* db);

// Opens (creating and migrating) the database; prints the error and returns null on
// failure.
std::unique_ptr<store::Store> OpenStoreOrReport(const std::string& db);

// A database opened for writing through the ledger, with the indicator catalog loaded
// and the facts brought up to date. Members are destroyed in reverse order.
struct Workspace {
  std::unique_ptr<store::Store> store;
  std::shared_ptr<const indicators::Catalog> catalog;
  std::unique_ptr<indicators::Indexer> indexer;
  std::unique_ptr<ledger::Ledger> ledger;
};

// Opens `db`, loads the catalog (SHANHAI_CATALOG or the source tree's), and makes the
// indicator facts current; prints the error and returns null on failure.
std::unique_ptr<Workspace> OpenWorkspaceOrReport(const std::string& db);

// Prints a non-OK status to stderr (Chinese and English, every field problem on its own
// line) and returns the exit code for it: 2 for rejected input, 1 otherwise.
int ReportError(const Status& status);

}  // namespace shanhai::cli

#endif  // SHANHAI_CLI_COMMAND_H_
