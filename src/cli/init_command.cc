// `shanhai init`: creates the database (or brings an existing one up to date).

#include <iostream>

#include "cli/command.h"

namespace shanhai::cli {

void AddInitCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("init", "创建或升级数据库 / create or migrate the database");
  auto db = std::make_shared<std::string>("shanhai.db");
  AddDbOption(*cmd, db.get());
  cmd->callback([db, exit_code] {
    auto store = OpenStoreOrReport(*db);
    if (!store) {
      *exit_code = kExitFailure;
      return;
    }
    std::cout << "数据库已就绪 / database ready: " << *db << " (" << store->engine() << ", schema "
              << store->schema_version() << ")\n";
  });
}

}  // namespace shanhai::cli
