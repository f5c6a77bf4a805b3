// The PostgreSQL half of store/backup.h: pg_dump -Fc into NAME.tmp (renamed into place
// once pg_restore can read it back), and pg_restore in one transaction into a new
// database. Both programs get the connection shanhai itself made, as resolved by libpq.

#include <libpq-fe.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <sstream>

#include "store/backup_engine.h"
#include "store/postgres/child_process.h"
#include "store/store.h"

namespace shanhai::store::internal {
namespace {

namespace fs = std::filesystem;

struct ConnCloser {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
using Conn = std::unique_ptr<PGconn, ConnCloser>;
using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

std::string Trimmed(const char* msg) {
  std::string s = msg ? msg : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

Result<Conn> Connect(const std::string& url) {
  char* error = nullptr;
  PQconninfoOption* parsed = PQconninfoParse(url.c_str(), &error);
  if (!parsed) {
    std::string msg = error ? Trimmed(error) : "out of memory";
    PQfreemem(error);
    return Status::InvalidArgument("malformed PostgreSQL URL: " + msg, "PostgreSQL 连接地址格式错误：" + msg);
  }
  PQconninfoFree(parsed);
  // As the store connects: keywords before "dbname" are defaults the URL may override.
  const char* const keys[] = {"connect_timeout", "fallback_application_name", "dbname", nullptr};
  const char* const values[] = {"10", "shanhai", url.c_str(), nullptr};
  Conn conn(PQconnectdbParams(keys, values, 1));
  if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
    std::string msg = conn ? Trimmed(PQerrorMessage(conn.get())) : "out of memory";
    return Status::Unavailable("cannot connect to PostgreSQL: " + msg, "无法连接 PostgreSQL 数据库：" + msg);
  }
  return conn;
}

Result<PgResult> Query(PGconn* conn, const std::string& sql) {
  PgResult res(PQexec(conn, sql.c_str()), &PQclear);
  if (!res || PQresultStatus(res.get()) != PGRES_TUPLES_OK)
    return Status::Internal("query: " + Trimmed(res ? PQresultErrorMessage(res.get()) : PQerrorMessage(conn)));
  return res;
}

std::string QuotedIdent(std::string_view name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// What a database holds in its current schema.
struct Contents {
  std::vector<std::string> tables;
  std::optional<int> version;  // shanhai's schema version; nullopt without schema_migrations
  bool rows = false;           // a row in a table other than schema_migrations and settings
};

Result<Contents> Inspect(PGconn* conn) {
  Contents c;
  SHANHAI_ASSIGN_OR_RETURN(PgResult tables,
                           Query(conn,
                                 "SELECT table_name FROM information_schema.tables "
                                 "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"));
  std::string any_rows;
  for (int i = 0; i < PQntuples(tables.get()); ++i) {
    std::string name = PQgetvalue(tables.get(), i, 0);
    if (name != "schema_migrations" && name != "settings")
      any_rows +=
          (any_rows.empty() ? "SELECT " : " OR ") + std::string("EXISTS (SELECT 1 FROM ") + QuotedIdent(name) + ")";
    c.tables.push_back(std::move(name));
  }
  for (const auto& t : c.tables) {
    if (t != "schema_migrations") continue;
    SHANHAI_ASSIGN_OR_RETURN(PgResult max, Query(conn, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    c.version = std::stoi(PQgetvalue(max.get(), 0, 0));
  }
  if (!any_rows.empty()) {
    SHANHAI_ASSIGN_OR_RETURN(PgResult rows, Query(conn, any_rows));
    c.rows = std::string_view(PQgetvalue(rows.get(), 0, 0)) == "t";
  }
  return c;
}

// The connection `conn` was made with, as a client program takes it: every setting but
// the secrets in a conninfo string for its --dbname (command lines are visible to other
// users of the machine), the password in PGPASSWORD (the environment is not).
struct ChildConnection {
  std::string conninfo;
  std::vector<std::string> env;
};

Result<ChildConnection> ForChild(PGconn* conn) {
  ChildConnection child;
  std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconninfo(conn), &PQconninfoFree);
  std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> defaults(PQconndefaults(), &PQconninfoFree);
  if (!options || !defaults) return Status::Internal("PQconninfo: out of memory");
  for (const PQconninfoOption* o = options.get(); o->keyword; ++o) {
    if (!o->val || !*o->val) continue;
    std::string_view key = o->keyword;
    // The child inherits this environment, so it arrives at the same defaults itself;
    // the database is always named, as pg_restore restores only when given one.
    bool is_default = false;
    for (const PQconninfoOption* d = defaults.get(); d->keyword; ++d)
      if (key == d->keyword) is_default = d->val && std::string_view(d->val) == o->val;
    if (is_default && key != "dbname") continue;
    if (key == "password") {
      child.env.push_back(std::string("PGPASSWORD=") + o->val);
      continue;
    }
    if (key == "sslpassword")
      return Status::InvalidArgument("an sslpassword in the URL cannot be handed to pg_dump/pg_restore safely",
                                     "连接地址中的 sslpassword 无法安全地交给 pg_dump/pg_restore");
    if (key == "fallback_application_name" || std::string_view(o->dispchar) == "D") continue;
    child.conninfo += (child.conninfo.empty() ? "" : " ") + std::string(key) + "='";
    for (const char* p = o->val; *p; ++p) {
      if (*p == '\'' || *p == '\\') child.conninfo += '\\';
      child.conninfo += *p;
    }
    child.conninfo += "'";
  }
  return child;
}

Status ProgramFailed(const std::string& program, const ChildOutput& run, std::string_view consequence_en,
                     std::string_view consequence_zh) {
  std::string code = std::to_string(run.exit_code);
  return Status::Unavailable(
      program + " failed (exit status " + code + "), " + std::string(consequence_en) + ": " + run.err,
      program + " 运行失败（退出码 " + code + "），" + std::string(consequence_zh) + "：" + run.err);
}

// The shanhai schema version recorded in the pg_dump archive at `path` (the data of its
// schema_migrations table, as pg_restore prints it), or nullopt when it has none.
// kInvalidArgument when pg_restore cannot read the file.
Result<std::optional<int>> ArchiveVersion(const std::string& path) {
  SHANHAI_ASSIGN_OR_RETURN(
      ChildOutput run,
      RunChild({PgProgram("pg_restore"), "--data-only", "--table=schema_migrations", "--file=-", path}, {}));
  if (run.exit_code != 0)
    return NotAShanhaiBackup(path, "pg_restore cannot read it: " + run.err, "pg_restore 无法读取：" + run.err);
  std::istringstream lines(run.out);
  std::string line;
  bool in_copy = false;
  std::optional<int> version;
  while (std::getline(lines, line)) {
    if (!in_copy) {
      in_copy = line.starts_with("COPY ") && line.find("schema_migrations (") != std::string::npos;
      if (in_copy) version = 0;
      continue;
    }
    if (line == "\\.") break;
    int v = std::atoi(line.substr(0, line.find('\t')).c_str());
    if (v > *version) version = v;
  }
  return version;
}

Status RefuseTarget(const std::string& why_en, const std::string& why_zh) {
  return Status::FailedPrecondition("the target database " + why_en + "; restore into a new, empty database (createdb)",
                                    "目标数据库" + why_zh + "；请恢复到新建的空数据库（createdb）");
}

}  // namespace

Result<BackupSummary> PostgresBackup(const std::string& url, const std::string& out_path,
                                     const BackupOptions& options) {
  SHANHAI_ASSIGN_OR_RETURN(Conn conn, Connect(url));
  SHANHAI_ASSIGN_OR_RETURN(Contents contents, Inspect(conn.get()));
  if (!contents.version)
    return Status::FailedPrecondition("the database is not a shanhai database", "该数据库不是山海数据库");
  SHANHAI_ASSIGN_OR_RETURN(ChildConnection child, ForChild(conn.get()));
  conn.reset();
  SHANHAI_ASSIGN_OR_RETURN(PendingFile out, PendingFile::Begin(out_path, options.force));
  const std::string program = PgProgram("pg_dump");
  SHANHAI_ASSIGN_OR_RETURN(
      ChildOutput run,
      RunChild({program, "--format=custom", "--file=" + out.temp_path(), "--dbname=" + child.conninfo}, child.env));
  if (run.exit_code != 0) return ProgramFailed("pg_dump", run, "no backup written", "未写入备份");
  // A backup is only worth keeping if it can be read back.
  SHANHAI_ASSIGN_OR_RETURN(std::optional<int> version, ArchiveVersion(out.temp_path()));
  if (!version) return Status::Internal("pg_dump wrote an archive without the schema_migrations table");
  SHANHAI_RETURN_IF_ERROR(out.Commit());
  BackupSummary summary;
  summary.engine = "postgresql";
  summary.schema_version = *version;
  std::error_code ec;
  summary.bytes = static_cast<int64_t>(fs::file_size(out_path, ec));
  return summary;
}

Result<BackupSummary> PostgresRestore(const std::string& backup_path, const std::string& url,
                                      const RestoreOptions& options) {
  if (options.force)
    return Status::FailedPrecondition(
        "--force replaces SQLite files only; for PostgreSQL drop and create the database (dropdb, createdb), then "
        "restore into the new one",
        "--force 只用于替换 SQLite 文件；PostgreSQL 请先删除并重建数据库（dropdb、createdb），再恢复到新库");
  SHANHAI_ASSIGN_OR_RETURN(BackupKind kind, DetectBackupKind(backup_path));
  if (kind == BackupKind::kSqlite)
    return Status::InvalidArgument(backup_path + " is a SQLite backup: restore it into a SQLite file (--db PATH)",
                                   backup_path + " 是 SQLite 备份，请恢复到 SQLite 文件（--db 文件路径）");
  if (kind != BackupKind::kPgDump)
    return NotAShanhaiBackup(backup_path, "neither a pg_dump archive nor a SQLite database",
                             "既不是 pg_dump 归档，也不是 SQLite 数据库");
  SHANHAI_ASSIGN_OR_RETURN(std::optional<int> version, ArchiveVersion(backup_path));
  if (!version)
    return NotAShanhaiBackup(backup_path, "a pg_dump archive without shanhai's tables",
                             "是 pg_dump 归档，但没有山海的表");
  SHANHAI_RETURN_IF_ERROR(CheckRestorableVersion("postgres", *version));

  SHANHAI_ASSIGN_OR_RETURN(Conn conn, Connect(url));
  SHANHAI_ASSIGN_OR_RETURN(Contents target, Inspect(conn.get()));
  // An empty shanhai schema (the database was opened once) is replaced by the backup's
  // when it is the same version, so that both hold the same tables and sequences.
  bool clean = !target.tables.empty();
  if (clean && !target.version) return RefuseTarget("holds tables of another program", "中已有其他程序的表");
  if (clean && target.rows) return RefuseTarget("already holds data", "已有数据");
  if (clean && *target.version != *version)
    return RefuseTarget(
        "holds an empty shanhai schema of version " + std::to_string(*target.version) + ", the backup is of version " +
            std::to_string(*version),
        "中已有版本 " + std::to_string(*target.version) + " 的空山海结构，而备份的版本是 " + std::to_string(*version));
  SHANHAI_ASSIGN_OR_RETURN(ChildConnection child, ForChild(conn.get()));
  conn.reset();

  std::vector<std::string> argv = {PgProgram("pg_restore"), "--no-owner", "--no-privileges", "--single-transaction",
                                   "--exit-on-error"};
  if (clean) argv.insert(argv.end(), {"--clean", "--if-exists"});
  argv.push_back("--dbname=" + child.conninfo);
  argv.push_back(backup_path);
  SHANHAI_ASSIGN_OR_RETURN(ChildOutput run, RunChild(argv, child.env));
  if (run.exit_code != 0) return ProgramFailed("pg_restore", run, "nothing was restored", "未恢复任何数据");

  auto store = Store::Open(url);
  if (!store.ok()) return store.status().WithPrefix("restored database: ", "恢复的数据库：");
  BackupSummary summary;
  summary.engine = "postgresql";
  summary.schema_version = *version;
  summary.restored_version = (*store)->schema_version();
  std::error_code ec;
  summary.bytes = static_cast<int64_t>(fs::file_size(backup_path, ec));
  return summary;
}

}  // namespace shanhai::store::internal
