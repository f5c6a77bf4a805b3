// tests/http/http_client.h
//
// A minimal blocking HTTP/1.1 client for tests: one request per connection
// (Connection: close), so it can check exactly what the server wrote.

#ifndef SHANHAI_TESTS_HTTP_HTTP_CLIENT_H_
#define SHANHAI_TESTS_HTTP_HTTP_CLIENT_H_

#include <cstdint>
#include <map>
#include <string>

#include "base/result.h"

namespace shanhai::testhttp {

struct HttpReply {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
};

// Sends one request to 127.0.0.1:`port` and reads the whole reply. `content_type` is
// sent when non-empty, and every entry of `headers` as given. Errors: kUnavailable when
// the connection fails.
Result<HttpReply> HttpRequest(uint16_t port, const std::string& method, const std::string& target,
                              const std::string& body = "", const std::string& content_type = "application/json",
                              const std::map<std::string, std::string>& headers = {});

}  // namespace shanhai::testhttp

#endif  // SHANHAI_TESTS_HTTP_HTTP_CLIENT_H_
