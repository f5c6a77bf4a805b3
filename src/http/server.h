// http/server.h
//
// Server: the HTTP/1.1 server in front of the API. It accepts connections on a small
// pool of I/O threads (one coroutine per connection: read → handle → write), parses each
// request into an http::Request and runs the Handler on a separate pool of worker
// threads, so a handler may block on the database without stalling other connections.
//
// What the server does itself, before and after the handler:
//   - keep-alive (HTTP/1.1 by default; `Connection: close` and HTTP/1.0 without
//     `Connection: keep-alive` close after the response);
//   - time limits: a request's headers, and then its body, must each arrive within
//     `read_timeout`; an idle keep-alive connection is closed after `keep_alive_timeout`;
//   - size limits: headers over `max_header_bytes` → 431, a body over `max_body_bytes`
//     → 413 (the handler is not called); a malformed request → 400; each then closes;
//   - a handler that throws → 500 (a bug: handlers must not throw);
//   - HEAD: the handler sees method "HEAD"; the body it returns is not sent, but its
//     length is, as Content-Length;
//   - the headers Date, Server, Content-Length and Connection on every response.
// Error responses the server makes itself use the API's JSON error envelope
// {"error":{"code","message","message_en","fields":[]}}.
//
// Only server.cc includes Beast/Asio; this header does not, so code that starts a
// server compiles quickly.
//
//   auto server = http::Server::Start(options, [](const http::Request& r) { ... });
//   if (!server.ok()) return server.status();
//   (*server)->InstallSignalHandlers();
//   (*server)->Wait();  // until SIGINT/SIGTERM

#ifndef SHANHAI_HTTP_SERVER_H_
#define SHANHAI_HTTP_SERVER_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "base/result.h"
#include "http/handler.h"

namespace shanhai::http {

struct ServerOptions {
  // The address to listen on: an IP literal ("127.0.0.1", "::", "0.0.0.0") or a host
  // name that resolves to one ("localhost"; the first address is used).
  std::string host = "127.0.0.1";
  // 0 picks a free port; Server::port() tells which.
  uint16_t port = 8080;
  // Threads that run the accept loop and the connections' reads and writes (>= 1).
  int io_threads = 2;
  // Threads that run the Handler (>= 1): the number of requests handled at once.
  int worker_threads = 4;
  // A request body larger than this is refused with 413: before any of it is read when
  // Content-Length says so, or as soon as a chunked body grows past it.
  size_t max_body_bytes = 8 << 20;
  // Request line plus header fields larger than this are refused with 431.
  size_t max_header_bytes = 16 << 10;
  // The time a client has to send a request's headers, and then again for its body.
  // A client that sends slower than that (slow-loris), or not at all, is disconnected
  // without a response. Also bounds the time to write a response.
  std::chrono::seconds read_timeout{30};
  // How long a keep-alive connection may sit idle between requests before it is closed.
  std::chrono::seconds keep_alive_timeout{60};
};

// A running server. Created by Start, which binds the port and starts all threads;
// stopped by Stop (or the destructor).
//
// Thread-safety: port(), Stop(), Wait() and InstallSignalHandlers() may be called from
// any thread, concurrently. Stop() blocks until the server's threads have finished, so
// when it is called from one of them (from inside the Handler) it only starts the
// shutdown; the joining is left to Wait() or the destructor.
class Server {
 public:
  // Binds `options.host`:`options.port`, starts listening and starts the I/O and worker
  // threads. `handler` is called for every complete, well-formed request, on a worker
  // thread, possibly on several threads at once; the server keeps it until destroyed.
  //
  // Errors: kInvalidArgument if `handler` is empty, a thread count is < 1 or `host`
  // is neither an IP address nor a resolvable name; kUnavailable if the address cannot
  // be bound or listened on (port in use, no permission, address not local).
  static Result<std::unique_ptr<Server>> Start(const ServerOptions& options,
                                               Handler handler);

  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Stops the server (see Stop()) and joins its threads.
  // REQUIRES: not called from a Handler (a thread of this server).
  ~Server();

  // The port the server is bound to (the chosen one when options.port was 0). Stays
  // valid after Stop().
  uint16_t port() const;

  // Stops accepting connections and releases the listening port, closes idle
  // connections, lets requests already being handled finish and send their response
  // (with `Connection: close`), then joins all threads. A handler that never returns
  // blocks Stop. Idempotent; later calls return once the first has finished. Called
  // from a handler, it only starts the shutdown and returns at once.
  void Stop();

  // Blocks until a stop is requested — by Stop() on another thread or, after
  // InstallSignalHandlers(), by SIGINT or SIGTERM — then finishes the shutdown like
  // Stop() and returns. Returns at once if the server is already stopped.
  void Wait();

  // Makes SIGINT and SIGTERM stop this server (the process is not terminated; Wait()
  // returns). Replaces the default action of those signals for the whole process for as
  // long as the server exists. No effect after Stop() or on a second call.
  void InstallSignalHandlers();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);

  std::unique_ptr<Impl> impl_;
};

}  // namespace shanhai::http

#endif  // SHANHAI_HTTP_SERVER_H_
