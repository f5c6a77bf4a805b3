#include "auth/accounts.h"

#include <algorithm>
#include <chrono>
#include <utility>

#include "auth/password.h"
#include "auth/token.h"
#include "base/clock.h"
#include "model/record_type.h"

namespace shanhai::auth {
namespace {

const model::RecordType& SystemType(std::string_view name) { return *model::FindSystemType(name); }

int64_t UnixNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// One message for every sign-in failure: it must not tell which part was wrong.
Status BadCredentials() {
  return Status::Unauthenticated("wrong user name or password, or the account is locked",
                                 "用户名或密码错误，或账号已被锁定");
}

Status SessionGone() {
  return Status::Unauthenticated("not signed in, or the session has expired", "未登录或登录已过期");
}

bool ValidUsername(std::string_view u) {
  if (u.size() < 3 || u.size() > 64 || !(u[0] >= 'a' && u[0] <= 'z')) return false;
  return std::all_of(u.begin(), u.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
  });
}

Result<std::optional<model::Record>> FindBy(store::Txn& txn, const model::RecordType& type, std::string_view field,
                                            model::Value value) {
  store::ListQuery q;
  q.type = &type;
  q.equals.emplace_back(std::string(field), std::move(value));
  q.limit = 1;
  auto page = txn.List(q);
  if (!page.ok()) return page.status();
  if (page->rows.empty()) return std::optional<model::Record>();
  return std::optional<model::Record>(std::move(page->rows.front()));
}

std::set<int64_t> PairingIds(const store::Page& page) {
  std::set<int64_t> ids;
  for (const model::Record& p : page.rows) ids.insert(p.id());
  return ids;
}

}  // namespace

Result<int64_t> Accounts::AddUser(const NewUser& u, const Principal& by, const Origin& origin) {
  std::vector<FieldError> errors;
  auto bad = [&](std::string field, std::string en, std::string zh) {
    errors.push_back(FieldError{std::move(field), std::move(en), std::move(zh), 0});
  };
  if (!ValidUsername(u.username))
    bad("username", "3 to 64 lower-case letters, digits, '_', '.' or '-', starting with a letter",
        "用户名须为 3 至 64 个小写字母、数字或 _ . -，以字母开头");
  if (Status s = CheckPasswordPolicy(u.password, u.username); !s.ok()) bad("password", s.message_en(), s.message_zh());
  if (u.scope == DataScope::kUnit && u.unit_code.empty())
    bad("unit_code", "the unit scope needs a unit", "“本单位及下级”数据范围须指定所属区划");
  if (u.scope == DataScope::kPairing && !u.pairing_id)
    bad("pairing_id", "the pairing scope needs a pairing", "“本结对关系”数据范围须指定结对关系");
  if (u.role == Role::kSectorEditor && u.sector.empty())
    bad("sector", "a sector editor needs a sector", "行业部门填报员须指定业务条线");
  if (!errors.empty())
    return Status::InvalidArgument("the account is not valid", "账号信息有误", std::move(errors));

  auto hash = HashPassword(u.password);
  if (!hash.ok()) return hash.status();

  int64_t id = 0;
  Status s = store_.Write([&](store::Txn& txn) -> Status {
    auto existing = FindBy(txn, SystemType("users"), "username", u.username);
    if (!existing.ok()) return existing.status();
    if (existing->has_value())
      return Status::AlreadyExists("the user name " + u.username + " is taken", "用户名 " + u.username + " 已被使用");
    if (u.unit_code.size() > 0) {
      auto unit = txn.GetUnitByCode(u.unit_code);
      if (!unit.ok()) return unit.status();
      if (!unit->has_value())
        return Status::InvalidArgument("no such unit", "没有这个区划",
                                       {FieldError{"unit_code", "no administrative unit " + u.unit_code,
                                                   "没有区划 " + u.unit_code, 0}});
    }
    if (u.pairing_id) {
      auto p = txn.Get(*model::FindType("pairings"), *u.pairing_id);
      if (!p.ok()) return p.status();
      if (!p->has_value())
        return Status::InvalidArgument("no such pairing", "没有这个结对关系",
                                       {FieldError{"pairing_id", "no pairing " + std::to_string(*u.pairing_id),
                                                   "没有结对关系 " + std::to_string(*u.pairing_id), 0}});
    }
    const std::string now = NowUtcIso();
    model::Record r(SystemType("users"));
    r.Set("username", u.username);
    if (!u.display_name.empty()) r.Set("display_name", u.display_name);
    r.Set("password_hash", *hash);
    r.Set("role", std::string(RoleCode(u.role)));
    r.Set("data_scope", std::string(ScopeCode(u.scope)));
    if (!u.unit_code.empty()) r.Set("unit_code", u.unit_code);
    if (u.pairing_id) r.Set("pairing_id", *u.pairing_id);
    if (u.organization_id) r.Set("organization_id", *u.organization_id);
    if (!u.sector.empty()) r.Set("sector", u.sector);
    r.Set("disabled", false);
    r.Set("failed_logins", int64_t{0});
    r.Set("created_at", now);
    r.Set("updated_at", now);
    SHANHAI_RETURN_IF_ERROR(txn.Insert(r));
    id = r.id();
    model::Record audit(SystemType("audit_log"));
    audit.Set("at", now);
    if (by.user_id) audit.Set("user_id", by.user_id);
    audit.Set("username", by.username.empty() ? std::string("system") : by.username);
    if (!origin.remote_address.empty()) audit.Set("remote_address", origin.remote_address);
    audit.Set("action", std::string("user_add"));
    audit.Set("record_type", std::string("users"));
    audit.Set("record_id", id);
    audit.Set("note", u.username + " (" + std::string(RoleCode(u.role)) + ", " + std::string(ScopeCode(u.scope)) + ")");
    return txn.Insert(audit);
  });
  if (!s.ok()) return s;
  return id;
}

