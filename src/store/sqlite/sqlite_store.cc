#include "store/sqlite/sqlite_store.h"

#include <sqlite3.h>

#include <ctime>
#include <mutex>
#include <vector>

#include "base/clock.h"
#include "store/migrations.h"
#include "store/sql_builder.h"

namespace shanhai::store::internal {
namespace {

using model::FieldKind;
using model::Record;
using model::RecordType;
using model::Value;

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Db = std::unique_ptr<sqlite3, DbCloser>;

Status Engine(sqlite3* db, std::string_view what) {
  int ext = sqlite3_extended_errcode(db);
  std::string msg = std::string(what) + ": " + sqlite3_errmsg(db);
  if (ext == SQLITE_CONSTRAINT_PRIMARYKEY || ext == SQLITE_CONSTRAINT_UNIQUE)
    return Status::AlreadyExists(msg, "记录已存在（编号或唯一键重复）");
  if (ext == SQLITE_CONSTRAINT_CHECK || ext == SQLITE_CONSTRAINT_NOTNULL)
    return Status::InvalidArgument(msg, "数据不满足数据库约束");
  if ((ext & 0xff) == SQLITE_BUSY || (ext & 0xff) == SQLITE_LOCKED)
    return Status::Unavailable(msg, "数据库繁忙，请稍后重试");
  if ((ext & 0xff) == SQLITE_CANTOPEN || (ext & 0xff) == SQLITE_NOTADB)
    return Status::Unavailable(msg, "无法打开数据库文件");
  return Status::Internal(msg);
}

// A prepared statement bound to its connection.
class Stmt {
 public:
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt() { sqlite3_finalize(stmt_); }

  Status Prepare(sqlite3* db, const std::string& sql) {
    db_ = db;
    if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
      return Engine(db, "prepare");
    return Status::Ok();
  }
  Status Bind(int index, const Value& v) {
    int rc = std::visit(
        [&](const auto& x) -> int {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, std::monostate>) return sqlite3_bind_null(stmt_, index);
          if constexpr (std::is_same_v<T, int64_t>) return sqlite3_bind_int64(stmt_, index, x);
          if constexpr (std::is_same_v<T, double>) return sqlite3_bind_double(stmt_, index, x);
          if constexpr (std::is_same_v<T, bool>) return sqlite3_bind_int(stmt_, index, x ? 1 : 0);
          if constexpr (std::is_same_v<T, std::string>)
            return sqlite3_bind_text(stmt_, index, x.data(), static_cast<int>(x.size()), SQLITE_TRANSIENT);
        },
        v);
    return rc == SQLITE_OK ? Status::Ok() : Engine(db_, "bind");
  }
  Status BindAll(const std::vector<Value>& params) {
    for (size_t i = 0; i < params.size(); ++i) SHANHAI_RETURN_IF_ERROR(Bind(static_cast<int>(i + 1), params[i]));
    return Status::Ok();
  }
  // True with a row, false when done.
  Result<bool> Step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return Engine(db_, "step");
  }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  Value Column(int col, FieldKind kind) const {
    if (sqlite3_column_type(stmt_, col) == SQLITE_NULL) return Value{};
    switch (kind) {
      case FieldKind::kId:
      case FieldKind::kInt:
      case FieldKind::kMoney:
      case FieldKind::kRef:
        return Value{static_cast<int64_t>(sqlite3_column_int64(stmt_, col))};
      case FieldKind::kReal:
        return Value{sqlite3_column_double(stmt_, col)};
      case FieldKind::kBool:
        return Value{sqlite3_column_int(stmt_, col) != 0};
      default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
        return Value{std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))};
      }
    }
  }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

Status Exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    Status s = Engine(db, "exec");
    return s.code() == StatusCode::kInternal ? Status::Internal("exec: " + msg) : s;
  }
  return Status::Ok();
}

