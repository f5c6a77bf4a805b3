// shanhai's own tables, described like the ledger's types so that both stores handle
// them with the same code: accounts, sessions and API tokens, the audit log and the login
// log. Secrets are never stored: passwords as argon2id strings, tokens as digests.

#include "model/type_builder.h"

namespace shanhai::model {
namespace {

using internal::Bool;
using internal::Enum;
using internal::F;
using internal::Int;
using internal::K;
using internal::Req;
using internal::System;
using internal::Text;
using internal::Unit;

RecordType SystemType(std::string_view name, std::string_view zh, std::string_view en, std::vector<FieldDef> own) {
  RecordType t;
  t.name = name;
  t.zh = zh;
  t.en = en;
  t.type_class = TypeClass::kSystem;
  t.pairing_required = false;
  t.fields.push_back(F("id", K::kId, "编号", "ID"));
  for (FieldDef& f : own) t.fields.push_back(std::move(f));
  return t;
}

FieldDef Stamp(std::string_view n, std::string_view zh, std::string_view en) { return F(n, K::kTimestamp, zh, en); }

std::vector<RecordType> Build() {
  std::vector<RecordType> types;
  types.push_back(SystemType(
      "users", "用户", "Users",
      {Req(Text("username", "用户名", "User name")),
       Text("display_name", "姓名", "Display name"),
       // argon2id in libsodium's string form ($argon2id$v=19$m=…); empty: cannot sign in.
       System(Text("password_hash", "密码摘要", "Password hash")),
       Req(Enum("role", "角色", "Role", RoleChoices())),
       // Data scope: all rows, the rows of a unit and below (either side), of a pairing and
       // the pairings below it, or only the rows the user recorded.
       Req(Enum("data_scope", "数据范围", "Data scope",
                {{"all", "全部数据", "all data"},
                 {"unit", "本单位及下级", "own unit and below"},
                 {"pairing", "本结对关系", "own pairings"},
                 {"own", "本人录入", "own records"}})),
       Unit("unit_code", "所属区划", "Unit"),
       Int("organization_id", "所属机构", "Organisation"),
       Int("pairing_id", "结对关系", "Pairing"),
       // For sector editors: the record types of their sector (auth/role.h).
       Enum("sector", "业务条线", "Sector",
            {{"funds", "资金项目", "funds and projects"},
             {"talent", "人才交流", "talent exchange"},
             {"industry", "产业合作", "industrial cooperation"},
             {"labour", "劳务协作（人社）", "labour cooperation"},
             {"consumption", "消费帮扶（商务）", "consumption assistance"},
             {"social", "社会帮扶", "social assistance"}}),
       Bool("disabled", "停用", "Disabled"),
       Int("failed_logins", "连续登录失败次数", "Consecutive failed sign-ins"),
       Stamp("locked_until", "锁定至", "Locked until"),
       Stamp("created_at", "创建时间", "Created at"),
       Stamp("updated_at", "更新时间", "Updated at")}));

  types.push_back(SystemType(
      "api_tokens", "会话与令牌", "Sessions and API tokens",
      {Req(Int("user_id", "用户", "User")),
       Req(Enum("kind", "类型", "Kind",
                {{"session", "控制台会话", "console session"}, {"api", "接口令牌", "API token"}})),
       // BLAKE2b-256 of the token, hex; the token itself is shown once and never kept.
       Req(System(Text("digest", "令牌摘要", "Token digest"))),
       Text("name", "名称", "Name"),
       // Sessions only: the value the console must echo in X-CSRF-Token.
       System(Text("csrf_token", "CSRF 令牌", "CSRF token")),
       Text("remote_address", "来源地址", "Remote address"),
       Stamp("created_at", "创建时间", "Created at"),
       Stamp("expires_at", "过期时间", "Expires at"),
       Stamp("last_used_at", "最近使用", "Last used at"),
       Bool("revoked", "已撤销", "Revoked")}));

  types.push_back(SystemType(
      "audit_log", "操作日志", "Audit log",
      {Req(Stamp("at", "时间", "When")),
       Int("user_id", "用户", "User"),
       Req(Text("username", "操作人", "Who")),
       Text("remote_address", "来源地址", "From"),
       // create, update, delete, import, transition, lock, unlock, user…
       Req(Text("action", "操作", "Action")),
       Text("record_type", "数据类型", "Record type"),
       Int("record_id", "记录编号", "Record ID"),
       // For scoping the log like the data it describes.
       Unit("west_code", "西部县级代码", "Western county code"),
       Unit("east_code", "东部代码", "Eastern code"),
       Int("pairing_id", "结对关系", "Pairing"),
       // The row as JSON before and after the change (absent for create / delete).
       Text("before_json", "修改前", "Before"),
       Text("after_json", "修改后", "After"),
       Text("note", "说明", "Note")}));

  types.push_back(SystemType(
      "login_log", "登录日志", "Login log",
      {Req(Stamp("at", "时间", "When")),
       Req(Text("username", "用户名", "User name")),
       Int("user_id", "用户", "User"),
       Text("remote_address", "来源地址", "From"),
       Text("user_agent", "客户端", "Client"),
       // ok, bad_password, unknown_user, disabled, locked_out, throttled, logout
       Req(Text("outcome", "结果", "Outcome"))}));
  return types;
}

}  // namespace

const std::vector<Choice>& RoleChoices() {
  static const std::vector<Choice> kRoles = {
      {"national_admin", "国家级管理员", "national administrator"},
      {"provincial_supervisor", "省级督导", "provincial supervisor"},
      {"east_office", "东部协作办", "eastern-side office"},
      {"west_office", "西部协作办", "western-side office"},
      {"sector_editor", "行业部门填报员", "sector editor"},
      {"viewer", "只读用户", "viewer"},
  };
  return kRoles;
}

const std::vector<RecordType>& SystemTypes() {
  static const std::vector<RecordType> kTypes = Build();
  return kTypes;
}

const RecordType* FindSystemType(std::string_view name) {
  for (const RecordType& t : SystemTypes())
    if (t.name == name) return &t;
  return nullptr;
}

}  // namespace shanhai::model