Result<bool> Accounts::HasUsers() {
  bool any = false;
  Status s = store_.Read([&](store::Txn& txn) -> Status {
    store::ListQuery q;
    q.type = &SystemType("users");
    q.limit = 0;
    auto page = txn.List(q);
    if (!page.ok()) return page.status();
    any = page->total > 0;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return any;
}

bool Accounts::Throttled(const std::string& address, bool failed) {
  const int64_t now = UnixNow();
  std::lock_guard<std::mutex> lock(throttle_mu_);
  auto& times = failures_by_address_[address];
  times.erase(std::remove_if(times.begin(), times.end(),
                             [&](int64_t t) { return t < now - options_.lockout_seconds; }),
              times.end());
  if (failed) times.push_back(now);
  bool over = static_cast<int>(times.size()) >= options_.max_failures_per_address;
  if (times.empty()) failures_by_address_.erase(address);
  return over;
}

Status Accounts::LogLogin(std::string_view username, std::optional<int64_t> user_id, const Origin& origin,
                          std::string_view outcome) {
  return store_.Write([&](store::Txn& txn) -> Status {
    model::Record r(SystemType("login_log"));
    r.Set("at", NowUtcIso());
    // A user name typed by anyone: kept short so the log cannot be flooded through it.
    r.Set("username", std::string(username.substr(0, 64)));
    if (user_id) r.Set("user_id", *user_id);
    if (!origin.remote_address.empty()) r.Set("remote_address", origin.remote_address);
    if (!origin.user_agent.empty()) r.Set("user_agent", origin.user_agent.substr(0, 200));
    r.Set("outcome", std::string(outcome));
    return txn.Insert(r);
  });
}

Result<Issued> Accounts::Login(std::string_view username, std::string_view password, const Origin& origin) {
  if (Throttled(origin.remote_address, false)) {
    SHANHAI_RETURN_IF_ERROR(LogLogin(username, std::nullopt, origin, "throttled"));
    return BadCredentials();
  }
  std::optional<model::Record> user;
  Status s = store_.Read([&](store::Txn& txn) -> Status {
    auto found = FindBy(txn, SystemType("users"), "username", std::string(username));
    if (!found.ok()) return found.status();
    user = std::move(*found);
    return Status::Ok();
  });
  if (!s.ok()) return s;

  auto fail = [&](std::optional<int64_t> id, std::string_view outcome) -> Status {
    Throttled(origin.remote_address, true);
    SHANHAI_RETURN_IF_ERROR(LogLogin(username, id, origin, outcome));
    return BadCredentials();
  };
  if (!user) {
    // Spend the time a hash check takes, so timing does not tell unknown users apart.
    VerifyPassword("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
                   "9sTbSlTio3Biev89thdrlKKiCaYsjjYVJxGAL3swxpQ",
                   password);
    return fail(std::nullopt, "unknown_user");
  }
  const int64_t id = user->id();
  if (user->GetBool("disabled").value_or(false)) return fail(id, "disabled");
  const std::string now = NowUtcIso();
  if (auto until = user->GetString("locked_until"); until && *until > now) return fail(id, "locked_out");

  const bool ok = VerifyPassword(user->GetString("password_hash").value_or(""), password);
  // Count the failure (or clear the count) and lock the account when it is one too many.
  s = store_.Write([&](store::Txn& txn) -> Status {
    auto fresh = txn.Get(SystemType("users"), id);
    if (!fresh.ok()) return fresh.status();
    if (!fresh->has_value()) return Status::Ok();
    model::Record r = std::move(**fresh);
    int64_t failures = ok ? 0 : r.GetInt("failed_logins").value_or(0) + 1;
    r.Set("failed_logins", failures);
    if (!ok && failures >= options_.max_failures) {
      r.Set("locked_until", UtcIsoFromNow(options_.lockout_seconds));
      r.Set("failed_logins", int64_t{0});
    }
    if (ok) r.Set("locked_until", model::Value{});
    return txn.Update(r);
  });
  if (!s.ok()) return s;
  if (!ok) return fail(id, "bad_password");

  auto issued = Issue(id, "session", "console", options_.session_seconds, origin);
  if (!issued.ok()) return issued.status();
  SHANHAI_RETURN_IF_ERROR(LogLogin(username, id, origin, "ok"));
  return issued;
}

Result<Issued> Accounts::Issue(int64_t user_id, std::string_view kind, std::string_view name, int64_t seconds,
                               const Origin& origin) {
  Issued out;
  out.token = NewToken(kind == "session" ? "shs_" : "sht_");
  std::string csrf = kind == "session" ? NewToken("") : std::string();
  out.expires_at = UtcIsoFromNow(seconds);
  Status s = store_.Write([&](store::Txn& txn) -> Status {
    auto user = txn.Get(SystemType("users"), user_id);
    if (!user.ok()) return user.status();
    if (!user->has_value())
      return Status::NotFound("no user " + std::to_string(user_id), "没有用户 " + std::to_string(user_id));
    auto principal = BuildPrincipal(txn, **user);
    if (!principal.ok()) return principal.status();
    out.principal = std::move(*principal);
    const std::string now = NowUtcIso();
    model::Record t(SystemType("api_tokens"));
    t.Set("user_id", user_id);
    t.Set("kind", std::string(kind));
    t.Set("digest", TokenDigest(out.token));
    if (!name.empty()) t.Set("name", std::string(name));
    if (!csrf.empty()) t.Set("csrf_token", csrf);
    if (!origin.remote_address.empty()) t.Set("remote_address", origin.remote_address);
    t.Set("created_at", now);
    t.Set("expires_at", out.expires_at);
    t.Set("last_used_at", now);
    t.Set("revoked", false);
    return txn.Insert(t);
  });
  if (!s.ok()) return s;
  out.principal.via = std::string(kind);
  out.principal.csrf_token = std::move(csrf);
  return out;
}

Result<Issued> Accounts::IssueApiToken(int64_t user_id, std::string_view name, int days) {
  if (days < 1 || days > 3660)
    return Status::InvalidArgument("a token lives 1 to 3660 days", "令牌有效期须为 1 至 3660 天");
  return Issue(user_id, "api", name, int64_t{days} * 86400, Origin{});
}

Result<Resolved> Accounts::Resolve(std::string_view token) {
  if (token.empty() || token.size() > 128) return SessionGone();
  const std::string digest = TokenDigest(token);
  Resolved out;
  std::optional<model::Record> row;
  Status s = store_.Read([&](store::Txn& txn) -> Status {
    auto found = FindBy(txn, SystemType("api_tokens"), "digest", digest);
    if (!found.ok()) return found.status();
    if (!found->has_value()) return SessionGone();
    row = std::move(*found);
    if (row->GetBool("revoked").value_or(false)) return SessionGone();
    if (row->GetString("expires_at").value_or("") <= NowUtcIso()) return SessionGone();
    auto user = txn.Get(SystemType("users"), row->GetInt("user_id").value_or(0));
    if (!user.ok()) return user.status();
    if (!user->has_value() || (*user)->GetBool("disabled").value_or(false)) return SessionGone();
    auto principal = BuildPrincipal(txn, **user);
    if (!principal.ok()) return principal.status();
    out.principal = std::move(*principal);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  out.principal.via = row->GetString("kind").value_or("api");
  out.principal.csrf_token = row->GetString("csrf_token").value_or("");
  if (out.principal.via == "session") {
    // Sliding expiry, written at most once a minute per session to keep reads cheap.
    const std::string last = row->GetString("last_used_at").value_or("");
    if (last < UtcIsoFromNow(-60)) {
      model::Record r = std::move(*row);
      r.Set("last_used_at", NowUtcIso());
      r.Set("expires_at", UtcIsoFromNow(options_.session_seconds));
      SHANHAI_RETURN_IF_ERROR(store_.Write([&](store::Txn& txn) { return txn.Update(r); }));
    }
  }
  return out;
}

Status Accounts::Logout(std::string_view token, const Origin& origin) {
  if (token.empty() || token.size() > 128) return Status::Ok();
  const std::string digest = TokenDigest(token);
  std::optional<int64_t> user_id;
  std::string username;
  Status s = store_.Write([&](store::Txn& txn) -> Status {
    auto found = FindBy(txn, SystemType("api_tokens"), "digest", digest);
    if (!found.ok()) return found.status();
    if (!found->has_value()) return Status::Ok();
    model::Record r = std::move(**found);
    user_id = r.GetInt("user_id");
    r.Set("revoked", true);
    SHANHAI_RETURN_IF_ERROR(txn.Update(r));
    auto user = txn.Get(SystemType("users"), user_id.value_or(0));
    if (user.ok() && user->has_value()) username = (*user)->GetString("username").value_or("");
    return Status::Ok();
  });
  if (!s.ok() || !user_id) return s;
  return LogLogin(username, user_id, origin, "logout");
}

Result<Principal> Accounts::PrincipalOf(int64_t user_id) {
  Principal out;
  Status s = store_.Read([&](store::Txn& txn) -> Status {
    auto user = txn.Get(SystemType("users"), user_id);
    if (!user.ok()) return user.status();
    if (!user->has_value())
      return Status::NotFound("no user " + std::to_string(user_id), "没有用户 " + std::to_string(user_id));
    auto p = BuildPrincipal(txn, **user);
    if (!p.ok()) return p.status();
    out = std::move(*p);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<model::Record> Accounts::UserRow(int64_t user_id) {
  std::optional<model::Record> row;
  Status s = store_.Read([&](store::Txn& txn) -> Status {
    auto user = txn.Get(SystemType("users"), user_id);
    if (!user.ok()) return user.status();
    row = std::move(*user);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!row) return Status::NotFound("no user " + std::to_string(user_id), "没有用户 " + std::to_string(user_id));
  return std::move(*row);
}

Result<Principal> Accounts::BuildPrincipal(store::Txn& txn, const model::Record& user) {
  Principal p;
  p.user_id = user.id();
  p.username = user.GetString("username").value_or("");
  p.role = ParseRole(user.GetString("role").value_or("")).value_or(Role::kViewer);
  if (!ParseScope(user.GetString("data_scope").value_or(""), p.scope)) p.scope = DataScope::kOwn;
  p.unit_code = user.GetString("unit_code").value_or("");
  p.sector = user.GetString("sector").value_or("");
  if (p.scope == DataScope::kUnit || p.scope == DataScope::kPairing) {
    // The pairings the scope covers, with the same filters the list API uses: the
    // pairings touching the unit, or the pairing and its subtree.
    store::ListQuery q;
    q.type = model::FindType("pairings");
    q.limit = 100000;
    if (p.scope == DataScope::kUnit) {
      if (p.unit_code.empty()) return p;  // a unit scope without a unit sees nothing
      q.unit_code = p.unit_code;
    } else {
      auto pid = user.GetInt("pairing_id");
      if (!pid) return p;
      q.pairing_id = *pid;
      p.root_pairing = *pid;
    }
    auto page = txn.List(q);
    if (!page.ok()) return page.status();
    p.pairings = PairingIds(*page);
  }
  return p;
}

}  // namespace shanhai::auth
