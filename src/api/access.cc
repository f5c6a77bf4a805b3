#include "api/access.h"

#include <sodium.h>

#include "api/error.h"
#include "api/request_context.h"

namespace shanhai::api {
namespace {

using K = Access::Kind;
using P = auth::Permission;

Access Of(K kind, P p = P::kRead) { return Access{kind, p}; }

bool Unsafe(std::string_view method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

// The cookie `name` from a Cookie header ("a=1; b=2").
std::string CookieValue(std::string_view header, std::string_view name) {
  size_t pos = 0;
  while (pos < header.size()) {
    size_t end = header.find(';', pos);
    if (end == std::string_view::npos) end = header.size();
    std::string_view part = header.substr(pos, end - pos);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.size() > name.size() && part.substr(0, name.size()) == name && part[name.size()] == '=')
      return std::string(part.substr(name.size() + 1));
    pos = end + 1;
  }
  return {};
}

bool SameSecret(const std::string& a, std::string_view b) {
  return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace

std::optional<auth::Permission> WritePermissionFor(std::string_view type_name) {
  const model::RecordType* type = model::FindType(type_name);
  if (!type) return std::nullopt;
  if (type_name == "targets" || type_name == "reported_figures") return P::kSetTargets;
  if (type->type_class == model::TypeClass::kReference) return P::kWriteReference;
  return P::kWriteRecords;
}

Access AccessOf(const Route& r) {
  const std::string& m = r.method;
  const std::string& p = r.pattern;
  if ((m == "GET" && (p == "/api/v1/health" || p == "/api/v1/openapi.json")) ||
      (m == "POST" && p == "/api/v1/auth/login"))
    return Of(K::kPublic);
  if (p == "/api/v1/auth/me" || p == "/api/v1/auth/logout" || p == "/api/v1/auth/tokens") return Of(K::kSignedIn);
  if (m == "GET" && (p == "/api/v1/types" || p == "/api/v1/changes" || p == "/api/v1/indicators" ||
                     p.starts_with("/api/v1/indicators/") || p.starts_with("/api/v1/reports/") ||
                     p == "/api/v1/{type}" || p == "/api/v1/{type}/{id}" || p == "/api/v1/{type}/export"))
    return Of(K::kPermission, P::kRead);
  if (p == "/api/v1/users" || p.starts_with("/api/v1/users/")) return Of(K::kPermission, P::kManageUsers);
  if (p == "/api/v1/audit" || p == "/api/v1/logins") return Of(K::kPermission, P::kReadAudit);
  if ((m == "POST" && (p == "/api/v1/{type}" || p == "/api/v1/{type}/import")) ||
      ((m == "PUT" || m == "PATCH" || m == "DELETE") && p == "/api/v1/{type}/{id}"))
    return Of(K::kRecordWrite);
  return Of(K::kUnknown);
}

std::string CredentialOf(const http::Request& request, bool* from_cookie) {
  *from_cookie = false;
  if (auto h = request.Header("authorization")) {
    std::string_view v = *h;
    if (v.size() > 7 && (v.substr(0, 7) == "Bearer " || v.substr(0, 7) == "bearer ")) return std::string(v.substr(7));
  }
  if (auto c = request.Header("cookie")) {
    std::string v = CookieValue(*c, kSessionCookie);
    if (!v.empty()) *from_cookie = true;
    return v;
  }
  return {};
}

void EnforceAccess(Router& router, std::shared_ptr<auth::Accounts> accounts) {
  // Each route gets the wrapper of its own policy, fixed when the router is built.
  router.WrapEach([accounts](const Route& route, RouteHandler h) -> RouteHandler {
    const Access access = AccessOf(route);
    return [accounts, access, h = std::move(h)](const http::Request& rq, const PathParams& params) {
      if (access.kind == K::kPublic) {
        ScopedPrincipal none(nullptr);
        return h(rq, params);
      }
      if (access.kind == K::kUnknown)
        return ErrorResponse(Status::PermissionDenied("this endpoint has no access policy", "该接口未设定访问权限"));
      bool from_cookie = false;
      const std::string credential = CredentialOf(rq, &from_cookie);
      if (credential.empty())
        return ErrorResponse(Status::Unauthenticated("sign in first", "请先登录"));
      auto resolved = accounts->Resolve(credential);
      if (!resolved.ok()) return ErrorResponse(resolved.status());
      if (from_cookie && Unsafe(rq.method)) {
        auto echoed = rq.Header("x-csrf-token");
        if (!echoed || !SameSecret(resolved->principal.csrf_token, *echoed)) {
          http::Response r = ErrorResponse(403, "csrf_failed", "缺少或错误的 CSRF 令牌，请刷新页面后重试",
                                           "missing or wrong CSRF token; reload the page and try again");
          return r;
        }
      }
      const auth::Principal& who = resolved->principal;
      std::optional<P> needed;
      if (access.kind == K::kPermission) needed = access.permission;
      if (access.kind == K::kRecordWrite) {
        auto type = params.find("type");
        needed = type == params.end() ? std::nullopt : WritePermissionFor(type->second);
        if (!needed) return h(rq, params);  // unknown type: the handler answers 404
      }
      if (needed && !auth::Allows(who.role, *needed))
        return ErrorResponse(Status::PermissionDenied("your role does not allow this", "您的角色无权进行此操作"));
      ScopedPrincipal scoped(&who);
      return h(rq, params);
    };
  });
}

}  // namespace shanhai::api
