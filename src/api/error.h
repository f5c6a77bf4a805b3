// api/error.h
//
// The one error envelope of the API:
//   {"error": {"code": "invalid_argument", "message": "中文说明", "message_en": "English",
//              "fields": [{"field": "amount_fen", "message": "…", "message_en": "…", "row": 7}]}}
// "row" appears only for errors about a line of an uploaded file.

#ifndef SHANHAI_API_ERROR_H_
#define SHANHAI_API_ERROR_H_

#include <string_view>

#include "base/status.h"
#include "http/response.h"

namespace shanhai::api {

// The HTTP status for a StatusCode: 400, 404, 409, 413, 503 or 500.
int HttpStatusFor(StatusCode code);

// The envelope's "code" string for a StatusCode ("invalid_argument", "not_found", …).
std::string_view ErrorCodeName(StatusCode code);

// The error response for a non-OK `status`.
http::Response ErrorResponse(const Status& status);

// An error response with an explicit HTTP status and code (for HTTP-level problems such
// as 405 or 415 that have no StatusCode).
http::Response ErrorResponse(int http_status, std::string_view code, std::string_view message_zh,
                             std::string_view message_en);

}  // namespace shanhai::api

#endif  // SHANHAI_API_ERROR_H_
