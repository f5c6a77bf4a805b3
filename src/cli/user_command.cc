// `shanhai user add`: creates an account — the first national administrator of a new
// database, or any other. The password is read from standard input (first line), never
// from the command line, where other users of the machine could see it in `ps`.

#include <iostream>
#include <string>

#include "auth/accounts.h"
#include "auth/principal.h"
#include "auth/role.h"
#include "cli/command.h"

namespace shanhai::cli {
namespace {

struct UserAddArgs {
  std::string db = "shanhai.db";
  std::string username;
  std::string display_name;
  std::string role = "viewer";
  std::string scope;
  std::string unit;
  int64_t pairing = 0;
  std::string sector;
};

int RunUserAdd(const UserAddArgs& a) {
  auth::NewUser u;
  u.username = a.username;
  u.display_name = a.display_name;
  auto role = auth::ParseRole(a.role);
  if (!role) {
    return ReportError(Status::InvalidArgument("unknown role " + a.role, "未知角色 " + a.role));
  }
  u.role = *role;
  // National administrators see everything unless told otherwise; others must say.
  std::string scope = a.scope.empty() ? (u.role == auth::Role::kNationalAdmin ? "all" : "") : a.scope;
  if (!auth::ParseScope(scope, u.scope)) {
    return ReportError(Status::InvalidArgument("--scope must be all, unit, pairing or own",
                                               "--scope 须为 all、unit、pairing 或 own"));
  }
  u.unit_code = a.unit;
  if (a.pairing > 0) u.pairing_id = a.pairing;
  u.sector = a.sector;
  if (!std::getline(std::cin, u.password) || u.password.empty()) {
    return ReportError(Status::InvalidArgument("give the password on standard input (one line)",
                                               "请从标准输入提供密码（一行）"));
  }
  if (!u.password.empty() && u.password.back() == '\r') u.password.pop_back();

  auto store = OpenStoreOrReport(a.db);
  if (!store) return kExitFailure;
  auth::Accounts accounts(*store);
  auth::Principal cli;
  cli.username = "cli";
  auto id = accounts.AddUser(u, cli, auth::Origin{"local", "shanhai user add"});
  if (!id.ok()) return ReportError(id.status());
  std::cout << "已创建用户 / user created: " << u.username << " (id " << *id << ", " << auth::RoleCode(u.role) << ", "
            << auth::ScopeCode(u.scope) << ")\n";
  return 0;
}

}  // namespace

void AddUserCommand(CLI::App& app, int* exit_code) {
  auto* user = app.add_subcommand("user", "用户账号 / user accounts");
  user->require_subcommand(1);
  auto* add = user->add_subcommand("add", "创建用户（密码从标准输入读取）/ create a user (password on stdin)");
  auto args = std::make_shared<UserAddArgs>();
  AddDbOption(*add, &args->db);
  add->add_option("--username", args->username, "用户名 / user name")->required();
  add->add_option("--display-name", args->display_name, "姓名 / display name");
  add->add_option("--role", args->role,
                  "角色 / role: national_admin, provincial_supervisor, east_office, west_office, sector_editor, viewer")
      ->capture_default_str();
  add->add_option("--scope", args->scope, "数据范围 / data scope: all, unit, pairing, own");
  add->add_option("--unit", args->unit, "所属区划代码（scope=unit）/ unit code");
  add->add_option("--pairing", args->pairing, "结对关系编号（scope=pairing）/ pairing id");
  add->add_option("--sector", args->sector, "业务条线（sector_editor）/ sector: funds, talent, industry, labour, consumption, social");
  add->callback([args, exit_code] { *exit_code = RunUserAdd(*args); });
}

}  // namespace shanhai::cli
