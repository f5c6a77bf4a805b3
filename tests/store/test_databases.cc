#include "tests/store/test_databases.h"

#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace shanhai::testdb {
namespace {

constexpr std::string_view kSqlite = "sqlite";
constexpr std::string_view kPostgres = "postgresql";

bool IsPostgresUrl(std::string_view url) {
  return url.starts_with("postgresql://") || url.starts_with("postgres://");
}

std::string PgAdminUrl() {
  const char* url = std::getenv("SHANHAI_TEST_PG_URL");
  return url ? url : "";
}

// `url` with its database name replaced by `db`:
// postgresql://user@host:port/old?opts → postgresql://user@host:port/db?opts.
std::string WithDatabase(const std::string& url, const std::string& db) {
  size_t authority = url.find("://") + 3;
  size_t path = url.find_first_of("/?", authority);
  if (path == std::string::npos) return url + "/" + db;
  size_t query = url.find('?', path);
  std::string rest = query == std::string::npos ? "" : url.substr(query);
  return url.substr(0, path) + "/" + db + rest;
}

struct PgConnCloser {
  void operator()(PGconn* c) const { PQfinish(c); }
};
using PgConn = std::unique_ptr<PGconn, PgConnCloser>;

Result<PgConn> PgConnect(const std::string& url) {
  PgConn conn(PQconnectdb(url.c_str()));
  if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
    std::string msg = conn ? PQerrorMessage(conn.get()) : "out of memory";
    return Status::Unavailable("test database server: " + msg, "测试数据库服务器不可用：" + msg);
  }
  return conn;
}

Result<RawRows> PgQuery(PGconn* conn, const std::string& sql) {
  std::unique_ptr<PGresult, decltype(&PQclear)> res(PQexec(conn, sql.c_str()), &PQclear);
  ExecStatusType st = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
    return Status::Internal(std::string("raw query failed: ") +
                            (res ? PQresultErrorMessage(res.get()) : PQerrorMessage(conn)));
  RawRows rows;
  for (int r = 0; r < PQntuples(res.get()); ++r) {
    auto& row = rows.emplace_back();
    for (int c = 0; c < PQnfields(res.get()); ++c) {
      if (PQgetisnull(res.get(), r, c)) {
        row.emplace_back();
      } else {
        row.emplace_back(std::string(PQgetvalue(res.get(), r, c), static_cast<size_t>(PQgetlength(res.get(), r, c))));
      }
    }
  }
  return rows;
}

Result<RawRows> SqliteQuery(const std::string& path, const std::string& sql) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> db(raw, &sqlite3_close_v2);
  if (rc != SQLITE_OK) return Status::Unavailable("cannot open " + path, "无法打开 " + path);
  sqlite3_busy_timeout(db.get(), 10000);
  RawRows rows;
  const char* tail = sql.c_str();
  while (*tail) {
    sqlite3_stmt* stmt_raw = nullptr;
    if (sqlite3_prepare_v2(db.get(), tail, -1, &stmt_raw, &tail) != SQLITE_OK)
      return Status::Internal(std::string("raw query failed: ") + sqlite3_errmsg(db.get()));
    if (!stmt_raw) continue;  // whitespace or a comment
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(stmt_raw, &sqlite3_finalize);
    rows.clear();
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
      auto& row = rows.emplace_back();
      for (int c = 0; c < sqlite3_column_count(stmt.get()); ++c) {
        if (sqlite3_column_type(stmt.get(), c) == SQLITE_NULL) {
          row.emplace_back();
        } else {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt.get(), c));
          row.emplace_back(std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt.get(), c))));
        }
      }
    }
    if (rc != SQLITE_DONE) return Status::Internal(std::string("raw query failed: ") + sqlite3_errmsg(db.get()));
  }
  return rows;
}

}  // namespace

std::vector<std::string> TestEngines() { return {std::string(kSqlite), std::string(kPostgres)}; }

std::string EngineUnavailableReason(std::string_view engine) {
  if (engine == kSqlite) return "";
  if (engine == kPostgres) {
    if (PgAdminUrl().empty())
      return "PostgreSQL not configured: set SHANHAI_TEST_PG_URL (eval \"$(scripts/pg start)\")";
    if (!IsPostgresUrl(PgAdminUrl())) return "SHANHAI_TEST_PG_URL must be a postgresql:// URL";
    return "";
  }
  return "unknown engine '" + std::string(engine) + "'";
}

bool MissingEngineIsFailure() {
  const char* ci = std::getenv("CI");
  return ci && std::string_view(ci) == "true";
}

std::string EngineParamName(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

Result<std::unique_ptr<TestDatabase>> TestDatabase::Create(std::string_view engine) {
  if (std::string reason = EngineUnavailableReason(engine); !reason.empty())
    return Status::Unavailable(reason, reason);
  if (engine == kSqlite) {
    std::error_code ec;
    std::filesystem::path base = std::filesystem::temp_directory_path(ec);
    if (ec) base = "/tmp";
    std::string dir = (base / "shanhai-test-XXXXXX").string();
    if (!mkdtemp(dir.data())) return Status::Unavailable("mkdtemp failed in " + base.string(), "无法创建临时目录");
    return std::unique_ptr<TestDatabase>(new TestDatabase(std::string(engine), dir + "/shanhai.db", dir));
  }

  static std::atomic<int> counter{0};
  const std::string name = "shanhai_t_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  SHANHAI_ASSIGN_OR_RETURN(PgConn admin, PgConnect(PgAdminUrl()));
  // A Chinese ICU collation where the server has ICU: text then sorts by pinyin unless
  // the store pins an order, as it would in a production database set up for China.
  auto created = PgQuery(admin.get(), "CREATE DATABASE " + name +
                                          " TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'zh-Hans-CN'");
  if (!created.ok()) {
    SHANHAI_ASSIGN_OR_RETURN(RawRows ignored, PgQuery(admin.get(), "CREATE DATABASE " + name));
  }
  return std::unique_ptr<TestDatabase>(new TestDatabase(std::string(engine), WithDatabase(PgAdminUrl(), name), name));
}

TestDatabase::~TestDatabase() {
  if (engine_ == kSqlite) {
    std::error_code ec;
    std::filesystem::remove_all(cleanup_, ec);
    return;
  }
  auto admin = PgConnect(PgAdminUrl());
  if (!admin.ok()) {
    ADD_FAILURE() << "cannot drop test database " << cleanup_ << ": " << admin.status().ToString();
    return;
  }
  auto dropped = PgQuery(admin->get(), "DROP DATABASE IF EXISTS " + cleanup_ + " WITH (FORCE)");
  if (!dropped.ok()) ADD_FAILURE() << "cannot drop test database " << cleanup_ << ": " << dropped.status().ToString();
}

Result<RawRows> RawQuery(const std::string& url, const std::string& sql) {
  if (!IsPostgresUrl(url)) return SqliteQuery(url, sql);
  SHANHAI_ASSIGN_OR_RETURN(PgConn conn, PgConnect(url));
  return PgQuery(conn.get(), sql);
}

}  // namespace shanhai::testdb
