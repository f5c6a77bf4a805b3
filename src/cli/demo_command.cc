// `shanhai demo`: a database holding the demo dataset (data/demo/<type>.json, loaded in
// registry order, each file all or nothing).

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "auth/accounts.h"
#include "cli/command.h"
#include "ingest/importer.h"
#include "ledger/ledger.h"

namespace shanhai::cli {
namespace {

namespace fs = std::filesystem;

// --data, else $SHANHAI_DEMO_DIR, else the source tree this binary was built from.
std::string DemoDir(const std::string& given) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv("SHANHAI_DEMO_DIR"); env && *env) return env;
  return std::string(SHANHAI_SOURCE_DIR) + "/data/demo";
}

// The demo's accounts, one per kind of user, all with one published password: a demo
// database is for trying shanhai out, never for real data.
constexpr const char* kDemoPassword = "Shanhai-demo-2026";

Status AddDemoAccounts(store::Store& store) {
  auth::Accounts accounts(store);
  struct Demo {
    const char* name;
    const char* display;
    auth::Role role;
    auth::DataScope scope;
    const char* unit;
  };
  const Demo demos[] = {
      {"admin", "演示管理员", auth::Role::kNationalAdmin, auth::DataScope::kAll, ""},
      {"guyuan", "固原市协作办（演示）", auth::Role::kWestOffice, auth::DataScope::kUnit, "640400"},
      {"viewer", "只读演示用户", auth::Role::kViewer, auth::DataScope::kAll, ""},
  };
  auth::Principal by;
  by.username = "demo";
  for (const Demo& d : demos) {
    auth::NewUser u;
    u.username = d.name;
    u.display_name = d.display;
    u.password = kDemoPassword;
    u.role = d.role;
    u.scope = d.scope;
    u.unit_code = d.unit;
    auto id = accounts.AddUser(u, by, auth::Origin{"local", "shanhai demo"});
    if (!id.ok()) return id.status();
  }
  const std::string listing = std::string("演示账号（密码均为 ") + kDemoPassword + "）/ demo accounts (password " +
                              kDemoPassword + "):\n" +
                              "  admin   国家级管理员 / national administrator, all data\n"
                              "  guyuan  西部协作办 / western-side office, 固原市 640400 and below\n"
                              "  viewer  只读用户 / viewer, all data\n";
  std::cout << listing;
  // `serve` prints it again at start: the one place a demo database says how to sign in.
  return store.Write([&](store::Txn& txn) { return txn.PutSetting("demo_accounts", listing); });
}

// True if the database already holds rows (the demo is loaded only into an empty one).
Result<bool> HasRows(store::Store& store) {
  bool any = false;
  Status s = store.Read([&](store::Txn& txn) -> Status {
    for (const model::RecordType& t : model::AllTypes()) {
      store::ListQuery q;
      q.type = &t;
      q.limit = 0;
      SHANHAI_ASSIGN_OR_RETURN(store::Page page, txn.List(q));
      if (page.total > 0) any = true;
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return any;
}

}  // namespace

void AddDemoCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("demo", "创建含演示数据的数据库 / create a database holding the demo dataset");
  struct Options {
    std::string db = "shanhai.db";
    std::string data;
  };
  auto o = std::make_shared<Options>();
  AddDbOption(*cmd, &o->db);
  cmd->add_option("--data", o->data, "演示数据目录 / demo data directory (default: data/demo of the source tree)");
  cmd->callback([o, exit_code] {
    std::string dir = DemoDir(o->data);
    if (!fs::is_directory(dir)) {
      *exit_code = ReportError(Status::NotFound("no demo data directory at " + dir, "找不到演示数据目录：" + dir));
      return;
    }
    auto ws = OpenWorkspaceOrReport(o->db);
    if (!ws) {
      *exit_code = kExitFailure;
      return;
    }
    auto has_rows = HasRows(*ws->store);
    if (!has_rows.ok() || *has_rows) {
      *exit_code = ReportError(has_rows.ok() ? Status::FailedPrecondition(
                                                   "the database " + o->db + " already holds data; give a new one",
                                                   "数据库 " + o->db + " 已有数据，请指定一个新的数据库")
                                             : has_rows.status());
      return;
    }
    int64_t total = 0;
    for (const model::RecordType& t : model::AllTypes()) {
      fs::path file = fs::path(dir) / (std::string(t.name) + ".json");
      if (!fs::exists(file)) continue;
      auto summary = ingest::ImportFile(*ws->ledger, t, file.string(), ingest::ImportFormat::kJson, ledger::Actor{"demo"});
      if (!summary.ok()) {
        *exit_code = ReportError(summary.status().WithPrefix(file.string() + ": ", file.string() + "："));
        return;
      }
      total += summary->rows_written;
      std::cout << "  " << t.zh << " / " << t.name << ": " << summary->rows_written << "\n";
    }
    if (Status s = AddDemoAccounts(*ws->store); !s.ok()) {
      *exit_code = ReportError(s);
      return;
    }
    std::cout << "演示数据已载入 " << o->db << "，共 " << total << " 行 / demo dataset loaded into " << o->db << ": "
              << total << " rows\n";
  });
}

}  // namespace shanhai::cli
