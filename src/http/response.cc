#include "http/response.h"

#include <utility>

namespace shanhai::http {

Response Response::Json(int status, std::string body) {
  Response response;
  response.status = status;
  response.content_type = "application/json; charset=utf-8";
  response.body = std::move(body);
  return response;
}

}  // namespace shanhai::http
