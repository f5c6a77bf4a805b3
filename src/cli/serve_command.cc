// `shanhai serve`: the HTTP server with the JSON API.

#include <iostream>

#include "api/api.h"
#include "cli/command.h"
#include "http/server.h"
#include "ledger/ledger.h"

namespace shanhai::cli {

void AddServeCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("serve", "启动服务 / serve the API over HTTP");
  struct Options {
    std::string db = "shanhai.db";
    http::ServerOptions server;
    int port = 8080;
  };
  auto o = std::make_shared<Options>();
  AddDbOption(*cmd, &o->db);
  cmd->add_option("--host", o->server.host, "监听地址 / address to listen on")->capture_default_str();
  cmd->add_option("--port", o->port, "端口 / port (0 picks a free one)")->capture_default_str()->check(CLI::Range(0, 65535));
  cmd->add_option("--threads", o->server.worker_threads, "处理线程数 / worker threads")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  cmd->callback([o, exit_code] {
    auto store = OpenStoreOrReport(o->db);
    if (!store) {
      *exit_code = kExitFailure;
      return;
    }
    ledger::Ledger ledger(*store);
    std::unique_ptr<api::Router> router = api::MakeApiRouter(ledger, api::ApiOptions{});
    o->server.port = static_cast<uint16_t>(o->port);
    api::Router* r = router.get();
    auto server = http::Server::Start(o->server, [r](const http::Request& request) { return r->Handle(request); });
    if (!server.ok()) {
      *exit_code = ReportError(server.status());
      return;
    }
    (*server)->InstallSignalHandlers();
    std::cout << "山海 shanhai serving " << o->db << " (" << store->engine() << ") at http://" << o->server.host << ":"
              << (*server)->port() << "/" << std::endl;
    (*server)->Wait();
    std::cout << "stopped / 已停止" << std::endl;
  });
}

}  // namespace shanhai::cli
