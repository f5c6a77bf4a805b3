#include "http/server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace shanhai::http {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

// One parsed HTTP response as the client saw it.
struct Reply {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
};

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// A blocking TCP client on 127.0.0.1. Every socket call gives up after 30 s so that a
// broken server fails a test instead of hanging it; no test asserts how fast anything is.
class Client {
 public:
  explicit Client(uint16_t port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    timeval limit{};
    limit.tv_sec = 30;
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof(limit));
    ::setsockopt(fd_, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof(limit));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    connected_ =
        ::connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0;
  }
  ~Client() { ::close(fd_); }
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  bool connected() const { return connected_; }
  int fd() const { return fd_; }

  bool Send(std::string_view data) {
    while (!data.empty()) {
      const ssize_t n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
      if (n <= 0) return false;
      data.remove_prefix(static_cast<size_t>(n));
    }
    return true;
  }

  // Reads one response. With `head`, the body is not read whatever Content-Length says.
  // nullopt if the connection ends or fails first.
  std::optional<Reply> ReadResponse(bool head = false) {
    size_t end;
    while ((end = pending_.find("\r\n\r\n")) == std::string::npos) {
      if (!Fill()) return std::nullopt;
    }
    const std::string head_text = pending_.substr(0, end);
    pending_.erase(0, end + 4);
    Reply reply;
    size_t line_end = head_text.find("\r\n");
    const std::string status_line = head_text.substr(0, line_end);
    if (status_line.rfind("HTTP/1.1 ", 0) != 0 || status_line.size() < 12) return std::nullopt;
    reply.status = std::stoi(status_line.substr(9, 3));
    while (line_end != std::string::npos) {
      const size_t start = line_end + 2;
      line_end = head_text.find("\r\n", start);
      const std::string line = head_text.substr(start, line_end - start);
      const size_t colon = line.find(':');
      if (colon == std::string::npos) return std::nullopt;
      std::string value = line.substr(colon + 1);
      while (!value.empty() && value.front() == ' ') value.erase(0, 1);
      reply.headers[Lower(line.substr(0, colon))] = value;
    }
    size_t length = 0;
    auto it = reply.headers.find("content-length");
    if (!head && it != reply.headers.end()) length = std::stoul(it->second);
    while (pending_.size() < length) {
      if (!Fill()) return std::nullopt;
    }
    reply.body = pending_.substr(0, length);
    pending_.erase(0, length);
    return reply;
  }

  // Reads until the server closes the connection. Returns true on a clean end of stream
  // (or a reset: the server closed while we still had bytes in flight), false if the
  // read timed out. `*rest` gets whatever arrived before the end.
  bool ReadUntilClosed(std::string* rest) {
    for (;;) {
      char buf[4096];
      const ssize_t n = ::recv(fd_, buf, sizeof(buf), 0);
      if (n > 0) {
        pending_.append(buf, static_cast<size_t>(n));
        continue;
      }
      *rest = std::move(pending_);
      pending_.clear();
      return n == 0 || errno == ECONNRESET;
    }
  }

 private:
  bool Fill() {
    char buf[4096];
    const ssize_t n = ::recv(fd_, buf, sizeof(buf), 0);
    if (n <= 0) return false;
    pending_.append(buf, static_cast<size_t>(n));
    return true;
  }

  int fd_ = -1;
  bool connected_ = false;
  std::string pending_;  // bytes received beyond the last response read
};

std::string Get(std::string_view target, std::string_view extra_headers = "") {
  return "GET " + std::string(target) + " HTTP/1.1\r\nHost: test\r\n" +
         std::string(extra_headers) + "\r\n";
}

std::string Post(std::string_view target, std::string_view body,
                 std::string_view extra_headers = "") {
  return "POST " + std::string(target) + " HTTP/1.1\r\nHost: test\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n" + std::string(extra_headers) + "\r\n" +
         std::string(body);
}

