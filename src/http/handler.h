// http/handler.h
//
// Handler: the function the server calls for each complete request. It runs on a
// worker thread pool, never on an I/O thread, so it may block on the database. It must
// be safe to call from several threads at once and must not throw (the server turns a
// stray exception into a 500, but that is a bug).

#ifndef SHANHAI_HTTP_HANDLER_H_
#define SHANHAI_HTTP_HANDLER_H_

#include <functional>

#include "http/request.h"
#include "http/response.h"

namespace shanhai::http {

using Handler = std::function<Response(const Request&)>;

}  // namespace shanhai::http

#endif  // SHANHAI_HTTP_HANDLER_H_
