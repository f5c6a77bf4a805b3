// http/server.cc
//
// The Beast/Asio side of http::Server: the accept loop, one coroutine per connection
// (read → handle → write, so writes on a stream never overlap), the hop to the worker
// pool for the Handler, and the translation between Beast messages and our
// Request/Response. This is the only translation unit of shanhai that includes Beast or
// Asio (a Beast TU takes ~12 s to compile; see design note B1).
//
// Threads and executors:
//   - `ioc` runs on `io_threads` threads. The acceptor and the signal set live on the
//     `control` strand; each connection lives on a strand of its own, so a connection's
//     coroutine and anything posted to it (Stop's cancel) never run at once.
//   - The Handler runs on `workers` via co_spawn; the connection's coroutine waits for
//     it without blocking an I/O thread and resumes on its own strand.
//
// Shutdown: RequestStop() (any thread, never blocks) closes the acceptor, cancels the
// signal wait and cancels every connection that is not between a complete request and
// its written response. Busy connections finish that response with `Connection: close`.
// The I/O threads then run out of work and return; Join() joins them and the workers.

#include "http/server.h"

// Boost 1.74's asio/awaitable.hpp uses std::exchange without including <utility>, and
// g++ 12's libstdc++ no longer provides it transitively: include it before any Asio
// header.
#include <utility>

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <exception>
#include <limits>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

namespace shanhai::http {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;  // not `http`: that is our own namespace
using tcp = net::ip::tcp;

namespace {

// Bytes asked for per read while waiting for the next request on a kept-alive connection.
constexpr std::size_t kIdleReadBytes = 4096;
// After a response that closes the connection, how long at most we keep reading (and
// discarding) what the client still sends; see CloseGracefully.
constexpr std::chrono::seconds kMaxLinger{2};
// Pause after a failed accept (e.g. out of file descriptors) so the loop does not spin.
constexpr std::chrono::milliseconds kAcceptRetryDelay{100};

constexpr std::string_view kContinueResponse = "HTTP/1.1 100 Continue\r\n\r\n";

// The redirect_error(use_awaitable) token: errors land in `ec` instead of throwing
// (Boost 1.74 has no as_tuple).
auto Redirect(beast::error_code& ec) { return net::redirect_error(net::use_awaitable, ec); }

std::string_view ToStd(beast::string_view s) { return std::string_view(s.data(), s.size()); }

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(),
                    [](char x, char y) { return LowerAscii(x) == LowerAscii(y); });
}

//------------------------------------------------------------------------------
// Error responses in the API's JSON envelope.

// "8 MiB", "16 KiB", or the byte count with `bytes_word` ("bytes" / "字节").
std::string FormatSize(std::size_t bytes, std::string_view bytes_word) {
  constexpr std::size_t kKiB = 1024;
  constexpr std::size_t kMiB = 1024 * kKiB;
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  if (bytes >= kKiB && bytes % kKiB == 0) return std::to_string(bytes / kKiB) + " KiB";
  return std::to_string(bytes) + " " + std::string(bytes_word);
}

