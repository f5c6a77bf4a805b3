// The SQLite half of store/backup.h: SQLite's online backup API, from the live file
// into NAME.tmp, renamed into place once checked.

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "store/backup_engine.h"
#include "store/store.h"

namespace shanhai::store::internal {
namespace {

namespace fs = std::filesystem;

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Db = std::unique_ptr<sqlite3, DbCloser>;

// How long a copy waits for a lock it cannot get at once (beside the busy timeout).
constexpr auto kLockWait = std::chrono::seconds(30);

std::string Quoted(std::string_view name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

bool NotADatabase(sqlite3* db) { return (sqlite3_extended_errcode(db) & 0xff) == SQLITE_NOTADB; }

Status Engine(sqlite3* db, std::string_view what) {
  return Status::Internal(std::string(what) + ": " + sqlite3_errmsg(db));
}

enum class Mode { kRead, kReadWrite, kCreate };

Result<Db> Open(const std::string& path, Mode mode) {
  sqlite3* raw = nullptr;
  int flags = mode == Mode::kRead        ? SQLITE_OPEN_READONLY
              : mode == Mode::kReadWrite ? SQLITE_OPEN_READWRITE
                                         : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Db db(raw);
  if (rc != SQLITE_OK) {
    std::string msg = raw ? sqlite3_errmsg(raw) : "out of memory";
    return Status::Unavailable("cannot open database '" + path + "': " + msg, "无法打开数据库 '" + path + "'：" + msg);
  }
  sqlite3_busy_timeout(db.get(), 10000);
  return db;
}

Status Exec(sqlite3* db, const std::string& sql) {
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) return Engine(db, sql);
  return Status::Ok();
}

// The first column of every row of `sql`, as text.
Result<std::vector<std::string>> Column(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) return Engine(db, "prepare");
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(raw, &sqlite3_finalize);
  std::vector<std::string> values;
  int rc;
  while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt.get(), 0));
    values.emplace_back(text ? text : "");
  }
  if (rc != SQLITE_DONE) return Engine(db, "query");
  return values;
}

// The database's tables (SQLite's own excluded). kInvalidArgument when the file is not
// a SQLite database at all.
Result<std::vector<std::string>> Tables(sqlite3* db, const std::string& path) {
  auto tables =
      Column(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
  if (!tables.ok() && NotADatabase(db))
    return Status::InvalidArgument(path + " is not a SQLite database", path + " 不是 SQLite 数据库");
  return tables;
}

bool Contains(const std::vector<std::string>& names, std::string_view name) {
  for (const auto& n : names)
    if (n == name) return true;
  return false;
}

// The schema version of a shanhai database, or nullopt when the tables are not
// shanhai's (no schema_migrations).
Result<std::optional<int>> SchemaVersion(sqlite3* db, const std::vector<std::string>& tables) {
  if (!Contains(tables, "schema_migrations")) return std::optional<int>();
  SHANHAI_ASSIGN_OR_RETURN(auto max, Column(db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
  return std::optional<int>(max.empty() ? 0 : std::stoi(max.front()));
}

// Whether any table holds a row, apart from the bookkeeping every shanhai database
// has from its first open (the applied migrations; settings such as the ID salt).
Result<bool> HoldsRows(sqlite3* db, const std::vector<std::string>& tables) {
  for (const std::string& t : tables) {
    if (t == "schema_migrations" || t == "settings") continue;
    SHANHAI_ASSIGN_OR_RETURN(auto any, Column(db, "SELECT EXISTS (SELECT 1 FROM " + Quoted(t) + ")"));
    if (!any.empty() && any.front() == "1") return true;
  }
  return false;
}

// Copies every page of `from` into `to` in one step, so under one read transaction of
// `from` (the caller's, when it holds one): the copy is one moment of the source, and
// in WAL mode writers go on meanwhile. Retries while a lock is busy.
Status Copy(sqlite3* from, sqlite3* to) {
  sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
  if (!backup) return Engine(to, "backup");
  auto give_up = std::chrono::steady_clock::now() + kLockWait;
  int rc;
  while (true) {
    rc = sqlite3_backup_step(backup, -1);
    if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && std::chrono::steady_clock::now() < give_up) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      continue;
    }
    break;
  }
  int finished = sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) return Status::Internal(std::string("backup copy: ") + sqlite3_errstr(rc));
  if (finished != SQLITE_OK) return Engine(to, "backup copy");
  return Status::Ok();
}

