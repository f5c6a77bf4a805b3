// api/router.h
//
// Router: maps (method, path) to a route handler. Patterns are literal segments and
// {name} captures: "/api/v1/{type}/{id}". A path that matches no pattern is a 404; one
// that matches with another method is a 405 with an Allow header. The route table is
// data (routes()), so the OpenAPI document and tests can walk it.
//
// Thread-safety: build the router once, then Handle() may run on many threads.

#ifndef SHANHAI_API_ROUTER_H_
#define SHANHAI_API_ROUTER_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "http/request.h"
#include "http/response.h"

namespace shanhai::api {

using PathParams = std::map<std::string, std::string>;
using RouteHandler = std::function<http::Response(const http::Request&, const PathParams&)>;

struct Route {
  std::string method;   // "GET", "POST", …
  std::string pattern;  // "/api/v1/{type}/{id}"
  RouteHandler handler;
};

class Router {
 public:
  // Adds a route. Earlier routes win when two patterns match the same path.
  void Add(std::string method, std::string pattern, RouteHandler handler);

  // Replaces the handler of every route for which `pick` is true by `wrap(handler)`:
  // a decoration of a family of routes (e.g. adding labels to JSON answers). Only while
  // the router is being built.
  void Wrap(const std::function<bool(const Route&)>& pick, const std::function<RouteHandler(RouteHandler)>& wrap);

  // Replaces every route's handler by `wrap(route, handler)`: a decoration that depends
  // on the route (e.g. its access policy). Only while the router is being built.
  void WrapEach(const std::function<RouteHandler(const Route&, RouteHandler)>& wrap);
  // Handles GET/HEAD requests that match no route (the console's static files).
  void SetFallback(RouteHandler handler) { fallback_ = std::move(handler); }

  // Dispatches `request`; never throws (a handler's exception becomes a 500 envelope).
  http::Response Handle(const http::Request& request) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
  RouteHandler fallback_;
};

// True and fills `params` if `path` matches `pattern`.
bool MatchPattern(const std::string& pattern, const std::string& path, PathParams& params);

}  // namespace shanhai::api

#endif  // SHANHAI_API_ROUTER_H_