// The envelope's code, or "" if the body is not an error envelope with an empty
// "fields" array and both messages.
std::string ErrorCode(const Reply& reply) {
  const json body = json::parse(reply.body, nullptr, /*allow_exceptions=*/false);
  if (!body.is_object() || !body.contains("error")) return "";
  const json& error = body["error"];
  if (!error.contains("message") || !error.contains("message_en") ||
      !error.contains("fields") || !error["fields"].is_array() || !error["fields"].empty()) {
    return "";
  }
  return error.value("code", "");
}

// A one-shot gate: handlers block on it until the test opens it (or 30 s pass, so a
// broken test cannot hang the binary).
class Gate {
 public:
  void Open() {
    std::lock_guard<std::mutex> lock(mu_);
    open_ = true;
    cv_.notify_all();
  }
  bool WaitOpen() {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, 30s, [this] { return open_; });
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool open_ = false;
};

// Counts arrivals and lets a waiter block until `n` have arrived (30 s cap).
class Counter {
 public:
  void Arrive() {
    std::lock_guard<std::mutex> lock(mu_);
    ++count_;
    cv_.notify_all();
  }
  bool WaitFor(int n) {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, 30s, [&] { return count_ >= n; });
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  int count_ = 0;
};

class ServerTest : public ::testing::Test {
 protected:
  // Starts the server on a free port with Route as the handler.
  void StartServer(ServerOptions options = {}) {
    options.port = 0;
    auto server = Server::Start(options, [this](const Request& r) { return Route(r); });
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = std::move(*server);
  }

  Response Route(const Request& request) {
    ++calls_;
    if (request.path == "/throw") throw std::runtime_error("handler bug");
    if (request.path == "/sleep") {
      std::this_thread::sleep_for(200ms);
    } else if (request.path == "/fixed") {
      return Response::Json(200, R"({"ok":true})");
    } else if (request.path == "/no-content") {
      Response response;
      response.status = 204;
      return response;
    } else if (request.path == "/headers") {
      Response response = Response::Json(200, "{}");
      response.headers["Cache-Control"] = "no-store";
      response.headers["Content-Length"] = "999";  // the server's own value wins
      response.headers["X-Split"] = "a\r\nInjected: yes";
      return response;
    } else if (request.path == "/block") {
      entered_.Arrive();
      gate_.WaitOpen();
    } else if (request.path == "/rendezvous") {
      // Succeeds only if 4 handlers run at the same time.
      rendezvous_.Arrive();
      const bool met = rendezvous_.WaitFor(4);
      return Response::Json(met ? 200 : 503, "{}");
    }
    json echo;
    echo["method"] = request.method;
    echo["path"] = request.path;
    echo["query"] = request.query;
    echo["headers"] = request.headers;
    echo["body"] = request.body;
    echo["remote"] = request.remote_address;
    return Response::Json(200, echo.dump());
  }

  // Stops the server before the state its handler uses goes away.
  void TearDown() override {
    gate_.Open();
    if (server_) server_->Stop();
  }

  uint16_t port() const { return server_->port(); }

  std::atomic<int> calls_{0};
  Gate gate_;
  Counter entered_;
  Counter rendezvous_;
  std::unique_ptr<Server> server_;  // last: destroyed first
};

