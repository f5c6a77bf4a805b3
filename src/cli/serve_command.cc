// `shanhai serve`: the HTTP server with the JSON API.

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <optional>

#include "api/api.h"
#include "auth/accounts.h"
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
    // Imports arrive as one request body; a 30,000-row XLSX is about 3 MB.
    int max_upload_mb = 64;
    bool quiet = false;
    std::string web;
  };
  auto o = std::make_shared<Options>();
  AddDbOption(*cmd, &o->db);
  cmd->add_option("--host", o->server.host, "监听地址 / address to listen on")->capture_default_str();
  cmd->add_option("--port", o->port, "端口 / port (0 picks a free one)")->capture_default_str()->check(CLI::Range(0, 65535));
  cmd->add_option("--threads", o->server.worker_threads, "处理线程数 / worker threads")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  cmd->add_option("--max-upload-mb", o->max_upload_mb, "上传文件大小上限（MB）/ largest request body, e.g. an import file (MB)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  cmd->add_flag("--quiet", o->quiet, "不输出访问日志 / no access log");
  cmd->add_option("--web", o->web,
                  "控制台静态文件目录（缺省为 $SHANHAI_WEB_DIR 或源码树的 web/dist）/ the built console to serve at / "
                  "(default $SHANHAI_WEB_DIR or web/dist of the source tree)");
  cmd->callback([o, exit_code] {
    auto ws = OpenWorkspaceOrReport(o->db);
    if (!ws) {
      *exit_code = kExitFailure;
      return;
    }
    api::ApiOptions api_options;
    api_options.catalog = ws->catalog;
    if (!o->web.empty()) {
      api_options.web_root = o->web;
    } else if (const char* env = std::getenv("SHANHAI_WEB_DIR"); env && *env) {
      api_options.web_root = env;
    } else {
      api_options.web_root = std::string(SHANHAI_SOURCE_DIR) + "/web/dist";
    }
    std::unique_ptr<api::Router> router = api::MakeApiRouter(*ws->ledger, api_options);
    o->server.port = static_cast<uint16_t>(o->port);
    o->server.max_body_bytes = static_cast<size_t>(o->max_upload_mb) << 20;
    api::Router* r = router.get();
    const bool quiet = o->quiet;
    auto server = http::Server::Start(o->server, [r, quiet](const http::Request& request) {
      auto start = std::chrono::steady_clock::now();
      http::Response response = r->Handle(request);
      if (!quiet) {
        auto us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
        // One access-log line per request, as operators expect from a web server.
        spdlog::info("{} {} {} {} {}B {:.1f}ms", request.remote_address, request.method, request.path, response.status,
                     response.body.size(), static_cast<double>(us.count()) / 1000.0);
      }
      return response;
    });
    if (!server.ok()) {
      *exit_code = ReportError(server.status());
      return;
    }
    (*server)->InstallSignalHandlers();
    // How to sign in: a demo database lists its accounts; a database without any says how
    // to make the first one (there is no built-in password).
    std::optional<std::string> demo;
    (void)ws->store->Read([&](store::Txn& txn) -> Status {
      auto v = txn.GetSetting("demo_accounts");
      if (v.ok()) demo = *v;
      return Status::Ok();
    });
    if (demo) {
      std::cout << *demo;
    } else if (auto any = auth::Accounts(*ws->store).HasUsers(); any.ok() && !*any) {
      std::cout << "尚无用户：请用 `shanhai user add --db " << o->db
                << " --username NAME --role national_admin` 创建第一个管理员（密码从标准输入读取）\n"
                << "no users yet: create the first administrator with `shanhai user add --db " << o->db
                << " --username NAME --role national_admin` (password on standard input)\n";
    }
    std::cout << "山海 shanhai serving " << o->db << " (" << ws->store->engine() << ") at http://" << o->server.host << ":"
              << (*server)->port() << "/" << std::endl;
    (*server)->Wait();
    std::cout << "stopped / 已停止" << std::endl;
  });
}

}  // namespace shanhai::cli
