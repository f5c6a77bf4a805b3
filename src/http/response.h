// http/response.h
//
// Response: what a handler returns. The server adds Date, Server, Content-Length and
// Connection headers itself; handlers set status, content type, body and any others.

#ifndef SHANHAI_HTTP_RESPONSE_H_
#define SHANHAI_HTTP_RESPONSE_H_

#include <map>
#include <string>

namespace shanhai::http {

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::map<std::string, std::string> headers;  // extra headers, e.g. "Cache-Control"
  std::string body;

  // A JSON response with `status` and an already-serialised JSON `body`.
  static Response Json(int status, std::string body);
};

}  // namespace shanhai::http

#endif  // SHANHAI_HTTP_RESPONSE_H_