Status QuickCheck(sqlite3* db, const std::string& what) {
  SHANHAI_ASSIGN_OR_RETURN(auto result, Column(db, "PRAGMA quick_check"));
  if (result.size() == 1 && result.front() == "ok") return Status::Ok();
  return Status::Internal("the copy " + what + " fails SQLite's integrity check: " +
                          (result.empty() ? std::string("no answer") : result.front()));
}

bool SameFile(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::equivalent(a, b, ec);
}

// Refuses a restore target that holds anything worth keeping: rows, another program's
// tables, or a file that is not a SQLite database.
Status CheckTargetEmpty(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec) || fs::file_size(path, ec) == 0) return Status::Ok();
  auto refuse = [&](const std::string& en, const std::string& zh) {
    return Status::FailedPrecondition(path + " " + en + "; restore into a new file, or give --force to replace it",
                                      path + " " + zh + "；请恢复到新文件，或加 --force 覆盖");
  };
  auto db = Open(path, Mode::kRead);
  if (!db.ok()) return db.status();
  auto tables = Tables(db->get(), path);
  if (!tables.ok()) {
    if (tables.status().code() == StatusCode::kInvalidArgument)
      return refuse("exists and is not a SQLite database", "已存在，且不是 SQLite 数据库");
    return tables.status();
  }
  if (tables->empty()) return Status::Ok();
  if (!Contains(*tables, "schema_migrations"))
    return refuse("is a SQLite database but not a shanhai one", "是 SQLite 数据库，但不是山海数据库");
  SHANHAI_ASSIGN_OR_RETURN(bool rows, HoldsRows(db->get(), *tables));
  if (rows) return refuse("already holds data", "已有数据");
  return Status::Ok();
}

}  // namespace

Result<BackupSummary> SqliteBackup(const std::string& db_path, const std::string& out_path,
                                   const BackupOptions& options) {
  std::error_code ec;
  if (!fs::is_regular_file(db_path, ec))
    return Status::NotFound("no SQLite database at " + db_path, "找不到 SQLite 数据库：" + db_path);
  if (SameFile(db_path, out_path))
    return Status::InvalidArgument("the backup cannot replace the database itself", "备份文件不能是数据库本身");
  SHANHAI_ASSIGN_OR_RETURN(PendingFile out, PendingFile::Begin(out_path, options.force));
  // Read-write only so that, should it be the last connection, closing it checkpoints
  // and removes the -wal and -shm files as every shanhai connection does; it writes
  // nothing.
  SHANHAI_ASSIGN_OR_RETURN(Db source, Open(db_path, Mode::kReadWrite));
  // The version is read in the same read transaction as the pages are copied in.
  SHANHAI_RETURN_IF_ERROR(Exec(source.get(), "BEGIN"));
  SHANHAI_ASSIGN_OR_RETURN(auto tables, Tables(source.get(), db_path));
  SHANHAI_ASSIGN_OR_RETURN(std::optional<int> version, SchemaVersion(source.get(), tables));
  if (!version) return Status::FailedPrecondition(db_path + " is not a shanhai database", db_path + " 不是山海数据库");
  {
    SHANHAI_ASSIGN_OR_RETURN(Db copy, Open(out.temp_path(), Mode::kCreate));
    SHANHAI_RETURN_IF_ERROR(Copy(source.get(), copy.get()));
    (void)Exec(source.get(), "COMMIT");
    // A file complete in itself, readable where no -wal/-shm can be made (a read-only
    // backup medium); Store::Open turns WAL back on when the file is restored.
    SHANHAI_RETURN_IF_ERROR(Exec(copy.get(), "PRAGMA journal_mode = DELETE"));
    SHANHAI_RETURN_IF_ERROR(QuickCheck(copy.get(), out.temp_path()));
  }
  SHANHAI_RETURN_IF_ERROR(out.Commit());
  BackupSummary summary;
  summary.engine = "sqlite";
  summary.schema_version = *version;
  summary.bytes = static_cast<int64_t>(fs::file_size(out_path, ec));
  return summary;
}