Result<Db> Connect(const std::string& path, bool read_only) {
  sqlite3* raw = nullptr;
  int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
              SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Db db(raw);
  if (rc != SQLITE_OK) {
    std::string msg = raw ? sqlite3_errmsg(raw) : "out of memory";
    return Status::Unavailable("cannot open database '" + path + "': " + msg, "无法打开数据库 '" + path + "'：" + msg);
  }
  sqlite3_busy_timeout(db.get(), 10000);
  SHANHAI_RETURN_IF_ERROR(Exec(db.get(), "PRAGMA foreign_keys = OFF"));
  if (!read_only) {
    // WAL lets readers run beside the one writer; NORMAL sync is durable across crashes
    // of the process (the WAL is fsynced at checkpoints).
    SHANHAI_RETURN_IF_ERROR(Exec(db.get(), "PRAGMA journal_mode = WAL"));
    SHANHAI_RETURN_IF_ERROR(Exec(db.get(), "PRAGMA synchronous = NORMAL"));
  }
  return db;
}

class SqliteTxn final : public Txn {
 public:
  SqliteTxn(sqlite3* db, bool writable) : db_(db), writable_(writable) {}

  Result<std::optional<Record>> Get(const RecordType& type, int64_t id) override {
    Stmt s;
    SHANHAI_RETURN_IF_ERROR(
        s.Prepare(db_, "SELECT " + ColumnList(type) + " FROM " + std::string(type.name) + " WHERE id = ?1"));
    SHANHAI_RETURN_IF_ERROR(s.Bind(1, Value{id}));
    SHANHAI_ASSIGN_OR_RETURN(bool row, s.Step());
    if (!row) return std::optional<Record>();
    return std::optional<Record>(ReadRow(s, type));
  }

  Result<std::optional<Record>> GetUnitByCode(std::string_view code) override {
    const RecordType& type = *model::FindType("admin_units");
    Stmt s;
    SHANHAI_RETURN_IF_ERROR(s.Prepare(db_, "SELECT " + ColumnList(type) + " FROM admin_units WHERE code = ?1"));
    SHANHAI_RETURN_IF_ERROR(s.Bind(1, Value{std::string(code)}));
    SHANHAI_ASSIGN_OR_RETURN(bool row, s.Step());
    if (!row) return std::optional<Record>();
    return std::optional<Record>(ReadRow(s, type));
  }

  Result<Page> List(const ListQuery& q) override {
    Page page;
    SHANHAI_ASSIGN_OR_RETURN(Sql count, BuildList(q, Dialect::kSqlite, true));
    Stmt c;
    SHANHAI_RETURN_IF_ERROR(c.Prepare(db_, count.text));
    SHANHAI_RETURN_IF_ERROR(c.BindAll(count.params));
    SHANHAI_ASSIGN_OR_RETURN(bool has, c.Step());
    page.total = has ? c.Int(0) : 0;
    if (q.limit == 0) return page;
    SHANHAI_ASSIGN_OR_RETURN(Sql select, BuildList(q, Dialect::kSqlite, false));
    Stmt s;
    SHANHAI_RETURN_IF_ERROR(s.Prepare(db_, select.text));
    SHANHAI_RETURN_IF_ERROR(s.BindAll(select.params));
    while (true) {
      SHANHAI_ASSIGN_OR_RETURN(bool row, s.Step());
      if (!row) break;
      page.rows.push_back(ReadRow(s, *q.type));
    }
    return page;
  }

  Status Insert(Record& record) override {
    std::vector<Record> one;
    one.push_back(record);
    SHANHAI_RETURN_IF_ERROR(InsertMany(one));
    record = std::move(one.front());
    return Status::Ok();
  }

