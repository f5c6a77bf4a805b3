#include "cli/cli.h"

#include <iostream>

#include "cli/command.h"

namespace shanhai::cli {

CLI::Option* AddDbOption(CLI::App& command, std::string* db) {
  return command.add_option("--db", *db, "数据库：SQLite 文件路径或 postgresql://… / SQLite file or PostgreSQL URL")
      ->capture_default_str();
}

std::unique_ptr<store::Store> OpenStoreOrReport(const std::string& db) {
  auto store = store::Store::Open(db);
  if (!store.ok()) {
    ReportError(store.status());
    return nullptr;
  }
  return std::move(*store);
}

std::unique_ptr<Workspace> OpenWorkspaceOrReport(const std::string& db) {
  auto ws = std::make_unique<Workspace>();
  ws->store = OpenStoreOrReport(db);
  if (!ws->store) return nullptr;
  auto catalog = indicators::Catalog::LoadDefault();
  if (!catalog.ok()) {
    ReportError(catalog.status());
    return nullptr;
  }
  ws->catalog = *catalog;
  ws->indexer = std::make_unique<indicators::Indexer>(ws->catalog);
  auto rebuilt = ws->indexer->EnsureFresh(*ws->store);
  if (!rebuilt.ok()) {
    ReportError(rebuilt.status());
    return nullptr;
  }
  if (*rebuilt) std::cerr << "指标数据已按当前指标目录重建 / indicator facts rebuilt for the current catalog\n";
  ws->ledger = std::make_unique<ledger::Ledger>(*ws->store, ws->indexer.get());
  return ws;
}

int ReportError(const Status& status) {
  std::cerr << "错误 / error: " << status.message_zh() << "\n                " << status.message_en() << "\n";
  size_t shown = 0;
  for (const FieldError& f : status.fields()) {
    if (++shown > 200) {
      std::cerr << "  … " << status.fields().size() - 200 << " more / 另有 " << status.fields().size() - 200 << " 条\n";
      break;
    }
    std::cerr << "  ";
    if (f.row > 0) std::cerr << "第 " << f.row << " 行 / line " << f.row << ", ";
    std::cerr << f.field << ": " << f.message_zh << " / " << f.message_en << "\n";
  }
  return status.code() == StatusCode::kInvalidArgument ? kExitRejected : kExitFailure;
}

int RunCli(int argc, char** argv) {
  CLI::App app{"山海 shanhai — 东西部协作台账 / the East–West cooperation ledger"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "shanhai 0.1.0");
  int exit_code = 0;
  AddInitCommand(app, &exit_code);
  AddServeCommand(app, &exit_code);
  AddDemoCommand(app, &exit_code);
  AddImportCommand(app, &exit_code);
  AddExportCommand(app, &exit_code);
  AddCheckCommand(app, &exit_code);
  AddReportCommand(app, &exit_code);
  AddBackupCommand(app, &exit_code);
  AddRestoreCommand(app, &exit_code);
  AddUserCommand(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return exit_code;
}

}  // namespace shanhai::cli
