#include "api/router.h"

#include <exception>
#include <string_view>

#include "api/error.h"

namespace shanhai::api {
namespace {

std::vector<std::string_view> Split(std::string_view path) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > start) parts.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return parts;
}

}  // namespace

bool MatchPattern(const std::string& pattern, const std::string& path, PathParams& params) {
  std::vector<std::string_view> want = Split(pattern), have = Split(path);
  if (want.size() != have.size()) return false;
  PathParams found;
  for (size_t i = 0; i < want.size(); ++i) {
    if (want[i].size() > 2 && want[i].front() == '{' && want[i].back() == '}') {
      found[std::string(want[i].substr(1, want[i].size() - 2))] = std::string(have[i]);
    } else if (want[i] != have[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

void Router::Wrap(const std::function<bool(const Route&)>& pick,
                  const std::function<RouteHandler(RouteHandler)>& wrap) {
  for (Route& r : routes_)
    if (pick(r)) r.handler = wrap(std::move(r.handler));
}

void Router::WrapEach(const std::function<RouteHandler(const Route&, RouteHandler)>& wrap) {
  for (Route& r : routes_) r.handler = wrap(r, std::move(r.handler));
}

void Router::Add(std::string method, std::string pattern, RouteHandler handler) {
  routes_.push_back(Route{std::move(method), std::move(pattern), std::move(handler)});
}

http::Response Router::Handle(const http::Request& request) const {
  // Among the patterns that match the path, the one with the most literal segments
  // wins, so "/api/v1/health" is never taken for the record type "health".
  const std::string method = request.method == "HEAD" ? std::string("GET") : request.method;
  int best = -1;
  std::vector<std::pair<const Route*, PathParams>> candidates;
  for (const Route& route : routes_) {
    PathParams params;
    if (!MatchPattern(route.pattern, request.path, params)) continue;
    int literal = static_cast<int>(Split(route.pattern).size() - params.size());
    if (literal > best) {
      best = literal;
      candidates.clear();
    }
    if (literal == best) candidates.emplace_back(&route, std::move(params));
  }
  std::string allowed;
  for (const auto& [route, params] : candidates) {
    if (route->method != method) {
      if (allowed.find(route->method) == std::string::npos) allowed += (allowed.empty() ? "" : ", ") + route->method;
      continue;
    }
    try {
      return route->handler(request, params);
    } catch (const std::exception& e) {
      return ErrorResponse(Status::Internal(std::string("unhandled exception: ") + e.what()));
    }
  }
  if (!allowed.empty()) {
    http::Response r = ErrorResponse(405, "method_not_allowed", "不支持该请求方法", "method not allowed");
    r.headers["Allow"] = allowed;
    return r;
  }
  if (fallback_ && method == "GET") {
    try {
      return fallback_(request, {});
    } catch (const std::exception& e) {
      return ErrorResponse(Status::Internal(std::string("unhandled exception: ") + e.what()));
    }
  }
  return ErrorResponse(404, "not_found", "没有这个接口：" + request.path, "no such endpoint: " + request.path);
}

}  // namespace shanhai::api
