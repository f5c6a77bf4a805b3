// `shanhai restore`: a backup made by `shanhai backup` into a new, empty database
// (store/backup.h).

#include <iostream>

#include "cli/command.h"
#include "store/backup.h"

namespace shanhai::cli {
namespace {

// `db` as it may be printed: a PostgreSQL URL without its password.
std::string WithoutPassword(const std::string& db) {
  size_t scheme = db.find("://");
  size_t at = db.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return db;
  size_t colon = db.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return db;
  return db.substr(0, colon + 1) + "***" + db.substr(at);
}

}  // namespace

void AddRestoreCommand(CLI::App& app, int* exit_code) {
  auto* cmd =
      app.add_subcommand("restore", "由备份文件恢复到新的空数据库 / restore a backup into a new, empty database");
  struct Options {
    std::string db = "shanhai.db";
    std::string from;
    bool force = false;
  };
  auto o = std::make_shared<Options>();
  AddDbOption(*cmd, &o->db);
  cmd->add_option("--from", o->from, "由 shanhai backup 写出的备份文件 / backup file written by shanhai backup")
      ->required();
  cmd->add_flag("--force", o->force,
                "仅限 SQLite：替换已有数据的数据库文件 / SQLite only: replace a database file that holds data");
  cmd->callback([o, exit_code] {
    store::RestoreOptions options;
    options.force = o->force;
    auto summary = store::Restore(o->from, o->db, options);
    if (!summary.ok()) {
      *exit_code = ReportError(summary.status());
      return;
    }
    const std::string shown = WithoutPassword(o->db);
    std::cout << "已恢复到 " << shown << "（结构版本 " << summary->restored_version << "）/ restored into " << shown
              << " (" << summary->engine << ", schema " << summary->restored_version;
    if (summary->restored_version != summary->schema_version)
      std::cout << ", upgraded from the backup's " << summary->schema_version;
    std::cout << ")\n";
  });
}

}  // namespace shanhai::cli
