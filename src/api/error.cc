#include "api/error.h"

#include <nlohmann/json.hpp>

namespace shanhai::api {

int HttpStatusFor(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return 200;
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kAlreadyExists: return 409;
    case StatusCode::kFailedPrecondition: return 409;
    case StatusCode::kPayloadTooLarge: return 413;
    case StatusCode::kUnavailable: return 503;
    case StatusCode::kInternal: return 500;
    case StatusCode::kUnauthenticated: return 401;
    case StatusCode::kPermissionDenied: return 403;
  }
  return 500;
}

std::string_view ErrorCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid_argument";
    case StatusCode::kNotFound: return "not_found";
    case StatusCode::kAlreadyExists: return "already_exists";
    case StatusCode::kFailedPrecondition: return "failed_precondition";
    case StatusCode::kPayloadTooLarge: return "payload_too_large";
    case StatusCode::kUnavailable: return "unavailable";
    case StatusCode::kInternal: return "internal";
    case StatusCode::kUnauthenticated: return "unauthenticated";
    case StatusCode::kPermissionDenied: return "permission_denied";
  }
  return "internal";
}

http::Response ErrorResponse(const Status& status) {
  nlohmann::json fields = nlohmann::json::array();
  for (const FieldError& f : status.fields()) {
    nlohmann::json e = {{"field", f.field}, {"message", f.message_zh}, {"message_en", f.message_en}};
    if (f.row > 0) e["row"] = f.row;
    fields.push_back(std::move(e));
  }
  nlohmann::json body = {{"error",
                          {{"code", ErrorCodeName(status.code())},
                           {"message", status.message_zh()},
                           {"message_en", status.message_en()},
                           {"fields", std::move(fields)}}}};
  return http::Response::Json(HttpStatusFor(status.code()),
                              body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

http::Response ErrorResponse(int http_status, std::string_view code, std::string_view message_zh,
                             std::string_view message_en) {
  nlohmann::json body = {{"error",
                          {{"code", code},
                           {"message", message_zh},
                           {"message_en", message_en},
                           {"fields", nlohmann::json::array()}}}};
  return http::Response::Json(http_status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace shanhai::api