// {"error":{"code":…,"message":…,"message_en":…,"fields":[]}}. ordered_json keeps the
// keys in the documented order.
Response ErrorResponse(int status, std::string code, std::string message_zh,
                       std::string message_en) {
  nlohmann::ordered_json error;
  error["code"] = std::move(code);
  error["message"] = std::move(message_zh);
  error["message_en"] = std::move(message_en);
  error["fields"] = nlohmann::ordered_json::array();
  nlohmann::ordered_json envelope;
  envelope["error"] = std::move(error);
  return Response::Json(
      status, envelope.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

Response BodyTooLarge(std::size_t limit) {
  return ErrorResponse(413, "payload_too_large",
                       "请求体过大（上限 " + FormatSize(limit, "字节") + "）",
                       "request body too large (limit " + FormatSize(limit, "bytes") + ")");
}

Response HeaderTooLarge(std::size_t limit) {
  return ErrorResponse(431, "payload_too_large",
                       "请求头过大（上限 " + FormatSize(limit, "字节") + "）",
                       "request header too large (limit " + FormatSize(limit, "bytes") + ")");
}

Response BadRequest(std::string_view detail_zh, std::string_view detail_en) {
  return ErrorResponse(400, "bad_request", "请求格式错误：" + std::string(detail_zh),
                       "malformed request: " + std::string(detail_en));
}

Response InternalError() {
  return ErrorResponse(500, "internal", "服务器内部错误", "internal server error");
}

// The response for a failed read of a request, or nullopt when the connection should
// just be closed: the client went away, timed out (a slow or idle client gets no
// answer), or the server is stopping.
std::optional<Response> ResponseForReadError(const beast::error_code& ec,
                                             const ServerOptions& options) {
  if (ec == bhttp::error::body_limit) return BodyTooLarge(options.max_body_bytes);
  if (ec == bhttp::error::header_limit) return HeaderTooLarge(options.max_header_bytes);
  if (ec.category() != bhttp::make_error_code(bhttp::error::bad_method).category()) {
    return std::nullopt;  // socket errors, beast::error::timeout, operation_aborted
  }
  if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message) {
    return std::nullopt;  // the client closed its side
  }
  return BadRequest("无法解析 HTTP 请求（" + ec.message() + "）",
                    "cannot parse the HTTP request (" + ec.message() + ")");
}

//------------------------------------------------------------------------------
// From a Beast request to a Request.

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes %XX escapes (and '+' as space if `plus_is_space`); nullopt when a '%' is not
// followed by two hex digits.
std::optional<std::string> PercentDecode(std::string_view in, bool plus_is_space) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '%') {
      if (in.size() - i < 3) return std::nullopt;
      const int hi = HexDigit(in[i + 1]);
      const int lo = HexDigit(in[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Splits the request target into the decoded path and query. Returns false (and says
// why) for a target we cannot route: bad percent-encoding, a NUL in the path, or a path
// that does not start with '/' (other than OPTIONS' "*").
bool ParseTarget(std::string_view target, Request* request, std::string* why_en,
                 std::string* why_zh) {
  // Absolute form (RFC 7230 §5.3.2), sent to proxies: drop "scheme://authority".
  for (std::string_view scheme : {"http://", "https://"}) {
    if (target.size() >= scheme.size() &&
        EqualsIgnoreCase(target.substr(0, scheme.size()), scheme)) {
      const std::size_t slash = target.find('/', scheme.size());
      target = slash == std::string_view::npos ? std::string_view("/") : target.substr(slash);
      break;
    }
  }
  target = target.substr(0, target.find('#'));  // a fragment is never sent; be lenient
  const std::size_t question = target.find('?');
  const std::string_view raw_path = target.substr(0, question);
  const std::string_view raw_query =
      question == std::string_view::npos ? std::string_view() : target.substr(question + 1);

  if (raw_path != "*" && (raw_path.empty() || raw_path.front() != '/')) {
    *why_en = "the request target must start with '/'";
    *why_zh = "请求地址必须以 / 开头";
    return false;
  }
  std::optional<std::string> path = PercentDecode(raw_path, /*plus_is_space=*/false);
  if (!path || path->find('\0') != std::string::npos) {
    *why_en = "invalid percent-encoding in the path";
    *why_zh = "路径中的百分号编码无效";
    return false;
  }
  request->path = std::move(*path);

  std::string_view rest = raw_query;
  while (!rest.empty()) {
    const std::size_t amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    std::optional<std::string> key = PercentDecode(pair.substr(0, eq), true);
    std::optional<std::string> value =
        eq == std::string_view::npos ? std::string() : PercentDecode(pair.substr(eq + 1), true);
    if (!key || !value) {
      *why_en = "invalid percent-encoding in the query";
      *why_zh = "查询参数中的百分号编码无效";
      return false;
    }
    request->query.insert_or_assign(std::move(*key), std::move(*value));  // last one wins
  }
  return true;
}

// Header names lower-cased; a repeated header's values joined with ", " (RFC 7230
// §3.2.2), or "; " for Cookie (RFC 6265 §5.4).
void CopyHeaders(const bhttp::request<bhttp::string_body>& message, Request* request) {
  for (const auto& field : message) {
    std::string name = ToLower(ToStd(field.name_string()));
    const std::string_view value = ToStd(field.value());
    auto [it, inserted] = request->headers.try_emplace(name, value);
    if (!inserted) {
      it->second += name == "cookie" ? "; " : ", ";
      it->second += value;
    }
  }
}

bool Expects100Continue(const bhttp::request<bhttp::string_body>& message) {
  auto it = message.find(bhttp::field::expect);
  return message.version() >= 11 && it != message.end() &&
         EqualsIgnoreCase(ToStd(it->value()), "100-continue");
}

//------------------------------------------------------------------------------
// From a Response to a Beast response.

// IMF-fixdate (RFC 7231 §7.1.1.1), independent of the C locale.
std::string HttpDate(std::time_t now) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[64];
  std::snprintf(text, sizeof(text), "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[tm.tm_wday % 7],
                tm.tm_mday, kMonths[tm.tm_mon % 12], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return text;
}

// RFC 7230 token characters; a header name made of anything else would corrupt the
// response.
bool IsToken(std::string_view s) {
  constexpr std::string_view kExtra = "!#$%&'*+-.^_`|~";
  return !s.empty() && std::all_of(s.begin(), s.end(), [&](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           kExtra.find(c) != std::string_view::npos;
  });
}

// Headers only the server writes; a handler's copy is ignored.
bool IsServerOwnedHeader(std::string_view name) {
  for (std::string_view owned :
       {"content-length", "transfer-encoding", "connection", "date", "server", "keep-alive"}) {
    if (EqualsIgnoreCase(name, owned)) return true;
  }
  return false;
}

// CR, LF and NUL in a header value would split or end the header block.
std::string SanitizeHeaderValue(std::string_view value) {
  std::string out(value);
  for (char& c : out) {
    if (c == '\r' || c == '\n' || c == '\0') c = ' ';
  }
  return out;
}

// REQUIRES: 200 <= response.status <= 599 (InvokeHandler guarantees it).
bhttp::response<bhttp::string_body> ToWire(Response response, bool head, bool keep_alive) {
  bhttp::response<bhttp::string_body> out;
  out.version(11);
  out.result(static_cast<unsigned>(response.status));
  out.set(bhttp::field::date, HttpDate(std::time(nullptr)));
  out.set(bhttp::field::server, "shanhai");
  // 204 and 304 have no body, and 204 must not have Content-Length (RFC 7230 §3.3.2).
  const bool bodiless = response.status == 204 || response.status == 304;
  if (!response.content_type.empty() && response.status != 204) {
    out.set(bhttp::field::content_type, SanitizeHeaderValue(response.content_type));
  }
  for (const auto& [name, value] : response.headers) {
    if (!IsToken(name) || IsServerOwnedHeader(name)) continue;
    out.set(name, SanitizeHeaderValue(value));
  }
  if (!bodiless) {
    // For HEAD: the length of the body a GET would get, and no body.
    out.content_length(response.body.size());
    if (!head) out.body() = std::move(response.body);
  }
  out.set(bhttp::field::connection, keep_alive ? "keep-alive" : "close");
  return out;
}

//------------------------------------------------------------------------------
// The worker side.

// Calls the handler and turns its failures into a 500: handlers must not throw and must
// return a final status, but one bug must not take the connection (or server) down.
Response InvokeHandler(const Handler& handler, const Request& request) noexcept {
  try {
    Response response = handler(request);
    if (response.status < 200 || response.status > 599) {
      std::fprintf(stderr, "shanhai http: handler returned invalid status %d for %s %s\n",
                   response.status, request.method.c_str(), request.path.c_str());
      return InternalError();
    }
    return response;
  } catch (const std::exception& e) {
    // There is no logging module below http yet; stderr is the server's log.
    std::fprintf(stderr, "shanhai http: handler threw for %s %s: %s\n", request.method.c_str(),
                 request.path.c_str(), e.what());
  } catch (...) {
    std::fprintf(stderr, "shanhai http: handler threw a non-exception for %s %s\n",
                 request.method.c_str(), request.path.c_str());
  }
  try {
    return InternalError();
  } catch (...) {  // only bad_alloc is possible; answer without the envelope
    Response bare;
    bare.status = 500;
    return bare;
  }
}

// Runs on a worker thread (co_spawned onto `workers`). Parameters by value: the frame
// must not refer to the caller's locals.
net::awaitable<Response> RunHandler(const Handler* handler, Request request) {
  co_return InvokeHandler(*handler, request);
}

//------------------------------------------------------------------------------
// Server::Impl

// One accepted connection. Lives as long as its coroutine, and in the registry so that
// Stop can reach it.
struct Connection {
  explicit Connection(tcp::socket socket) : stream(std::move(socket)) {}

  beast::tcp_stream stream;    // executor: this connection's strand
  std::string remote_address;  // constant after accept
  // True from a complete request until its response is written: Stop lets such a
  // connection finish instead of cancelling it. Only touched on the strand.
  bool busy = false;
};

}  // namespace

struct Server::Impl {
  Impl(const ServerOptions& opts, Handler h)
      : options(opts),
        handler(std::move(h)),
        ioc(opts.io_threads),
        workers(static_cast<std::size_t>(opts.worker_threads)),
        control(net::make_strand(ioc)),
        acceptor(control) {}

  // Opens, binds and listens; sets `port`.
  Status Listen();
  // Starts the accept loop and the I/O threads. May throw std::system_error.
  void Launch();
  // Starts the shutdown; never blocks; any thread; idempotent.
  void RequestStop();
  // Joins the I/O threads, then the workers. REQUIRES: RequestStop() was called; not on
  // one of our threads.
  void Join();
  // True on one of our I/O or worker threads.
  bool OnOwnThread();

  net::awaitable<void> AcceptLoop();
  void AddConnection(tcp::socket socket);
  net::awaitable<void> Serve(std::shared_ptr<Connection> conn);
  net::awaitable<void> CloseGracefully(std::shared_ptr<Connection> conn);

  const ServerOptions options;
  const Handler handler;
  net::io_context ioc;
  net::thread_pool workers;
  net::strand<net::io_context::executor_type> control;
  tcp::acceptor acceptor;                  // used on `control` only
  std::optional<net::signal_set> signals;  // created under `mu`, then used on `control`
  uint16_t port = 0;                       // constant after Listen()
  std::vector<std::thread> io_threads;     // constant after Launch()
  std::atomic<bool> stopping{false};       // mirrors stop_requested for lock-free reads

  std::mutex mu;
  std::condition_variable stop_requested_cv;
  bool stop_requested = false;  // GUARDED_BY(mu)
  std::unordered_map<Connection*, std::shared_ptr<Connection>> connections;  // GUARDED_BY(mu)

  std::mutex join_mu;   // held for the whole of Join(), so a second Stop() waits for it
  bool joined = false;  // GUARDED_BY(join_mu)
};

Status Server::Impl::Listen() {
  beast::error_code ec;
  net::ip::address address = net::ip::make_address(options.host, ec);
  if (ec) {
    tcp::resolver resolver(ioc);
    auto results = resolver.resolve(options.host, std::to_string(options.port), ec);
    if (ec || results.empty()) {
      const std::string why = ec ? ec.message() : "no address";
      return Status::InvalidArgument(
          "cannot resolve listen host \"" + options.host + "\": " + why,
          "无法解析监听地址“" + options.host + "”：" + why);
    }
    address = results.begin()->endpoint().address();
  }
  const tcp::endpoint endpoint(address, options.port);
  const std::string where = (address.is_v6() ? "[" + address.to_string() + "]"
                                             : address.to_string()) +
                            ":" + std::to_string(options.port);
  auto unavailable = [&where](std::string_view what, const beast::error_code& error) {
    return Status::Unavailable(
        "cannot " + std::string(what) + " " + where + ": " + error.message(),
        "无法在 " + where + " 上监听：" + error.message());
  };
  acceptor.open(endpoint.protocol(), ec);
  if (ec) return unavailable("open a socket for", ec);
  // Lets a restarted server bind while old connections sit in TIME_WAIT. On Linux it
  // does not allow two listeners on one port.
  acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (ec) return unavailable("set SO_REUSEADDR on", ec);
  acceptor.bind(endpoint, ec);
  if (ec) return unavailable("bind", ec);
  acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return unavailable("listen on", ec);
  const tcp::endpoint bound = acceptor.local_endpoint(ec);
  if (ec) return unavailable("read the bound port of", ec);
  port = bound.port();
  return Status::Ok();
}

void Server::Impl::Launch() {
  net::co_spawn(control, AcceptLoop(), net::detached);
  io_threads.reserve(static_cast<std::size_t>(options.io_threads));
  for (int i = 0; i < options.io_threads; ++i) {
    io_threads.emplace_back([this] { ioc.run(); });
  }
}

void Server::Impl::RequestStop() {
  std::vector<std::shared_ptr<Connection>> open;
  {
    std::lock_guard<std::mutex> lock(mu);
    if (stop_requested) return;
    stop_requested = true;
    stopping.store(true);  // before the posts below: a connection that misses the
                           // cancel sees the flag at its next loop turn
    open.reserve(connections.size());
    for (const auto& entry : connections) open.push_back(entry.second);
  }
  stop_requested_cv.notify_all();
  net::post(control, [this] {
    beast::error_code ignored;
    acceptor.close(ignored);
    if (signals) signals->cancel(ignored);
  });
  for (std::shared_ptr<Connection>& conn : open) {
    net::post(conn->stream.get_executor(), [conn] {
      if (!conn->busy) conn->stream.cancel();
    });
  }
}

void Server::Impl::Join() {
  std::lock_guard<std::mutex> lock(join_mu);
  if (joined) return;
  // The I/O threads return once every coroutine has ended: the accept loop on the closed
  // acceptor, connections on cancel or after their last response. A handler still
  // running holds work on its connection's strand, so they wait for it.
  for (std::thread& thread : io_threads) {
    if (thread.joinable()) thread.join();
  }
  workers.join();
  joined = true;
}

bool Server::Impl::OnOwnThread() {
  return ioc.get_executor().running_in_this_thread() ||
         workers.get_executor().running_in_this_thread();
}

net::awaitable<void> Server::Impl::AcceptLoop() {
  for (;;) {
    beast::error_code ec;
    // Each connection gets its own strand.
    auto socket =
        co_await acceptor.async_accept(net::make_strand(ioc), Redirect(ec));
    if (ec == net::error::operation_aborted || !acceptor.is_open()) co_return;
    if (ec) {
      net::steady_timer timer(control, kAcceptRetryDelay);
      co_await timer.async_wait(Redirect(ec));
      continue;
    }
    AddConnection(tcp::socket(std::move(socket)));
  }
}

void Server::Impl::AddConnection(tcp::socket socket) {
  beast::error_code ec;
  const tcp::endpoint remote = socket.remote_endpoint(ec);
  // Responses go out in one gather write; Nagle would only delay the last segment.
  socket.set_option(tcp::no_delay(true), ec);
  auto conn = std::make_shared<Connection>(std::move(socket));
  if (!ec) {
    net::ip::address address = remote.address();
    if (address.is_v6() && address.to_v6().is_v4_mapped()) {
      address = net::ip::make_address_v4(net::ip::v4_mapped, address.to_v6());
    }
    conn->remote_address = address.to_string();
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    if (stop_requested) return;  // `conn` closes the socket
    connections.emplace(conn.get(), conn);
  }
  net::co_spawn(conn->stream.get_executor(), Serve(conn), net::detached);
}

net::awaitable<void> Server::Impl::Serve(std::shared_ptr<Connection> conn) {
  // Leaves the registry however the coroutine ends (including by an exception, which
  // `detached` would swallow).
  struct Deregister {
    Impl* impl;
    Connection* conn;
    ~Deregister() {
      std::lock_guard<std::mutex> lock(impl->mu);
      impl->connections.erase(conn);
    }
  } deregister{this, conn.get()};

  beast::tcp_stream& stream = conn->stream;
  beast::flat_buffer buffer;
  bool first_request = true;
  while (!stopping.load()) {
    beast::error_code ec;
    if (!first_request && buffer.size() == 0) {
      // Idle between requests: the keep-alive timeout applies until the first byte.
      stream.expires_after(options.keep_alive_timeout);
      const std::size_t n =
          co_await stream.async_read_some(buffer.prepare(kIdleReadBytes), Redirect(ec));
      if (ec) break;  // idle too long, peer closed, or Stop
      buffer.commit(n);
    }
    first_request = false;

    // The header, then the body, each within read_timeout: a deadline for the whole
    // read, not for each byte, so trickling bytes does not keep a connection alive.
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(std::min<std::size_t>(
        options.max_header_bytes, std::numeric_limits<std::uint32_t>::max())));
    parser.body_limit(static_cast<std::uint64_t>(options.max_body_bytes));
    stream.expires_after(options.read_timeout);
    co_await bhttp::async_read_header(stream, buffer, parser, Redirect(ec));
    if (!ec && !parser.is_done()) {
      // The body is within the limit (Beast checked Content-Length); tell a client that
      // waits for permission to send it.
      if (Expects100Continue(parser.get())) {
        co_await net::async_write(stream, net::buffer(kContinueResponse), Redirect(ec));
      }
      if (!ec) {
        stream.expires_after(options.read_timeout);
        co_await bhttp::async_read(stream, buffer, parser, Redirect(ec));
      }
    }
    if (ec) {
      std::optional<Response> reply = ResponseForReadError(ec, options);
      if (reply) {
        auto out = ToWire(std::move(*reply), /*head=*/false, /*keep_alive=*/false);
        stream.expires_after(options.read_timeout);
        co_await bhttp::async_write(stream, out, Redirect(ec));
        if (!ec) co_await CloseGracefully(conn);
      }
      break;
    }

    conn->busy = true;
    bhttp::request<bhttp::string_body> message = parser.release();
    const bool head = message.method() == bhttp::verb::head;
    bool keep_alive = message.keep_alive();
    Request request;
    std::string why_en;
    std::string why_zh;
    Response response;
    if (ParseTarget(ToStd(message.target()), &request, &why_en, &why_zh)) {
      request.method = std::string(ToStd(message.method_string()));
      CopyHeaders(message, &request);
      request.body = std::move(message.body());
      request.remote_address = conn->remote_address;
      // The handler runs on a worker; this coroutine resumes on the connection's strand
      // when it is done. RunHandler never throws.
      response = co_await net::co_spawn(workers.get_executor(),
                                        RunHandler(&handler, std::move(request)),
                                        net::use_awaitable);
    } else {
      response = BadRequest(why_zh, why_en);
      keep_alive = false;
    }
    if (stopping.load()) keep_alive = false;

    auto out = ToWire(std::move(response), head, keep_alive);
    stream.expires_after(options.read_timeout);
    co_await bhttp::async_write(stream, out, Redirect(ec));
    conn->busy = false;
    if (ec) break;
    if (!keep_alive) {
      co_await CloseGracefully(conn);
      break;
    }
  }
  // `conn` (and with it the socket) is released when the last reference goes: here, or
  // in a Stop that is about to post its cancel.
}

net::awaitable<void> Server::Impl::CloseGracefully(std::shared_ptr<Connection> conn) {
  // Closing a socket with unread input makes the kernel send RST, which can destroy our
  // response before the client reads it (e.g. a 413 while the client is still sending
  // the body). So: send FIN, then read and discard until the client closes, for a
  // short while (the "lingering close" of Apache and nginx).
  beast::error_code ec;
  conn->stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  // While stopping, do not hold the shutdown up for the linger.
  if (ec || stopping.load()) co_return;
  conn->stream.expires_after(std::min<std::chrono::steady_clock::duration>(
      options.read_timeout, kMaxLinger));
  std::array<char, 4096> discard;
  while (!ec) {
    co_await conn->stream.async_read_some(net::buffer(discard), Redirect(ec));
  }
}

//------------------------------------------------------------------------------
// Server

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() { Stop(); }

Result<std::unique_ptr<Server>> Server::Start(const ServerOptions& options, Handler handler) {
  if (!handler) {
    return Status::InvalidArgument("the server's handler is empty", "服务器的请求处理函数为空");
  }
  if (options.io_threads < 1 || options.worker_threads < 1) {
    return Status::InvalidArgument("io_threads and worker_threads must be at least 1",
                                   "I/O 线程数和工作线程数必须至少为 1");
  }
  std::unique_ptr<Impl> impl;
  try {
    impl = std::make_unique<Impl>(options, std::move(handler));  // starts the workers
  } catch (const std::exception& e) {
    return Status::Unavailable(std::string("cannot start the server: ") + e.what(),
                               "无法启动服务器：" + std::string(e.what()));
  }
  Status status = impl->Listen();
  if (!status.ok()) return status;
  try {
    impl->Launch();
  } catch (const std::exception& e) {  // std::thread could not start a thread
    impl->RequestStop();
    impl->Join();
    return Status::Unavailable(std::string("cannot start the server's threads: ") + e.what(),
                               "无法启动服务器线程：" + std::string(e.what()));
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

uint16_t Server::port() const { return impl_->port; }

void Server::Stop() {
  impl_->RequestStop();
  if (impl_->OnOwnThread()) return;  // joining ourselves would deadlock
  impl_->Join();
}

void Server::Wait() {
  {
    std::unique_lock<std::mutex> lock(impl_->mu);
    impl_->stop_requested_cv.wait(lock, [this] { return impl_->stop_requested; });
  }
  Stop();
}

void Server::InstallSignalHandlers() {
  Impl& impl = *impl_;
  std::lock_guard<std::mutex> lock(impl.mu);
  if (impl.stop_requested || impl.signals) return;
  impl.signals.emplace(impl.control, SIGINT, SIGTERM);
  impl.signals->async_wait([&impl](const beast::error_code& ec, int /*signal*/) {
    if (!ec) impl.RequestStop();
  });
}

}  // namespace shanhai::http