  Status InsertMany(std::vector<Record>& records) override {
    SHANHAI_RETURN_IF_ERROR(RequireWritable());
    if (records.empty()) return Status::Ok();
    // All or nothing, and the caller's rows change only on success: a failed batch
    // leaves no rows behind even when the callback goes on and commits (as COPY does in
    // the PostgreSQL engine), and no ids assigned to rows that were never written.
    std::vector<Record> batch = records;
    SHANHAI_RETURN_IF_ERROR(Exec(db_, "SAVEPOINT shanhai_batch"));
    Status s = InsertBatch(batch);
    if (!s.ok()) {
      (void)Exec(db_, "ROLLBACK TO shanhai_batch; RELEASE shanhai_batch");
      return s;
    }
    SHANHAI_RETURN_IF_ERROR(Exec(db_, "RELEASE shanhai_batch"));
    records = std::move(batch);
    return Status::Ok();
  }

  Status Update(const Record& record) override {
    SHANHAI_RETURN_IF_ERROR(RequireWritable());
    const RecordType& type = record.type();
    Stmt s;
    SHANHAI_RETURN_IF_ERROR(s.Prepare(db_, UpdateSql(type, Dialect::kSqlite)));
    int n = 0;
    for (size_t i = 0; i < type.fields.size(); ++i) {
      if (type.fields[i].name == "id") continue;
      SHANHAI_RETURN_IF_ERROR(s.Bind(++n, record.at(i)));
    }
    SHANHAI_RETURN_IF_ERROR(s.Bind(n + 1, Value{record.id()}));
    SHANHAI_ASSIGN_OR_RETURN(bool ignored, s.Step());
    (void)ignored;
    if (sqlite3_changes(db_) == 0) return NotFound(type, record.id());
    return Status::Ok();
  }

  Status Delete(const RecordType& type, int64_t id) override {
    SHANHAI_RETURN_IF_ERROR(RequireWritable());
    Stmt s;
    SHANHAI_RETURN_IF_ERROR(s.Prepare(db_, "DELETE FROM " + std::string(type.name) + " WHERE id = ?1"));
    SHANHAI_RETURN_IF_ERROR(s.Bind(1, Value{id}));
    SHANHAI_ASSIGN_OR_RETURN(bool ignored, s.Step());
    (void)ignored;
    if (sqlite3_changes(db_) == 0) return NotFound(type, id);
    return Status::Ok();
  }

  Status ReplaceFacts(std::string_view record_type, int64_t record_id, const std::vector<Fact>& facts) override {
    SHANHAI_RETURN_IF_ERROR(RequireWritable());
    Stmt del;
    SHANHAI_RETURN_IF_ERROR(del.Prepare(db_, "DELETE FROM indicator_facts WHERE record_type = ?1 AND record_id = ?2"));
    SHANHAI_RETURN_IF_ERROR(del.Bind(1, Value{std::string(record_type)}));
    SHANHAI_RETURN_IF_ERROR(del.Bind(2, Value{record_id}));
    SHANHAI_ASSIGN_OR_RETURN(bool ignored, del.Step());
    (void)ignored;
    return InsertFacts(facts);
  }

  Status InsertFacts(const std::vector<Fact>& facts) override {
    SHANHAI_RETURN_IF_ERROR(RequireWritable());
    if (facts.empty()) return Status::Ok();
    Stmt ins;
    SHANHAI_RETURN_IF_ERROR(ins.Prepare(db_, FactInsertSql(Dialect::kSqlite, 1)));
    std::vector<Value> params;
    for (const Fact& f : facts) {
      params.clear();
      AppendFactParams(f, params);
      SHANHAI_RETURN_IF_ERROR(ins.BindAll(params));
      SHANHAI_ASSIGN_OR_RETURN(bool ignored, ins.Step());
      (void)ignored;
      ins.Reset();
    }
    return Status::Ok();
  }