TEST_F(ServerTest, GetRoundTripDecodesPathQueryAndHeaders) {
  StartServer();
  Client client(port());
  ASSERT_TRUE(client.connected());
  ASSERT_TRUE(client.Send(
      Get("/api/v1/%E4%B8%9C%E8%A5%BF%20x+y?name=a+b%26c&empty=&flag&k=1&k=2&%E5%8E%BF=%E5%B8%82",
          "X-Custom-Header: Foo\r\nAccept: a\r\nAccept: b\r\n")));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
  const json echo = json::parse(reply->body);
  EXPECT_EQ(echo["method"], "GET");
  EXPECT_EQ(echo["path"], "/api/v1/东西 x+y");  // '+' is literal in a path
  EXPECT_EQ(echo["query"]["name"], "a b&c");
  EXPECT_EQ(echo["query"]["empty"], "");
  EXPECT_EQ(echo["query"]["flag"], "");
  EXPECT_EQ(echo["query"]["k"], "2");  // the last value wins
  EXPECT_EQ(echo["query"]["县"], "市");
  EXPECT_EQ(echo["headers"]["x-custom-header"], "Foo");
  EXPECT_EQ(echo["headers"]["accept"], "a, b");
  EXPECT_EQ(echo["headers"]["host"], "test");
  EXPECT_EQ(echo["remote"], "127.0.0.1");
  EXPECT_EQ(echo["body"], "");

  EXPECT_EQ(reply->headers["server"], "shanhai");
  EXPECT_EQ(reply->headers["connection"], "keep-alive");
  EXPECT_EQ(reply->headers["content-type"], "application/json; charset=utf-8");
  EXPECT_EQ(reply->headers["content-length"], std::to_string(reply->body.size()));
  const std::string& date = reply->headers["date"];
  EXPECT_EQ(date.size(), std::string("Sun, 06 Nov 1994 08:49:37 GMT").size()) << date;
  EXPECT_EQ(date.substr(date.size() - 4), " GMT") << date;
}

TEST_F(ServerTest, TwoRequestsOnOneKeepAliveConnection) {
  StartServer();
  Client client(port());
  ASSERT_TRUE(client.Send(Get("/first")));
  std::optional<Reply> first = client.ReadResponse();
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(json::parse(first->body)["path"], "/first");
  EXPECT_EQ(first->headers["connection"], "keep-alive");

  ASSERT_TRUE(client.Send(Post("/second", "hello 世界")));
  std::optional<Reply> second = client.ReadResponse();
  ASSERT_TRUE(second.has_value());
  const json echo = json::parse(second->body);
  EXPECT_EQ(echo["method"], "POST");
  EXPECT_EQ(echo["path"], "/second");
  EXPECT_EQ(echo["body"], "hello 世界");
  EXPECT_EQ(calls_.load(), 2);
}

TEST_F(ServerTest, PipelinedRequestsAreAnsweredInOrder) {
  StartServer();
  Client client(port());
  ASSERT_TRUE(client.Send(Get("/one") + Post("/two", "2") + Get("/three")));
  for (const char* path : {"/one", "/two", "/three"}) {
    std::optional<Reply> reply = client.ReadResponse();
    ASSERT_TRUE(reply.has_value()) << path;
    EXPECT_EQ(json::parse(reply->body)["path"], path);
  }
}

TEST_F(ServerTest, ConnectionCloseClosesAfterTheResponse) {
  StartServer();
  Client client(port());
  ASSERT_TRUE(client.Send(Get("/bye", "Connection: close\r\n")));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->headers["connection"], "close");
  std::string rest;
  EXPECT_TRUE(client.ReadUntilClosed(&rest));
  EXPECT_EQ(rest, "");
}

TEST_F(ServerTest, Http10ClosesUnlessKeepAliveIsAsked) {
  StartServer();
  {
    Client client(port());
    ASSERT_TRUE(client.Send("GET /old HTTP/1.0\r\n\r\n"));
    std::optional<Reply> reply = client.ReadResponse();
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->headers["connection"], "close");
    std::string rest;
    EXPECT_TRUE(client.ReadUntilClosed(&rest));
  }
  {
    Client client(port());
    ASSERT_TRUE(client.Send("GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
    std::optional<Reply> reply = client.ReadResponse();
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->headers["connection"], "keep-alive");
    ASSERT_TRUE(client.Send("GET /again HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
    EXPECT_TRUE(client.ReadResponse().has_value());
  }
}

TEST_F(ServerTest, HeadSendsContentLengthButNoBody) {
  StartServer();
  Client client(port());
  ASSERT_TRUE(client.Send("HEAD /fixed HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n"));
  std::optional<Reply> reply = client.ReadResponse(/*head=*/true);
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->headers["content-length"], std::to_string(std::string(R"({"ok":true})").size()));
  std::string rest;
  EXPECT_TRUE(client.ReadUntilClosed(&rest));
  EXPECT_EQ(rest, "") << "HEAD response carried a body";
  EXPECT_EQ(calls_.load(), 1);
}

TEST_F(ServerTest, NoContentHasNeitherBodyNorContentLength) {
  StartServer();
  Client client(port());
  ASSERT_TRUE(client.Send(Get("/no-content") + Get("/fixed")));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 204);
  EXPECT_EQ(reply->headers.count("content-length"), 0u);
  EXPECT_EQ(reply->headers.count("content-type"), 0u);
  // The next response starts right after the 204's header block.
  std::optional<Reply> next = client.ReadResponse();
  ASSERT_TRUE(next.has_value());
  EXPECT_EQ(next->body, R"({"ok":true})");
}

