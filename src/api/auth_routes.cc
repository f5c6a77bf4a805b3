#include "api/auth_routes.h"

#include <algorithm>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "api/access.h"
#include "api/error.h"
#include "api/request_context.h"

namespace shanhai::api {
namespace {

using nlohmann::json;
using P = auth::Permission;

constexpr P kAllPermissions[] = {P::kRead,    P::kWriteRecords, P::kWriteReference, P::kSetTargets, P::kSubmit,
                                 P::kConfirm, P::kApprove,      P::kUnlock,         P::kManageUsers, P::kReadAudit};

std::string_view PermissionCode(P p) {
  switch (p) {
    case P::kRead: return "read";
    case P::kWriteRecords: return "write_records";
    case P::kWriteReference: return "write_reference";
    case P::kSetTargets: return "set_targets";
    case P::kSubmit: return "submit";
    case P::kConfirm: return "confirm";
    case P::kApprove: return "approve";
    case P::kUnlock: return "unlock";
    case P::kManageUsers: return "manage_users";
    case P::kReadAudit: return "read_audit";
  }
  return "read";
}

json UserDocument(const auth::Principal& who, auth::Accounts& accounts) {
  json permissions = json::array();
  for (P p : kAllPermissions)
    if (auth::Allows(who.role, p)) permissions.push_back(PermissionCode(p));
  json user = {{"id", who.user_id},
               {"username", who.username},
               {"role", auth::RoleCode(who.role)},
               {"data_scope", auth::ScopeCode(who.scope)}};
  if (!who.unit_code.empty()) user["unit_code"] = who.unit_code;
  if (!who.sector.empty()) user["sector"] = who.sector;
  if (auto row = accounts.UserRow(who.user_id); row.ok()) {
    if (auto d = row->GetString("display_name")) user["display_name"] = *d;
    if (auto p = row->GetInt("pairing_id")) user["pairing_id"] = *p;
  }
  return {{"user", user}, {"permissions", permissions}};
}

std::string SessionCookie(const std::string& value, bool secure, bool clear) {
  std::string c = std::string(kSessionCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  if (secure) c += "; Secure";
  if (clear) c += "; Max-Age=0";
  return c;
}

auth::Origin OriginOf(const http::Request& rq) {
  auth::Origin o;
  o.remote_address = rq.remote_address;
  if (auto ua = rq.Header("user-agent")) o.user_agent = std::string(*ua);
  return o;
}

}  // namespace

void AddAuthRoutes(Router& router, std::shared_ptr<auth::Accounts> accounts, bool secure_cookies) {
  router.Add("POST", "/api/v1/auth/login", [accounts, secure_cookies](const http::Request& rq, const PathParams&) {
    json body = json::parse(rq.body, nullptr, false);
    if (body.is_discarded() || !body.is_object() || !body.contains("username") || !body["username"].is_string() ||
        !body.contains("password") || !body["password"].is_string())
      return ErrorResponse(Status::InvalidArgument("give username and password as JSON strings",
                                                   "请以 JSON 字符串提供用户名和密码"));
    auto issued = accounts->Login(body["username"].get<std::string>(), body["password"].get<std::string>(), OriginOf(rq));
    if (!issued.ok()) return ErrorResponse(issued.status());
    json doc = UserDocument(issued->principal, *accounts);
    doc["csrf_token"] = issued->principal.csrf_token;
    doc["expires_at"] = issued->expires_at;
    http::Response r = http::Response::Json(200, doc.dump());
    r.headers["Set-Cookie"] = SessionCookie(issued->token, secure_cookies, false);
    r.headers["Cache-Control"] = "no-store";
    return r;
  });
  router.Add("GET", "/api/v1/auth/me", [accounts](const http::Request&, const PathParams&) {
    const auth::Principal* who = CurrentPrincipal();
    if (!who) return ErrorResponse(Status::Unauthenticated("sign in first", "请先登录"));
    json doc = UserDocument(*who, *accounts);
    if (!who->csrf_token.empty()) doc["csrf_token"] = who->csrf_token;
    http::Response r = http::Response::Json(200, doc.dump());
    r.headers["Cache-Control"] = "no-store";
    return r;
  });
  router.Add("POST", "/api/v1/auth/logout", [accounts, secure_cookies](const http::Request& rq, const PathParams&) {
    bool from_cookie = false;
    Status s = accounts->Logout(CredentialOf(rq, &from_cookie), OriginOf(rq));
    if (!s.ok()) return ErrorResponse(s);
    http::Response r;
    r.status = 204;
    r.headers["Set-Cookie"] = SessionCookie("", secure_cookies, true);
    return r;
  });
  router.Add("POST", "/api/v1/auth/tokens", [accounts](const http::Request& rq, const PathParams&) {
    const auth::Principal* who = CurrentPrincipal();
    if (!who) return ErrorResponse(Status::Unauthenticated("sign in first", "请先登录"));
    json body = json::parse(rq.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
      return ErrorResponse(Status::InvalidArgument("the body is not a JSON object", "请求体不是 JSON 对象"));
    if ((body.contains("name") && !body["name"].is_string()) ||
        (body.contains("days") && !body["days"].is_number_integer()))
      return ErrorResponse(Status::InvalidArgument("name must be a string and days a whole number",
                                                   "name 须为字符串，days 须为整数"));
    const std::string name = body.contains("name") ? body["name"].get<std::string>() : std::string("api");
    const int64_t days = body.contains("days") ? body["days"].get<int64_t>() : 90;
    // Clamped only so the narrowing cannot wrap; IssueApiToken refuses out-of-range days.
    auto issued = accounts->IssueApiToken(who->user_id, name, static_cast<int>(std::clamp<int64_t>(days, 0, 3661)));
    if (!issued.ok()) return ErrorResponse(issued.status());
    json doc = {{"token", issued->token}, {"expires_at", issued->expires_at}, {"name", name}};
    http::Response r = http::Response::Json(201, doc.dump());
    r.headers["Cache-Control"] = "no-store";
    return r;
  });
}

}  // namespace shanhai::api
