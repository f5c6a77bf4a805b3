// http/request.h
//
// Request and Response: the HTTP exchange as the rest of shanhai sees it. Only
// http/server.cc knows Beast; it fills a Request from the wire and writes a Response
// back, so handlers (api/) compile without Beast headers.

#ifndef SHANHAI_HTTP_REQUEST_H_
#define SHANHAI_HTTP_REQUEST_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace shanhai::http {

struct Request {
  // "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", as sent. HEAD reaches the
  // handler as "HEAD"; the server sends the length of the body returned but not the body.
  std::string method;
  // Percent-decoded path without the query: "/api/v1/pairings/3". Always starts with
  // '/' (or is "*" for `OPTIONS *`); "%2F" decodes to '/' like any other escape.
  std::string path;
  // Query parameters, percent-decoded ('+' as space). A repeated key keeps its last value.
  std::map<std::string, std::string> query;
  // Header names lower-cased. A repeated header's values are joined with ", " ("; " for
  // Cookie).
  std::map<std::string, std::string> headers;
  std::string body;
  std::string remote_address;  // peer IP as text, for logs

  // The query parameter or header, if present. The view points into this Request.
  // Header() lower-cases `lower_name` itself, so any spelling finds the header.
  std::optional<std::string_view> Query(std::string_view key) const;
  std::optional<std::string_view> Header(std::string_view lower_name) const;
};

}  // namespace shanhai::http

#endif  // SHANHAI_HTTP_REQUEST_H_