TEST_F(ServerTest, HandlerHeadersAreSentButServerOwnsFraming) {
  StartServer();
  Client client(port());
  ASSERT_TRUE(client.Send(Get("/headers")));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->headers["cache-control"], "no-store");
  EXPECT_EQ(reply->headers["content-length"], "2");
  EXPECT_EQ(reply->body, "{}");
  EXPECT_EQ(reply->headers.count("injected"), 0u);
  EXPECT_EQ(reply->headers["x-split"], "a  Injected: yes");
}

TEST_F(ServerTest, BodyOverLimitIs413AndHandlerIsNotCalled) {
  ServerOptions options;
  options.max_body_bytes = 1024;
  StartServer(options);
  Client client(port());
  ASSERT_TRUE(client.Send(Post("/upload", std::string(4096, 'x'))));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 413);
  EXPECT_EQ(reply->headers["connection"], "close");
  EXPECT_EQ(reply->headers["content-type"], "application/json; charset=utf-8");
  EXPECT_EQ(reply->body,
            R"json({"error":{"code":"payload_too_large","message":"请求体过大（上限 1 KiB）",)json"
            R"json("message_en":"request body too large (limit 1 KiB)","fields":[]}})json");
  std::string rest;
  EXPECT_TRUE(client.ReadUntilClosed(&rest));
  EXPECT_EQ(calls_.load(), 0);
}

TEST_F(ServerTest, ChunkedBodyOverLimitIs413) {
  ServerOptions options;
  options.max_body_bytes = 1024;
  StartServer(options);
  Client client(port());
  const std::string chunk(800, 'y');
  ASSERT_TRUE(client.Send("POST /upload HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "320\r\n" + chunk + "\r\n320\r\n" + chunk + "\r\n0\r\n\r\n"));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 413);
  EXPECT_EQ(ErrorCode(*reply), "payload_too_large");
  EXPECT_EQ(calls_.load(), 0);
}

TEST_F(ServerTest, DefaultBodyLimitEnvelopeMatchesTheApiShape) {
  StartServer();  // 8 MiB
  Client client(port());
  // Only the header: the limit is enforced from Content-Length before any body is read.
  ASSERT_TRUE(client.Send("PUT /upload HTTP/1.1\r\nHost: test\r\nContent-Length: " +
                          std::to_string((8 << 20) + 1) + "\r\n\r\n"));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 413);
  EXPECT_EQ(reply->body,
            R"json({"error":{"code":"payload_too_large","message":"请求体过大（上限 8 MiB）",)json"
            R"json("message_en":"request body too large (limit 8 MiB)","fields":[]}})json");
}

TEST_F(ServerTest, BodyAtTheLimitIsAccepted) {
  ServerOptions options;
  options.max_body_bytes = 1024;
  StartServer(options);
  Client client(port());
  ASSERT_TRUE(client.Send(Post("/upload", std::string(1024, 'z'))));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(json::parse(reply->body)["body"].get<std::string>().size(), 1024u);
}

TEST_F(ServerTest, ExpectContinueGets100BeforeTheBody) {
  StartServer();
  Client client(port());
  ASSERT_TRUE(client.Send(
      "POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n"));
  std::optional<Reply> interim = client.ReadResponse();
  ASSERT_TRUE(interim.has_value());
  EXPECT_EQ(interim->status, 100);
  ASSERT_TRUE(client.Send("hello"));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(json::parse(reply->body)["body"], "hello");
}

TEST_F(ServerTest, HeaderOverLimitIs431) {
  ServerOptions options;
  options.max_header_bytes = 1024;
  StartServer(options);
  Client client(port());
  ASSERT_TRUE(client.Send(Get("/", "X-Big: " + std::string(2000, 'h') + "\r\n")));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 431);
  EXPECT_EQ(ErrorCode(*reply), "payload_too_large");
  EXPECT_EQ(calls_.load(), 0);
}