Result<BackupSummary> SqliteRestore(const std::string& backup_path, const std::string& db_path,
                                    const RestoreOptions& options) {
  SHANHAI_ASSIGN_OR_RETURN(BackupKind kind, DetectBackupKind(backup_path));
  if (kind == BackupKind::kPgDump)
    return Status::InvalidArgument(
        backup_path + " is a PostgreSQL backup (pg_dump archive): restore it into a postgresql:// database",
        backup_path + " 是 PostgreSQL 备份（pg_dump 归档），请恢复到 postgresql:// 数据库");
  if (kind != BackupKind::kSqlite)
    return NotAShanhaiBackup(backup_path, "neither a SQLite database nor a pg_dump archive",
                             "既不是 SQLite 数据库，也不是 pg_dump 归档");
  if (SameFile(backup_path, db_path))
    return Status::InvalidArgument("the backup and the target are the same file", "备份文件与目标数据库是同一个文件");

  SHANHAI_ASSIGN_OR_RETURN(Db source, Open(backup_path, Mode::kRead));
  SHANHAI_RETURN_IF_ERROR(Exec(source.get(), "BEGIN"));
  auto tables = Tables(source.get(), backup_path);
  if (!tables.ok() && tables.status().code() == StatusCode::kInvalidArgument)
    return NotAShanhaiBackup(backup_path, "a damaged SQLite file", "SQLite 文件已损坏");
  if (!tables.ok()) return tables.status();
  SHANHAI_ASSIGN_OR_RETURN(std::optional<int> version, SchemaVersion(source.get(), *tables));
  if (!version)
    return NotAShanhaiBackup(backup_path, "a SQLite database without shanhai's tables",
                             "是 SQLite 数据库，但没有山海的表");
  SHANHAI_RETURN_IF_ERROR(CheckRestorableVersion("sqlite", *version));
  if (!options.force) SHANHAI_RETURN_IF_ERROR(CheckTargetEmpty(db_path));

  SHANHAI_ASSIGN_OR_RETURN(PendingFile target, PendingFile::Begin(db_path, true));
  {
    SHANHAI_ASSIGN_OR_RETURN(Db copy, Open(target.temp_path(), Mode::kCreate));
    SHANHAI_RETURN_IF_ERROR(Copy(source.get(), copy.get()));
    SHANHAI_RETURN_IF_ERROR(QuickCheck(copy.get(), target.temp_path()));
  }
  (void)Exec(source.get(), "COMMIT");
  int restored_version = 0;
  {
    // Proves the copy a shanhai database and migrates an older backup, before it
    // replaces anything. Closing the store checkpoints and removes its WAL.
    auto store = Store::Open(target.temp_path());
    if (!store.ok()) return store.status().WithPrefix("restored copy: ", "恢复的副本：");
    restored_version = (*store)->schema_version();
  }
  // Side files of the file being replaced belong to it; SQLite would apply them to the
  // restored one.
  SHANHAI_RETURN_IF_ERROR(RemoveSqliteSideFiles(db_path));
  SHANHAI_RETURN_IF_ERROR(target.Commit());
  BackupSummary summary;
  summary.engine = "sqlite";
  summary.schema_version = *version;
  summary.restored_version = restored_version;
  std::error_code ec;
  summary.bytes = static_cast<int64_t>(fs::file_size(backup_path, ec));
  return summary;
}

}  // namespace shanhai::store::internal