  Result<std::vector<FactGroup>> AggregateFacts(const FactQuery& q) override {
    SHANHAI_ASSIGN_OR_RETURN(Sql sql, BuildFactAggregate(q, Dialect::kSqlite));
    Stmt s;
    SHANHAI_RETURN_IF_ERROR(s.Prepare(db_, sql.text));
    SHANHAI_RETURN_IF_ERROR(s.BindAll(sql.params));
    std::vector<FactGroup> groups;
    while (true) {
      SHANHAI_ASSIGN_OR_RETURN(bool row, s.Step());
      if (!row) break;
      FactGroup g;
      Value indicator = s.Column(0, FieldKind::kText);
      if (auto* code = std::get_if<std::string>(&indicator)) g.indicator = *code;
      Value pairing = s.Column(1, FieldKind::kInt);
      if (auto* id = std::get_if<int64_t>(&pairing)) g.pairing_id = *id;
      g.value = std::get<double>(s.Column(2, FieldKind::kReal));
      groups.push_back(g);
    }
    return groups;
  }

  Result<std::vector<Fact>> ListFacts() override {
    Stmt s;
    SHANHAI_RETURN_IF_ERROR(s.Prepare(db_, std::string("SELECT ") + kFactColumns +
                                               " FROM indicator_facts ORDER BY record_type, record_id, indicator"));
    std::vector<Fact> facts;
    while (true) {
      SHANHAI_ASSIGN_OR_RETURN(bool row, s.Step());
      if (!row) break;
      Fact f;
      f.west_code = std::get<std::string>(s.Column(0, FieldKind::kText));
      f.indicator = std::get<std::string>(s.Column(1, FieldKind::kText));
      f.record_type = std::get<std::string>(s.Column(2, FieldKind::kText));
      f.record_id = s.Int(3);
      if (auto v = s.Column(4, FieldKind::kInt); !model::IsAbsent(v)) f.pairing_id = std::get<int64_t>(v);
      if (auto v = s.Column(5, FieldKind::kText); !model::IsAbsent(v)) f.east_code = std::get<std::string>(v);
      f.from_month = static_cast<int32_t>(s.Int(6));
      if (auto v = s.Column(7, FieldKind::kInt); !model::IsAbsent(v)) f.to_month = static_cast<int32_t>(std::get<int64_t>(v));
      f.value = std::get<double>(s.Column(8, FieldKind::kReal));
      if (auto v = s.Column(9, FieldKind::kText); !model::IsAbsent(v)) f.distinct_key = std::get<std::string>(v);
      facts.push_back(std::move(f));
    }
    return facts;
  }

  Result<std::optional<std::string>> GetSetting(std::string_view key) override {
    Stmt s;
    SHANHAI_RETURN_IF_ERROR(s.Prepare(db_, "SELECT value FROM settings WHERE key = ?1"));
    SHANHAI_RETURN_IF_ERROR(s.Bind(1, Value{std::string(key)}));
    SHANHAI_ASSIGN_OR_RETURN(bool row, s.Step());
    if (!row) return std::optional<std::string>();
    return std::optional<std::string>(std::get<std::string>(s.Column(0, FieldKind::kText)));
  }