TEST_F(ServerTest, MalformedRequestLineIs400AndCloses) {
  StartServer();
  Client client(port());
  ASSERT_TRUE(client.Send("this is not http\r\n\r\n"));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 400);
  EXPECT_EQ(ErrorCode(*reply), "bad_request");
  EXPECT_EQ(reply->headers["connection"], "close");
  std::string rest;
  EXPECT_TRUE(client.ReadUntilClosed(&rest));
  EXPECT_EQ(calls_.load(), 0);
}

TEST_F(ServerTest, BadPercentEncodingIs400) {
  StartServer();
  for (const char* target : {"/a%zz", "/a%4", "/ok?x=%g1", "/nul%00byte", "relative"}) {
    Client client(port());
    ASSERT_TRUE(client.Send(Get(target)));
    std::optional<Reply> reply = client.ReadResponse();
    ASSERT_TRUE(reply.has_value()) << target;
    EXPECT_EQ(reply->status, 400) << target;
    EXPECT_EQ(ErrorCode(*reply), "bad_request") << target;
  }
  EXPECT_EQ(calls_.load(), 0);
}

TEST_F(ServerTest, SilentClientIsDisconnectedAfterReadTimeout) {
  ServerOptions options;
  options.read_timeout = 1s;
  StartServer(options);
  Client client(port());
  ASSERT_TRUE(client.connected());
  // Blocks until the server hangs up: end of stream, no response.
  char byte;
  EXPECT_EQ(::recv(client.fd(), &byte, 1, 0), 0) << std::strerror(errno);
}

TEST_F(ServerTest, TricklingHeadersAreDisconnected) {
  ServerOptions options;
  options.read_timeout = 1s;
  StartServer(options);
  Client client(port());
  ASSERT_TRUE(client.Send("GET / HTTP/1.1\r\n"));
  // Slow-loris: one more header byte every 100 ms, never finishing the header block.
  // The server must hang up although bytes keep arriving. (The 300 rounds are only a
  // cap so that a broken server fails instead of hanging.)
  bool closed = false;
  for (int round = 0; round < 300 && !closed; ++round) {
    if (!client.Send("X")) break;  // the server's close already reset us
    pollfd watch{client.fd(), POLLIN, 0};
    if (::poll(&watch, 1, 100) > 0) {
      char byte;
      const ssize_t n = ::recv(client.fd(), &byte, 1, 0);
      EXPECT_LE(n, 0) << "the server answered a request it never received";
      closed = true;
    }
  }
  if (!closed) {
    std::string rest;
    closed = client.ReadUntilClosed(&rest);
  }
  EXPECT_TRUE(closed);
  EXPECT_EQ(calls_.load(), 0);
}

TEST_F(ServerTest, IdleKeepAliveConnectionIsClosed) {
  ServerOptions options;
  options.keep_alive_timeout = 1s;
  StartServer(options);
  Client client(port());
  ASSERT_TRUE(client.Send(Get("/fixed")));
  ASSERT_TRUE(client.ReadResponse().has_value());
  std::string rest;
  EXPECT_TRUE(client.ReadUntilClosed(&rest));
  EXPECT_EQ(rest, "");
}

