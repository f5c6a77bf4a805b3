// `shanhai backup`: a consistent copy of the whole database in one file, taken while a
// server may keep writing (store/backup.h).

#include <iostream>

#include "cli/command.h"
#include "store/backup.h"

namespace shanhai::cli {

void AddBackupCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("backup", "备份整个数据库到一个文件 / back up the whole database to one file");
  struct Options {
    std::string db = "shanhai.db";
    std::string out;
    bool force = false;
  };
  auto o = std::make_shared<Options>();
  AddDbOption(*cmd, &o->db);
  cmd->add_option("--out,-o", o->out,
                  "备份文件（SQLite 数据库副本或 pg_dump 归档）/ backup file (a SQLite copy or a pg_dump archive)")
      ->required();
  cmd->add_flag("--force", o->force, "覆盖已存在的备份文件 / replace an existing backup file");
  cmd->callback([o, exit_code] {
    store::BackupOptions options;
    options.force = o->force;
    auto summary = store::Backup(o->db, o->out, options);
    if (!summary.ok()) {
      *exit_code = ReportError(summary.status());
      return;
    }
    std::cout << "备份已写入 " << o->out << "（" << summary->bytes << " 字节，结构版本 " << summary->schema_version
              << "）/ backup written to " << o->out << " (" << summary->engine << ", " << summary->bytes
              << " bytes, schema " << summary->schema_version << ")\n"
              << "备份含身份证号哈希与盐值，请妥善保管 / the backup holds ID-number hashes and their salt: keep it "
                 "as safe as the database\n";
  });
}

}  // namespace shanhai::cli