  Status PutSetting(std::string_view key, std::string_view value) override {
    SHANHAI_RETURN_IF_ERROR(RequireWritable());
    Stmt s;
    SHANHAI_RETURN_IF_ERROR(s.Prepare(
        db_, "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    SHANHAI_RETURN_IF_ERROR(s.Bind(1, Value{std::string(key)}));
    SHANHAI_RETURN_IF_ERROR(s.Bind(2, Value{std::string(value)}));
    SHANHAI_ASSIGN_OR_RETURN(bool ignored, s.Step());
    (void)ignored;
    return Status::Ok();
  }

 private:
  // InsertMany without the savepoint: ids assigned in row order, then one INSERT a row.
  Status InsertBatch(std::vector<Record>& records) {
    const RecordType& type = records.front().type();
    SHANHAI_ASSIGN_OR_RETURN(int64_t next_id, MaxId(type));
    ++next_id;
    Stmt exists, insert;
    SHANHAI_RETURN_IF_ERROR(exists.Prepare(db_, "SELECT 1 FROM " + std::string(type.name) + " WHERE id = ?1"));
    SHANHAI_RETURN_IF_ERROR(insert.Prepare(db_, InsertSql(type, Dialect::kSqlite)));
    const size_t id_index = static_cast<size_t>(type.FieldIndex("id"));
    for (Record& r : records) {
      Value& id = r.at(id_index);
      if (model::IsAbsent(id)) {
        id = next_id++;
      } else {
        // Record tables are keyed by (west_code, id), so the key alone would not stop
        // the same id under two counties.
        SHANHAI_RETURN_IF_ERROR(exists.Bind(1, id));
        SHANHAI_ASSIGN_OR_RETURN(bool dup, exists.Step());
        exists.Reset();
        if (dup)
          return Status::AlreadyExists(std::string(type.en) + " id " + std::to_string(std::get<int64_t>(id)) +
                                           " already exists",
                                       "“" + std::string(type.zh) + "”编号 " +
                                           std::to_string(std::get<int64_t>(id)) + " 已存在");
        if (std::get<int64_t>(id) >= next_id) next_id = std::get<int64_t>(id) + 1;
      }
      SHANHAI_RETURN_IF_ERROR(insert.BindAll(r.values()));
      SHANHAI_ASSIGN_OR_RETURN(bool ignored, insert.Step());
      (void)ignored;
      insert.Reset();
    }
    return Status::Ok();
  }

  static Record ReadRow(const Stmt& s, const RecordType& type) {
    Record r(type);
    for (size_t i = 0; i < type.fields.size(); ++i) r.at(i) = s.Column(static_cast<int>(i), type.fields[i].kind);
    return r;
  }
  Result<int64_t> MaxId(const RecordType& type) {
    Stmt s;
    SHANHAI_RETURN_IF_ERROR(s.Prepare(db_, "SELECT COALESCE(MAX(id), 0) FROM " + std::string(type.name)));
    SHANHAI_ASSIGN_OR_RETURN(bool row, s.Step());
    return row ? s.Int(0) : 0;
  }
  Status RequireWritable() const {
    if (writable_) return Status::Ok();
    return Status::FailedPrecondition("write attempted in a read transaction", "只读事务中不能写入");
  }
  static Status NotFound(const RecordType& type, int64_t id) {
    return Status::NotFound(std::string(type.en) + " " + std::to_string(id) + " not found",
                            "“" + std::string(type.zh) + "”编号 " + std::to_string(id) + " 不存在");
  }

  sqlite3* db_;
  bool writable_;
};

class SqliteStore final : public Store {
 public:
  SqliteStore(std::string path, Db writer, int version)
      : path_(std::move(path)), writer_(std::move(writer)), version_(version) {}

  Status Write(const std::function<Status(Txn&)>& fn) override {
    std::lock_guard<std::mutex> lock(write_mu_);
    SHANHAI_RETURN_IF_ERROR(Exec(writer_.get(), "BEGIN IMMEDIATE"));
    SqliteTxn txn(writer_.get(), true);
    Status s = fn(txn);
    if (s.ok()) s = Exec(writer_.get(), "COMMIT");
    if (!s.ok() && !sqlite3_get_autocommit(writer_.get())) (void)Exec(writer_.get(), "ROLLBACK");
    return s;
  }

  Status Read(const std::function<Status(Txn&)>& fn) override {
    SHANHAI_ASSIGN_OR_RETURN(Db db, Borrow());
    Status s = Exec(db.get(), "BEGIN");
    if (s.ok()) {
      SqliteTxn txn(db.get(), false);
      s = fn(txn);
      (void)Exec(db.get(), s.ok() ? "COMMIT" : "ROLLBACK");
    }
    Return(std::move(db));
    return s;
  }

  std::string_view engine() const override { return "sqlite"; }
  int schema_version() const override { return version_; }

 private:
  Result<Db> Borrow() {
    {
      std::lock_guard<std::mutex> lock(pool_mu_);
      if (!pool_.empty()) {
        Db db = std::move(pool_.back());
        pool_.pop_back();
        return db;
      }
    }
    SHANHAI_ASSIGN_OR_RETURN(Db db, Connect(path_, true));
    return db;
  }
  void Return(Db db) {
    std::lock_guard<std::mutex> lock(pool_mu_);
    // Idle readers beyond a handful only hold file descriptors.
    if (pool_.size() < 16) pool_.push_back(std::move(db));
  }

  const std::string path_;
  std::mutex write_mu_;
  Db writer_;  // guarded by write_mu_
  const int version_;
  std::mutex pool_mu_;
  std::vector<Db> pool_;  // guarded by pool_mu_
};

// Applies the migrations the database lacks; returns the resulting version.
Result<int> Migrate(sqlite3* db) {
  SHANHAI_RETURN_IF_ERROR(Exec(db, "BEGIN IMMEDIATE"));
  auto fail = [&](Status s) {
    (void)Exec(db, "ROLLBACK");
    return s;
  };
  int current = 0;
  {
    Stmt t;
    SHANHAI_RETURN_IF_ERROR(t.Prepare(db, "SELECT name FROM sqlite_master WHERE type = 'table'"));
    bool has_tables = false, has_migrations = false;
    while (true) {
      auto row = t.Step();
      if (!row.ok()) return fail(row.status());
      if (!*row) break;
      has_tables = true;
      has_migrations = has_migrations || std::get<std::string>(t.Column(0, FieldKind::kText)) == "schema_migrations";
    }
    if (has_tables && !has_migrations)
      return fail(Status::FailedPrecondition("the file is a SQLite database but not a shanhai one",
                                             "该文件是 SQLite 数据库，但不是山海数据库"));
    if (!has_migrations) {
      Status s = Exec(db, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                          "applied_at TEXT NOT NULL)");
      if (!s.ok()) return fail(s);
    }
  }
  {
    Stmt v;
    SHANHAI_RETURN_IF_ERROR(v.Prepare(db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    auto row = v.Step();
    if (!row.ok()) return fail(row.status());
    current = static_cast<int>(v.Int(0));
  }
  const auto& migrations = Migrations("sqlite");
  int latest = migrations.empty() ? 0 : migrations.back().version;
  if (current > latest)
    return fail(Status::FailedPrecondition(
        "the database has schema version " + std::to_string(current) + ", newer than this program's " +
            std::to_string(latest),
        "数据库结构版本（" + std::to_string(current) + "）高于本程序支持的版本（" + std::to_string(latest) + "），请升级程序"));
  for (const Migration& m : migrations) {
    if (m.version <= current) continue;
    Status s = Exec(db, std::string(m.sql));
    if (!s.ok()) return fail(s.WithPrefix("migration " + std::string(m.name) + ": ", "迁移 " + std::string(m.name) + "："));
    Stmt ins;
    SHANHAI_RETURN_IF_ERROR(ins.Prepare(db, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)"));
    SHANHAI_RETURN_IF_ERROR(ins.Bind(1, Value{static_cast<int64_t>(m.version)}));
    SHANHAI_RETURN_IF_ERROR(ins.Bind(2, Value{std::string(m.name)}));
    SHANHAI_RETURN_IF_ERROR(ins.Bind(3, Value{NowUtcIso()}));
    auto done = ins.Step();
    if (!done.ok()) return fail(done.status());
    current = m.version;
  }
  SHANHAI_RETURN_IF_ERROR(Exec(db, "COMMIT"));
  return current;
}

}  // namespace

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  SHANHAI_ASSIGN_OR_RETURN(Db writer, Connect(path, false));
  SHANHAI_ASSIGN_OR_RETURN(int version, Migrate(writer.get()));
  return std::unique_ptr<Store>(new SqliteStore(path, std::move(writer), version));
}

}  // namespace shanhai::store::internal