TEST_F(ServerTest, ThrowingHandlerBecomes500AndConnectionSurvives) {
  StartServer();
  Client client(port());
  ASSERT_TRUE(client.Send(Get("/throw")));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 500);
  EXPECT_EQ(ErrorCode(*reply), "internal");
  ASSERT_TRUE(client.Send(Get("/fixed")));
  std::optional<Reply> next = client.ReadResponse();
  ASSERT_TRUE(next.has_value());
  EXPECT_EQ(next->status, 200);
}

TEST_F(ServerTest, ConcurrentSlowRequestsAllComplete) {
  StartServer();
  constexpr int kClients = 8;
  std::vector<int> statuses(kClients, 0);
  std::vector<std::thread> threads;
  for (int i = 0; i < kClients; ++i) {
    threads.emplace_back([this, i, &statuses] {
      Client client(port());
      if (!client.Send(Get("/sleep?client=" + std::to_string(i)))) return;
      std::optional<Reply> reply = client.ReadResponse();
      if (reply && json::parse(reply->body)["query"]["client"] == std::to_string(i)) {
        statuses[static_cast<size_t>(i)] = reply->status;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int i = 0; i < kClients; ++i) EXPECT_EQ(statuses[static_cast<size_t>(i)], 200) << i;
  EXPECT_EQ(calls_.load(), kClients);
}

TEST_F(ServerTest, HandlersRunInParallelOnTheWorkerPool) {
  ServerOptions options;
  options.worker_threads = 4;
  StartServer(options);
  // Each /rendezvous handler waits until all four are inside: only possible if four
  // run at once.
  std::vector<int> statuses(4, 0);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < statuses.size(); ++i) {
    threads.emplace_back([this, i, &statuses] {
      Client client(port());
      if (!client.Send(Get("/rendezvous"))) return;
      std::optional<Reply> reply = client.ReadResponse();
      if (reply) statuses[i] = reply->status;
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int status : statuses) EXPECT_EQ(status, 200);
}

TEST_F(ServerTest, BlockedHandlerDoesNotStallIo) {
  ServerOptions options;
  options.worker_threads = 1;
  options.io_threads = 1;
  options.max_body_bytes = 16;
  StartServer(options);
  Client blocked(port());
  ASSERT_TRUE(blocked.Send(Get("/block")));
  ASSERT_TRUE(entered_.WaitFor(1));
  // The only worker is busy; requests the I/O side answers alone still get answers.
  {
    Client other(port());
    ASSERT_TRUE(other.Send(Post("/upload", std::string(100, 'x'))));
    std::optional<Reply> reply = other.ReadResponse();
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->status, 413);
  }
  {
    Client other(port());
    ASSERT_TRUE(other.Send("garbage\r\n\r\n"));
    std::optional<Reply> reply = other.ReadResponse();
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->status, 400);
  }
  gate_.Open();
  std::optional<Reply> reply = blocked.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
}

TEST_F(ServerTest, StopIsIdempotentAndReleasesThePort) {
  StartServer();
  const uint16_t old_port = port();
  Client idle(old_port);
  ASSERT_TRUE(idle.Send(Get("/fixed")));
  ASSERT_TRUE(idle.ReadResponse().has_value());

  server_->Stop();  // must not wait for the idle keep-alive connection to time out
  server_->Stop();
  EXPECT_EQ(server_->port(), old_port);
  std::string rest;
  EXPECT_TRUE(idle.ReadUntilClosed(&rest));  // Stop closed it
  EXPECT_FALSE(Client(old_port).connected());

  ServerOptions options;
  options.port = old_port;
  auto again = Server::Start(options, [](const Request&) { return Response::Json(200, "{}"); });
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ((*again)->port(), old_port);
  Client client(old_port);
  ASSERT_TRUE(client.Send(Get("/")));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
  (*again)->Stop();
}

TEST_F(ServerTest, StopLetsARunningRequestFinish) {
  StartServer();
  Client client(port());
  ASSERT_TRUE(client.Send(Get("/block")));
  ASSERT_TRUE(entered_.WaitFor(1));
  std::thread stopper([this] { server_->Stop(); });
  // Once the listening socket is closed, Stop has begun (and is waiting for the
  // handler). The 3000 tries only cap a broken server.
  for (int tries = 0; tries < 3000 && Client(port()).connected(); ++tries) {
    std::this_thread::sleep_for(10ms);
  }
  EXPECT_FALSE(Client(port()).connected());
  gate_.Open();
  std::optional<Reply> reply = client.ReadResponse();
  stopper.join();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->headers["connection"], "close");
}

TEST_F(ServerTest, StopFromInsideAHandlerDoesNotDeadlock) {
  ServerOptions options;
  options.port = 0;
  std::unique_ptr<Server>* slot = &server_;
  auto server = Server::Start(options, [slot](const Request&) {
    (*slot)->Stop();  // only starts the shutdown
    return Response::Json(200, "{}");
  });
  ASSERT_TRUE(server.ok());
  server_ = std::move(*server);
  Client client(port());
  ASSERT_TRUE(client.Send(Get("/")));
  std::optional<Reply> reply = client.ReadResponse();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->headers["connection"], "close");
  server_->Wait();  // returns: the stop was requested; Wait joins
}

