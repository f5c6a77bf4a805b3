// shanhai: the East–West cooperation ledger. The command line composes the store, the
// ledger, the API and the server for each subcommand (cli/).

#include "cli/cli.h"

int main(int argc, char** argv) { return shanhai::cli::RunCli(argc, argv); }