TEST(ServerStartTest, PortInUseIsUnavailable) {
  auto first = Server::Start({.port = 0}, [](const Request&) { return Response(); });
  ASSERT_TRUE(first.ok());
  ServerOptions options;
  options.port = (*first)->port();
  auto second = Server::Start(options, [](const Request&) { return Response(); });
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), StatusCode::kUnavailable);
}

TEST(ServerStartTest, InvalidOptionsAreRejected) {
  auto no_handler = Server::Start({.port = 0}, Handler());
  ASSERT_FALSE(no_handler.ok());
  EXPECT_EQ(no_handler.status().code(), StatusCode::kInvalidArgument);

  ServerOptions options;
  options.port = 0;
  options.worker_threads = 0;
  auto no_workers = Server::Start(options, [](const Request&) { return Response(); });
  ASSERT_FALSE(no_workers.ok());
  EXPECT_EQ(no_workers.status().code(), StatusCode::kInvalidArgument);
}

TEST(ServerStartTest, WaitReturnsAfterStopFromAnotherThread) {
  auto server = Server::Start({.port = 0}, [](const Request&) { return Response(); });
  ASSERT_TRUE(server.ok());
  Server& s = **server;
  std::thread stopper([&s] { s.Stop(); });
  s.Wait();
  stopper.join();
  EXPECT_FALSE(Client(s.port()).connected());
}

TEST(ServerStartTest, SigtermStopsTheServerAndWaitReturns) {
  auto server = Server::Start({.port = 0}, [](const Request&) { return Response(); });
  ASSERT_TRUE(server.ok());
  Server& s = **server;
  s.InstallSignalHandlers();
  ASSERT_EQ(std::raise(SIGTERM), 0);  // would kill the test binary without the handler
  s.Wait();
  EXPECT_FALSE(Client(s.port()).connected());
}

TEST(RequestTest, QueryAndHeaderLookups) {
  Request request;
  request.query["page"] = "2";
  request.headers["content-type"] = "text/csv";
  EXPECT_EQ(request.Query("page"), "2");
  EXPECT_FALSE(request.Query("size").has_value());
  EXPECT_EQ(request.Header("content-type"), "text/csv");
  EXPECT_EQ(request.Header("Content-Type"), "text/csv");
  EXPECT_FALSE(request.Header("accept").has_value());
}

TEST(ResponseTest, JsonSetsStatusTypeAndBody) {
  Response response = Response::Json(201, R"({"id":3})");
  EXPECT_EQ(response.status, 201);
  EXPECT_EQ(response.content_type, "application/json; charset=utf-8");
  EXPECT_EQ(response.body, R"({"id":3})");
  EXPECT_TRUE(response.headers.empty());
}

}  // namespace
}  // namespace shanhai::http
